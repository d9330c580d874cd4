/**
 * Scrollytelling, derived from the scroll position alone: which paragraph is active, what the
 * map shows for it, and how far the reader has got. Nothing depends on the order of past
 * scroll events, so a fast flick, a reload or an anchor link all end in the same state.
 */

/** Share of the visible story area above the reading line. */
export const READING_LINE = 0.3;

/**
 * The reading line, in viewport pixels: 30% of the way down the part of the viewport where
 * the story shows (below the map on a phone, the whole height on a desktop).
 */
export function readingLine(viewportHeight: number, storyTop = 0): number {
  return Math.round(storyTop + READING_LINE * (viewportHeight - storyTop));
}

/**
 * The active paragraph: the last one whose top has reached the reading line (1-based), or 0
 * while the headline is still above it. `tops` are the paragraphs' tops in viewport pixels.
 */
export function activeParagraph(tops: number[], line: number): number {
  let active = 0;
  // One pixel of slack: an anchor scrolled to the line lands on it give or take rounding.
  for (let i = 0; i < tops.length && tops[i] <= line + 1; i++) active = i + 1;
  return active;
}

/**
 * The places the map shows for a paragraph: its own, or, when it names none, those of the
 * nearest paragraph before it that does. None (every place, at rest) for the headline.
 */
export function paragraphFocus(paragraphs: { places: string[] }[], active: number): string[] {
  for (let n = active; n >= 1; n--) {
    const places = paragraphs[n - 1]?.places ?? [];
    if (places.length) return places;
  }
  return [];
}

/** Reading progress from 0 to 1: how much of the story has passed the reading line. */
export function readingProgress(storyTop: number, storyBottom: number, line: number): number {
  const height = storyBottom - storyTop;
  if (height <= 0) return 0;
  return Math.min(1, Math.max(0, (line - storyTop) / height));
}
