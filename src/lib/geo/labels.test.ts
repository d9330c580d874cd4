import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from './labels';

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('label points', () => {
  it('keeps a point where it is', () => {
    expect(labelPoint({ type: 'Point', coordinates: [43.119, 36.335] })).toEqual([43.119, 36.335]);
  });

  it('labels the largest polygon at its middle, as drawn in Mercator', () => {
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(100, 0, 1)], [square(0, 0, 20)]],
    };
    const [x, y] = labelPoint(g);
    expect(x).toBeCloseTo(10, 0);
    // Mercator stretches the north: the middle on the map is north of 10°N.
    expect(y).toBeGreaterThan(10);
    expect(y).toBeLessThan(10.5);
    // Rounded to a thousandth of a degree.
    expect(Math.round(y * 1e3) / 1e3).toBe(y);
  });
});
