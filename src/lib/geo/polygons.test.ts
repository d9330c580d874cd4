import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mercatorY } from './mercator';
import { forD3, largestPolygon, outline, polygonsOf } from './polygons';
import { isClockwise } from './rings';

import { square } from './testing';

describe('polygons', () => {
  it('lists the polygons of a Polygon or a MultiPolygon', () => {
    const p: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 1)] };
    const m: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 1)], [square(5, 5, 2)]],
    };
    expect(polygonsOf(p)).toEqual([p.coordinates]);
    expect(polygonsOf(m)).toBe(m.coordinates);
  });

  it('finds the largest polygon, in degrees or as the map shows it', () => {
    // Near the pole a 9x9 square is larger on a Mercator map than a 10x10 one at the equator.
    const polys = [[square(0, 0, 10)], [square(0, 70, 9)]];
    expect(largestPolygon(polys)).toBe(polys[0]);
    expect(largestPolygon(polys, mercatorY)).toBe(polys[1]);
  });

  it('winds rings for d3: exterior clockwise', () => {
    const [ring] = forD3([[square(0, 0, 1)]]).coordinates[0];
    expect(isClockwise(ring)).toBe(true);
    expect(ring[1]).toEqual([0, 1]);
  });

  it('outlines a shape without its seam at the antimeridian', () => {
    // Chukotka's piece west of 180°: the edge along 180° is not drawn.
    const ring: Position[] = [
      [170, 60],
      [180, 60],
      [180, 70],
      [170, 70],
      [170, 60],
    ];
    expect(outline([[ring]]).coordinates).toEqual([
      [
        [170, 60],
        [180, 60],
      ],
      [
        [180, 70],
        [170, 70],
        [170, 60],
      ],
    ]);
  });
});
