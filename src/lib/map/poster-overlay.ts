/**
 * The poster's names over the live map. The poster (server/poster/poster) names the overview as
 * planned at build time for a desktop's and a phone's map; MapLibre places its own names in
 * its own order, and at a phone's width a few differ (a group named below its dots instead of
 * beside them, a city or a sea more or less). So that nothing appears or vanishes when the live
 * map takes over, the poster's names stay over it, drawn from the same image (its `#names`
 * view: names only, on nothing), and the map opens with its own names hidden until the reader
 * or the story first moves the camera.
 */
import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { CONTEXT_LABEL_LAYERS } from './context-layers';
import { STORY_LABEL_LAYERS } from './label-layers';

/** The poster's fragment that shows its names alone (server/poster/poster's `:target` rules). */
export const NAMES_ONLY = 'names';

// The poster's two sets of names (core/framing), re-exported for the map's modules.
export { posterLayout, type PosterLayout } from '../core/framing';

/** What the poster names in one layout, for the map's description (components/map/Named). */
export interface PosterNames {
  /** The story places named, a group's name counting for each place it holds. */
  story: string[];
  /** The names drawn, the story's first, then the context's, in the map's order. */
  names: string[];
  /** The story's names where the poster draws them, for choosing a place by its name. */
  labels: PosterLabel[];
  /**
   * At a regional overview, the room above and below it for the map's controls, in pixels:
   * the poster frames it so, and so does the camera (server/poster/controls).
   */
  room?: { top: number; bottom: number };
}

/** A story name on the poster: the places it names, its point, its box around the point in pixels. */
export interface PosterLabel {
  ids: string[];
  at: [number, number];
  /** [left, top, right, bottom], in pixels from the point. */
  box: [number, number, number, number];
}

/**
 * The places whose poster names are under `p` (map pixels), the topmost name first: the
 * poster's names stand for the map's, whose own, hidden, cannot be hit. `project` is the map's.
 */
export function labelsAt(
  labels: readonly PosterLabel[],
  project: (at: [number, number]) => { x: number; y: number },
  p: { x: number; y: number },
): string[] {
  for (const l of labels) {
    const { x, y } = project(l.at);
    const [left, top, right, bottom] = l.box;
    if (p.x >= x + left && p.x <= x + right && p.y >= y + top && p.y <= y + bottom) return l.ids;
  }
  return [];
}

/**
 * The layers that draw the map's names, and its reference cities' dots (the poster draws only
 * those it names, the map every one shown at that zoom).
 */
export const NAME_LAYERS = [...STORY_LABEL_LAYERS, ...CONTEXT_LABEL_LAYERS, 'context-city'];

/**
 * The style with the map's names and reference cities hidden, for a map that opens under the
 * poster. Hidden, not faded: MapLibre lays out no hidden layer, so the map is drawn sooner; and
 * an opacity set over the labels' own (driven by feature state) breaks MapLibre's drawing.
 */
export function withNamesHidden(style: StyleSpecification): StyleSpecification {
  const hidden = new Set(NAME_LAYERS);
  return {
    ...style,
    layers: style.layers.map((l) =>
      hidden.has(l.id) && l.type !== 'background'
        ? ({ ...l, layout: { ...l.layout, visibility: 'none' } } as LayerSpecification)
        : l,
    ),
  };
}

/**
 * Shows the map's names and reference cities, placed for the view then in sight; nothing to do
 * where they show already (MapLibre ignores a layout property set to its value).
 */
export function showNames(map: Pick<MapLibreMap, 'getLayer' | 'setLayoutProperty'>): void {
  for (const id of NAME_LAYERS)
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'visible');
}
