import { booleanClockwise } from '@turf/boolean-clockwise';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mercatorY } from './mercator';
import { isClockwise, isCounterclockwise, planarArea, rewind, signedArea } from './rings';

/** A closed 2x1 rectangle, counterclockwise. */
const ccw: Position[] = [
  [0, 0],
  [2, 0],
  [2, 1],
  [0, 1],
  [0, 0],
];
const cw = [...ccw].reverse();

describe('rings', () => {
  it('measures signed area: positive counterclockwise', () => {
    expect(signedArea(ccw)).toBe(2);
    expect(signedArea(cw)).toBe(-2);
    expect(planarArea(cw)).toBe(2);
    // An open ring (no repeated last position) measures the same.
    expect(signedArea(ccw.slice(0, -1))).toBe(2);
    expect(signedArea([[0, 0]])).toBe(0);
  });

  it('measures in Web Mercator when given its y', () => {
    const ring = ccw.map(([x, y]) => [x, y * 40]);
    expect(planarArea(ring, mercatorY)).toBeCloseTo(2 * (mercatorY(40) - mercatorY(0)), 12);
  });

  it('tells the winding as Turf does, a ring with no area being neither', () => {
    expect(isCounterclockwise(ccw)).toBe(true);
    expect(isClockwise(cw)).toBe(true);
    const flat: Position[] = [
      [0, 0],
      [1, 0],
      [2, 0],
      [0, 0],
    ];
    expect([isClockwise(flat), isCounterclockwise(flat)]).toEqual([false, false]);
    const triangle: Position[] = [
      [10, 10],
      [4, 12],
      [7, 3],
      [10, 10],
    ];
    for (const r of [ccw, cw, flat, triangle, [...triangle].reverse()])
      expect(isClockwise(r)).toBe(booleanClockwise(r));
  });

  it('rewinds as RFC 7946 asks, or as d3 wants, without mutating', () => {
    const hole: Position[] = [
      [0.5, 0.25],
      [1, 0.25],
      [1, 0.75],
      [0.5, 0.25],
    ];
    const polygon = [cw, hole];
    const rfc = rewind(polygon);
    expect(isCounterclockwise(rfc[0])).toBe(true);
    expect(isClockwise(rfc[1])).toBe(true);
    expect(polygon[0]).toBe(cw);
    expect(cw[1]).toEqual([0, 1]);
    const d3 = rewind(rfc, 'clockwise');
    expect(isClockwise(d3[0])).toBe(true);
    expect(isCounterclockwise(d3[1])).toBe(true);
    // Rings already wound right are the same objects.
    expect(rewind(rfc)[0]).toBe(rfc[0]);
  });
});
