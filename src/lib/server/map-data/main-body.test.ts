/** Frames of lines: a river or route is framed on its course, a short one with a point's context. */
import type { MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { frameOf, mainLines } from './main-body';

/** The Danube, coarsely: Donaueschingen, Vienna, Budapest, Belgrade, the delta. */
const danube: [number, number][] = [
  [8.5, 47.95],
  [16.37, 48.21],
  [19.04, 47.5],
  [20.46, 44.82],
  [29.6, 45.2],
];

describe('frames of lines', () => {
  it('frames a line on the box round its course', () => {
    const f = frameOf({ type: 'LineString', coordinates: danube });
    expect(f.box).toEqual([8.5, 44.82, 29.6, 48.21]);
    expect(f.centre).toBeCloseTo((8.5 + 29.6) / 2);
    expect(f.fill).toBeGreaterThanOrEqual(0.55);
    expect(f.fill).toBeLessThanOrEqual(0.85);
  });

  it('gives a short line the same minimum context as a point', () => {
    const line = frameOf({
      type: 'LineString',
      coordinates: [
        [33.9, 31.2],
        [34.0, 31.3],
      ],
    });
    const point = frameOf({ type: 'Point', coordinates: [33.95, 31.25] });
    expect(line.minRadiusDeg).toBe(point.minRadiusDeg);
    expect(line.box[2] - line.box[0]).toBeCloseTo(0.1);
  });

  it('leaves out a stray reach far from the main course', () => {
    const g: MultiLineString = {
      type: 'MultiLineString',
      coordinates: [
        danube,
        [
          [-70, 10],
          [-70.1, 10.1],
        ],
      ],
    };
    expect(mainLines(g.coordinates)).toEqual([danube]);
    expect(frameOf(g).box).toEqual([8.5, 44.82, 29.6, 48.21]);
  });

  it('keeps both halves of a route cut at the antimeridian, across it', () => {
    const f = frameOf({
      type: 'MultiLineString',
      coordinates: [
        [
          [170, 50],
          [180, 52],
        ],
        [
          [-180, 52],
          [-170, 54],
        ],
      ],
    });
    expect(f.box[0]).toBe(170);
    expect(f.box[2]).toBe(190);
    expect(f.centre).toBe(180);
  });
});
