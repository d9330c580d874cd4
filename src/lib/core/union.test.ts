import { describe, expect, it } from 'vitest';
import { isCounterclockwise } from '../geo/rings';
import { unionOf } from './union';

import { square } from '../geo/testing';

describe('unionOf', () => {
  it('returns a single shape as it is', () => {
    const g = { type: 'Point' as const, coordinates: [1, 2] };
    expect(unionOf([g])).toEqual({ geometry: g });
  });

  it('dissolves the shared border of two neighbouring areas', () => {
    const result = unionOf([
      { type: 'Polygon', coordinates: [square(0, 0)] },
      { type: 'Polygon', coordinates: [square(1, 0)] },
    ]);
    if (!('geometry' in result) || result.geometry.type !== 'Polygon')
      throw new Error(JSON.stringify(result));
    const [ring] = result.geometry.coordinates;
    expect(isCounterclockwise(ring)).toBe(true);
    const xs = ring.map(([x]) => x);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([0, 2]);
  });

  it('keeps apart areas apart, as a MultiPolygon', () => {
    const result = unionOf([
      { type: 'Polygon', coordinates: [square(0, 0)] },
      { type: 'MultiPolygon', coordinates: [[square(5, 5)]] },
    ]);
    expect('geometry' in result && result.geometry.type).toBe('MultiPolygon');
  });

  it('gathers lines into one MultiLineString', () => {
    expect(
      unionOf([
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [2, 2],
              [3, 3],
            ],
          ],
        },
      ]),
    ).toEqual({
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [2, 2],
            [3, 3],
          ],
        ],
      },
    });
  });

  it('refuses points and mixtures', () => {
    const point = { type: 'Point' as const, coordinates: [0, 0] };
    expect(unionOf([point, point])).toEqual({
      problem: 'a union needs all areas or all lines, not Point',
    });
    expect(unionOf([point, { type: 'Polygon', coordinates: [square(0, 0)] }])).toEqual({
      problem: 'a union needs all areas or all lines, not Point and Polygon',
    });
  });
});
