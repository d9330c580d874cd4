/** Progress lines, timed from the start of the run or of a step. */

export const started = Date.now();

/**
 * @param {string} message
 * @param {number} [since] a Date.now() to time from
 */
export function log(message, since = started) {
  console.log(`[bench] ${message} (${((Date.now() - since) / 1000).toFixed(1)} s)`);
}
