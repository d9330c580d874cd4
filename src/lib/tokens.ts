/**
 * The design tokens: every colour, line width and opacity that the page (app.css, checked by
 * tokens.test.ts), the map style, the legend, the poster and the preview images share. Stroke
 * colours are at least 3:1 against the land and the water (WCAG 1.4.11 non-text contrast) and
 * text colours 4.5:1 against what they sit on (tests/unit/contrast.test.ts).
 */
import type { Kind } from './core/kinds';

export const colours = {
  /** Text and the city markers. */
  ink: '#1d2b36',
  /** Secondary text: captions, counts, the preview's headline. */
  muted: '#56636d',
  /** The page's and the preview images' background. */
  paper: '#fbfaf7',
  /** Hairlines between parts of the page and of the preview images. */
  rule: '#e2ddd3',
  /** The highlight: the selected place on the map, marks in the text, the previews' place. */
  accent: '#b5321f',
  /** A tint of the accent behind highlighted text. */
  accentSoft: '#fbe9e4',
  /** The accent darkened to read as 17 px text over its own tinted fill (the previews). */
  accentDark: '#8e2a1f',
  /** Keyboard focus rings. */
  focus: '#1a64d6',
  water: '#d4e0e7',
  land: '#f3efe7',
  border: '#b7aea1',
  coast: '#9fb3c0',
  /** Place labels on the map. */
  label: '#1d2b36',
  /**
   * Seas and lakes at rest, at `rest.waterFillOpacity`: a light blue that reads as water over
   * the land (a lake) and as a deeper blue over the map's water (a named sea).
   */
  waterFill: '#5b9bd0',
  /** Names of seas, lakes and rivers, in italic: 5:1 on the map's water, 6:1 on land. */
  waterLabel: '#1b5e94',
  /** Place labels of dimmed places. */
  labelDim: '#5f6b74',
  /** City markers of dimmed places. */
  cityDim: '#7d868c',
  /** The white ring round a city marker. */
  markerRing: '#ffffff',
  /** Behind labels on the map, and behind the legend. */
  halo: 'rgba(255,255,255,0.92)',
  /** Small print on the preview images (the source line). */
  faint: '#6b7580',
  /** Country names on the previews' basemap and the live map: quiet, but 4:1 against the land. */
  countryLabel: '#7a7166',
  /** The locator map's context rivers: a muted water blue, under the story's own rivers. */
  contextRiver: '#8db3cf',
  /** Reference cities' names on the map: grey, below the story's ink, 5:1 on the land. */
  contextCity: '#5f6b74',
} as const;

/** One colour per kind; shape or dash pattern tells kinds apart too, never colour alone. */
export const kindColour: Record<Kind, string> = {
  city: '#1d2b36',
  /** A dark teal: a point like a city, told apart by its diamond too. */
  landmark: '#0f6b73',
  country: '#8a4b2a',
  region: '#2f6690',
  /** A deeper, brighter blue than the regions': 3.9:1 on the map's water, 4.6:1 on land. */
  water: '#1f6fb2',
  /** A dark orange, the one warm line colour besides the accent: 3.4:1 on water, 4:1 on land. */
  route: '#c25400',
  historical: '#6d4c7d',
  concept: '#2b7a5f',
};

/** Line dash pattern per kind of area, in line widths (MapLibre `line-dasharray`). */
export const kindDash: Partial<Record<Kind, number[]>> = {
  region: [4, 2],
  historical: [6, 2, 1, 2],
  concept: [1, 2],
  /** Long dashes: a road, a pipeline or a front line, never mistaken for a river. */
  route: [3, 1.5],
};

/**
 * The map at rest (no place selected, highlighted, hovered or dimmed), in screen pixels: what
 * map/style.ts draws and the poster copies. The large areas (regions, the historical state,
 * the concept) stay quiet so that a world view is not a tangle of overlapping outlines.
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
