/**
 * Stepping through the story with Next and Previous (or `j` and `k`). A press steps on from
 * where the previous press is heading, not from where its smooth scroll has got to, so that
 * quick presses each move one paragraph.
 */

/** How long a step's scroll is given to land before the scroll position speaks again (ms). */
export function settleTime(reducedMotion: boolean): number {
  // Smooth scrolls take under a second; a jump lands at once.
  return reducedMotion ? 50 : 900;
}

/**
 * The paragraph a step lands on: one on from `target` (a step still under way) or else from
 * `active` (the paragraph on the reading line), kept within 1…count.
 */
export function stepTo(active: number, target: number, delta: 1 | -1, count: number): number {
  const from = target || active;
  return Math.min(count, Math.max(1, from + delta));
}
