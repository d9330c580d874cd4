/**
 * How the map draws its places, in screen pixels: dash patterns, line widths, opacities and
 * marker sizes, shared by the map style (map/style, map/place-layers), the key (KindSwatch),
 * the poster and the preview images.
 */
import type { Kind } from '../core/kinds';

/** Line dash pattern per kind of area, in line widths (MapLibre `line-dasharray`). */
export const kindDash: Partial<Record<Kind, number[]>> = {
  region: [4, 2],
  historical: [6, 2, 1, 2],
  concept: [1, 2],
  /** Long dashes: a road, a pipeline or a front line, never mistaken for a river. */
  route: [3, 1.5],
};

/**
 * The map at rest (no place selected, highlighted, hovered or dimmed): what map/style.ts
 * draws and the poster copies. The large areas (regions, the historical state, the concept)
 * stay quiet so that a world view is not a tangle of overlapping outlines.
 */
export const rest = {
  /** Place outlines: countries, then every other kind of area. */
  outlineWidth: { country: 1.2, other: 0.9 },
  outlineOpacity: { country: 0.85, other: 0.5 },
  /** Only countries are tinted at rest: overlapping regions would add up. */
  countryFillOpacity: 0.07,
  coastWidth: 0.7,
  /** Borders thicken with zoom: this wide at zoom 1, and at zoom 6. */
  borderWidth: { z1: 0.4, z6: 1 },
  /** Radius of a city's dot and of an approximate place's ring. */
  cityRadius: 5,
  approximateRadius: 9,
  /** The white ring round a city, and the ring of an approximate place. */
  markerStroke: 1.6,
  /** The white inside of an approximate place's ring. */
  approximateFillOpacity: 0.35,
  /** Rivers and routes: wider than any outline, so that they read over borders and coasts. */
  lineWidth: 2,
  /** The white casing each side of a river or route, over the borders it crosses. */
  lineCasing: 1.5,
  /** Seas and lakes are tinted at rest (a lake must show on land) in `colours.waterFill`. */
  waterFillOpacity: 0.35,
  /** Half the diagonal of a landmark's diamond: its area is close to a city's dot. */
  landmarkRadius: 6,
} as const;

/**
 * The markers at their largest, highlighted (map/place-layers): how far apart two story points
 * must be before each is named on its own (geo/groups).
 */
export const highlighted = {
  cityRadius: 7,
  approximateRadius: 11,
} as const;

/** Outline width and opacity at rest for a kind of area. */
export function restOutline(kind: Kind): { width: number; opacity: number } {
  const k = kind === 'country' ? 'country' : 'other';
  return { width: rest.outlineWidth[k], opacity: rest.outlineOpacity[k] };
}
