import { describe, expect, it } from 'vitest';
import {
  FRAMES_TO_JUDGE,
  SLOW_FLIGHTS_TO_CUT,
  SLOW_FRAME_MS,
  cameraMotion,
  countSlowFlights,
  framesTooSlow,
} from './motion';

/** Frame times starting at 1000 ms, one per interval given. */
function frames(...intervals: number[]): number[] {
  const times = [1000];
  for (const dt of intervals) times.push(times.at(-1)! + dt);
  return times;
}

describe('framesTooSlow', () => {
  it('judges nothing before enough frames are drawn', () => {
    expect(framesTooSlow([])).toBe(false);
    expect(framesTooSlow([1000])).toBe(false);
    expect(framesTooSlow(frames(...Array(FRAMES_TO_JUDGE - 1).fill(200)))).toBe(false);
    expect(framesTooSlow(frames(...Array(FRAMES_TO_JUDGE).fill(200)))).toBe(true);
  });

  it('lets a smooth flight fly, at 60 and at 30 frames per second', () => {
    expect(framesTooSlow(frames(16.7, 16.7, 16.6, 16.7, 16.7))).toBe(false);
    expect(framesTooSlow(frames(33, 34, 33, 33))).toBe(false);
  });

  it('cuts a flight drawn below 20 frames per second', () => {
    // What CPU-emulated WebGL draws at 1280x800: 60 to 150 ms a frame.
    expect(framesTooSlow(frames(85, 92))).toBe(true);
    expect(framesTooSlow(frames(85, 92, 80))).toBe(true);
    expect(framesTooSlow(frames(SLOW_FRAME_MS + 1, SLOW_FRAME_MS + 1))).toBe(true);
    expect(framesTooSlow(frames(SLOW_FRAME_MS, SLOW_FRAME_MS, SLOW_FRAME_MS))).toBe(false);
  });

  it('goes by the lower median, so one held-up frame is not enough', () => {
    expect(framesTooSlow(frames(16, 400))).toBe(false);
    expect(framesTooSlow(frames(400, 16))).toBe(false);
    expect(framesTooSlow(frames(16, 400, 17))).toBe(false);
    expect(framesTooSlow(frames(16, 17, 400, 17))).toBe(false);
    // Half the intervals slow is not yet a slow flight; more than half is.
    expect(framesTooSlow(frames(16, 90, 17, 95))).toBe(false);
    expect(framesTooSlow(frames(16, 90, 95))).toBe(true);
    // …but a flight that is mostly slow is slow, whatever its fastest frame.
    expect(framesTooSlow(frames(5, 90, 95, 100))).toBe(true);
  });

  it('does not depend on the order the intervals come in', () => {
    expect(framesTooSlow(frames(90, 10, 90, 10))).toBe(framesTooSlow(frames(10, 10, 90, 90)));
  });
});

describe('cameraMotion', () => {
  it('flies only when the reader allows motion and the browser draws it smoothly', () => {
    expect(cameraMotion(false, 0)).toBe('fly');
    expect(cameraMotion(true, 0)).toBe('jump');
    expect(cameraMotion(false, SLOW_FLIGHTS_TO_CUT)).toBe('jump');
    expect(cameraMotion(true, SLOW_FLIGHTS_TO_CUT)).toBe('jump');
  });

  it('gives one slow flight a second chance, and cuts for good after two in a row', () => {
    let slow = 0;
    slow = countSlowFlights(slow, true);
    expect(cameraMotion(false, slow)).toBe('fly');
    slow = countSlowFlights(slow, true);
    expect(cameraMotion(false, slow)).toBe('jump');
  });

  it('starts the count over after a smooth flight', () => {
    let slow = countSlowFlights(0, true);
    slow = countSlowFlights(slow, false);
    expect(slow).toBe(0);
    slow = countSlowFlights(slow, true);
    expect(cameraMotion(false, slow)).toBe('fly');
  });
});
