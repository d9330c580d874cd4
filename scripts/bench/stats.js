/**
 * The statistics the bench reports. Samples can contain null (a step that timed out); it is
 * left out rather than counted as zero, and each measure reports how many timed out.
 */

/**
 * @param {readonly (number | null | undefined)[]} xs
 * @returns {number[]} the numbers among `xs`, ascending
 */
export const sorted = (xs) =>
  /** @type {number[]} */ (xs.filter((x) => typeof x === 'number' && !Number.isNaN(x))).sort(
    (a, b) => a - b,
  );

/** @param {readonly (number | null | undefined)[]} xs */
export const min = (xs) => sorted(xs)[0] ?? null;

/** @param {readonly (number | null | undefined)[]} xs */
export const max = (xs) => sorted(xs).at(-1) ?? null;

/**
 * The middle value, or the mean of the two middle values of an even count.
 * @param {readonly (number | null | undefined)[]} xs
 * @returns {number | null}
 */
export function median(xs) {
  const s = sorted(xs);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Nearest-rank percentile: the smallest sample with at least p % of the samples at or below
 * it, so always an observed value (with 30 samples, p95 is the 29th smallest).
 * @param {readonly (number | null | undefined)[]} xs
 * @param {number} p between 0 (exclusive) and 100
 * @returns {number | null}
 */
export function percentile(xs, p) {
  const s = sorted(xs);
  if (!s.length) return null;
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

/**
 * @param {readonly (number | null | undefined)[]} xs
 * @returns {{ median: number | null, min: number | null, max: number | null }}
 */
export const summary = (xs) => ({ median: median(xs), min: min(xs), max: max(xs) });
