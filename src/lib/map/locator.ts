/**
 * When the map shows its locator aids (docs/cartography.md: zoomed in past continent scale, an
 * inset that shows where on the globe the view is, and a scale bar), and where the view sits
 * on the inset's equirectangular world (server/map-data/inset-world). Pure functions, for Inset and MapView.
 */
import { mapControls } from '../design/map-controls';

/** Continent scale: from this zoom on, the map shows its scale bar and inset. */
export const LOCATOR_ZOOM = 3;
/** The inset would cover places on a map narrower than this (a phone): hidden there. */
export const INSET_MIN_WIDTH = mapControls.inset.minMapWidth;
/** The inset's world in SVG units (x = longitude, y = -latitude): 84°N to 60°S. */
export const INSET_VIEW = [-180, -84, 360, 144] as const;

export function zoomedIn(zoom: number): boolean {
  return Number.isFinite(zoom) && zoom >= LOCATOR_ZOOM;
}

export function insetShown(zoom: number, mapWidth: number): boolean {
  return zoomedIn(zoom) && mapWidth >= INSET_MIN_WIDTH;
}

/** The rectangle that marks the map's view on the inset's world, in the inset's units. */
export interface InsetMark {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The map's view marked on the inset, from its bounds [west, south, east, north]: longitudes
 * brought into -180..180 and the mark kept inside the inset's world (one across the
 * antimeridian is moved inside it: the inset is a rough guide, not a second map).
 */
export function insetMark([w, s, e, n]: readonly number[]): InsetMark {
  const [x0, y0, vw, vh] = INSET_VIEW;
  const west = ((((w + 180) % 360) + 360) % 360) - 180;
  const width = Math.min(e - w, vw);
  const top = Math.max(-n, y0);
  const bottom = Math.min(-s, y0 + vh);
  const x = Math.max(x0, Math.min(west, x0 + vw - width));
  return { x, y: top, width, height: Math.max(0, bottom - top) };
}

/** Where the view is, for the inset's name: "36°N 43°E". */
export function latLng([lng, lat]: readonly number[]): string {
  const deg = (v: number, pos: string, neg: string) =>
    `${Math.round(Math.abs(v))}°${v < 0 ? neg : pos}`;
  return `${deg(lat, 'N', 'S')} ${deg(lng, 'E', 'W')}`;
}

/** Where the inset sits, px from the map's top left (design/map-controls). */
export const INSET_SLOT = {
  left: mapControls.inset.left,
  top: mapControls.inset.top,
  width: mapControls.inset.width,
  height: mapControls.inset.height,
} as const;
/** The scale bar under the zoom buttons (design/map-controls). */
export const SCALE_SLOT = mapControls.scaleBar;
