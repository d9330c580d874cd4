/**
 * The page's breakpoints, in CSS pixels. A stylesheet cannot read a variable in `@media`, so
 * app.css and the components write these numbers in their media queries, and
 * breakpoints.test.ts holds every media query in them to the values here.
 */

export const breakpoints = {
  /**
   * The small-screen layout, up to this width: the map on top and the story under it, the
   * place panel a bottom sheet, the key folded behind a toggle. The page's script follows it
   * too (core/startup, reading, Explainer).
   */
  small: 899,
  /** The place index's groups stack their kind over their places, up to this width. */
  narrowIndex: 520,
  /**
   * The review page of `npm run edit` (src/editor/review.css): up to this width its article,
   * places and selected place stack; wider, they stand side by side, each scrolling on its own.
   */
  reviewColumns: 1099,
} as const;

/** The media query of the small-screen layout, for `matchMedia`. */
export const SMALL_SCREEN = `(max-width: ${breakpoints.small}px)`;
