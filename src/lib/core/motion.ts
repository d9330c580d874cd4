/**
 * Camera motion: fly between framings when the browser draws the map smoothly, cut when it
 * cannot. A flight drawn at a handful of frames per second is worse than a cut: it stutters,
 * and where WebGL runs on the CPU every one of its frames also blocks the page (scrolling,
 * clicks) while it is drawn. The browser's speed is measured on a real flight, not guessed.
 */

/**
 * Frames slower than this make a flight stutter: 50 ms is 20 frames per second, below which
 * motion reads as a series of jumps (film runs at 24).
 */
export const SLOW_FRAME_MS = 50;

/**
 * Frame intervals a flight must have drawn before it is judged. Two: where frames are slow,
 * each one more blocks the page for as long again, and the lower median below keeps one
 * held-up frame from deciding alone.
 */
export const FRAMES_TO_JUDGE = 2;

/**
 * Whether a flight's frames came too slowly for motion to read as motion. `times` are the
 * moments (ms) the flight's frames were drawn, in order. The lower median interval decides
 * (of two, the shorter), so one frame held up by something else (a layout, a tile arriving)
 * does not: at least half the intervals must be slow.
 */
export function framesTooSlow(times: number[]): boolean {
  if (times.length < FRAMES_TO_JUDGE + 1) return false;
  const intervals = times.slice(1).map((t, i) => t - times[i]);
  const sorted = intervals.sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1] > SLOW_FRAME_MS;
}

/**
 * Slow flights in a row after which the camera cuts for good. A slow flight is always cut
 * short; one alone may be the page still starting up or the machine briefly busy, so the next
 * move flies again, and a smooth flight starts the count over.
 */
export const SLOW_FLIGHTS_TO_CUT = 2;

/** The count of slow flights in a row, after a flight judged slow or smooth. */
export function countSlowFlights(before: number, slow: boolean): number {
  return slow ? before + 1 : 0;
}

/** How the camera moves: the reader's wish for less motion first, then what the browser can do. */
export function cameraMotion(reducedMotion: boolean, slowFlights: number): 'fly' | 'jump' {
  return reducedMotion || slowFlights >= SLOW_FLIGHTS_TO_CUT ? 'jump' : 'fly';
}
