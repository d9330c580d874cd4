import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from './label-points';

import { square } from './testing';

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

describe('label points of lines', () => {
  it('puts a line’s label half-way along it, on the line', () => {
    // An L: 10° east along the equator, then 10° north. Half-way is at the corner's side of
    // the longer (northward, stretched by Mercator) leg, never the box's centre off the line.
    const [x, y] = labelPoint({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
    });
    expect(x).toBe(10);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(1);
  });

  it('measures in Mercator: a northern stretch counts for more than it spans in degrees', () => {
    const line = [
      [0, 0],
      [0, 60],
    ];
    const [, y] = labelPoint({ type: 'LineString', coordinates: line });
    // Half the Mercator height of 0..60°N is at about 35.26°N, not 30°N.
    expect(y).toBeCloseTo(35.264, 2);
  });

  it('labels the longest part of a multi-line', () => {
    const [x, y] = labelPoint({
      type: 'MultiLineString',
      coordinates: [
        [
          [100, 0],
          [101, 0],
        ],
        [
          [0, 0],
          [20, 0],
        ],
      ],
    });
    expect([x, y]).toEqual([10, 0]);
  });

  it('keeps a line of one repeated position on it', () => {
    expect(
      labelPoint({
        type: 'LineString',
        coordinates: [
          [5, 5],
          [5, 5],
        ],
      }),
    ).toEqual([5, 5]);
  });
});
