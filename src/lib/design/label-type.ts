/**
 * The type scale of the map's names, in map pixels (MapLibre `text-size`): the live map's
 * label layers (map/label-layers, map/context-layers) set them, and the still images' plans
 * (labels/story-labels, labels/context-plan) measure and draw them, so that no
 * name changes size when the live map takes over from the poster. label-type.test.ts holds
 * all four to these numbers.
 */

/** The story's own places. */
export const storyType = {
  /** A city's, a landmark's or an approximate place's name, beside its marker. */
  point: 13,
  /** Close points named together ("Mosul, Dabiq and Aleppo"). */
  group: 13,
  /** A river's or a route's name, beside the middle of its course. */
  line: 12.5,
  /** A sea's or a lake's name, in italic. */
  water: 12,
  /** Countries' names, larger than the other areas'. */
  country: 12.5,
  /** Every other area: regions, the historical state, the concept. */
  area: 11.5,
} as const;

/**
 * The context around the story, quieter: sizes by Natural Earth's rank (0 the largest or most
 * important), the last for every rank after the listed ones.
 */
export const contextType = {
  country: [12, 11.5, 11, 10],
  water: [12, 11, 10.5],
  /** Reference cities: capitals, then the others. */
  city: { capital: 11, other: 10.5 },
  /** Names along a river. */
  river: 10.5,
} as const;

/**
 * How the context's names are set, in ems of their size: the letter spacing
 * (text-letter-spacing) and, for names that wrap, the width they wrap at (text-max-width).
 * Countries' names are set in capitals.
 */
export const contextSetting = {
  country: { spacing: 0.12, maxEm: 7 },
  water: { spacing: 0.1, maxEm: 7 },
  river: { spacing: 0.05 },
  /**
   * A reference city's name, 0.5 em beside its dot (text-radial-offset); the dot's radius in
   * px, a capital's larger; capitals placed first, then by Natural Earth's rank: a city's
   * sort key is its rank, plus `rankAfterCapitals` unless it is a capital.
   */
  city: { spacing: 0, beside: 0.5, radius: { cap: 3, other: 2.3 }, rankAfterCapitals: 10 },
} as const;

/** A reference city's place in the order names are placed: capitals first, then by rank. */
export const cityOrder = (p: { r: number; cap?: unknown }) =>
  p.r + (p.cap ? 0 : contextSetting.city.rankAfterCapitals);

/**
 * How the story's own names are set, in ems of their size (the sizes are `storyType`'s): a
 * river's or a route's name sits `beside` its course; close points' names wrap at `maxEm` and
 * sit `beside` their members' markers; a sea's is spaced and wraps; an area's wraps at 8 em,
 * spaced a little, and a region's or a concept's (`spacedKinds`) is set in spaced capitals.
 * The areas' order: countries first, the historical state last.
 */
export const storySetting = {
  line: { beside: 0.7 },
  group: { beside: 0.9, maxEm: 7 },
  water: { spacing: 0.1, maxEm: 7 },
  area: {
    spacing: 0.02,
    spacedKinds: ['region', 'concept'],
    spaced: 0.08,
    maxEm: 8,
    order: { country: 0, historical: 2, other: 1 },
  },
} as const;

/** The size of a context name of rank `r` from its scale (`contextType.country` or `.water`). */
export function byRank(scale: readonly number[], r: number): number {
  return scale[Math.min(r, scale.length - 1)];
}
