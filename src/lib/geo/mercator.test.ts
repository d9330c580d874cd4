import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { MAX_LAT, WORLD, latitudeOf, mercatorY, toWorld } from './mercator';

describe('Web Mercator', () => {
  it('ends the world where it is square', () => {
    // atan(sinh(π)): the latitude whose Mercator y is π, as MapLibre defines it.
    expect(MAX_LAT).toBeCloseTo((Math.atan(Math.sinh(Math.PI)) * 180) / Math.PI, 6);
    expect(mercatorY(MAX_LAT)).toBeCloseTo(Math.PI, 6);
  });

  it('inverts', () => {
    for (const lat of [-85, -45.5, 0, 12.3, 36.335, 80])
      expect(latitudeOf(mercatorY(lat))).toBeCloseTo(lat, 10);
  });

  it('puts the world in MapLibre pixels: 512 at zoom 0, doubling with each zoom', () => {
    expect(toWorld(-180, 0)).toEqual([0, WORLD / 2]);
    expect(toWorld(0, 0)).toEqual([256, 256]);
    expect(toWorld(180, 0)[0]).toBe(512);
    const [, top] = toWorld(0, MAX_LAT);
    const [, bottom] = toWorld(0, -MAX_LAT);
    expect(top).toBeCloseTo(0, 4);
    expect(bottom).toBeCloseTo(512, 4);
    expect(toWorld(43.119, 36.335, 3)).toEqual(toWorld(43.119, 36.335).map((n) => n * 8));
  });

  it('agrees with the sine form of the formula (as in MapLibre’s source)', () => {
    for (const lat of [-60, -10, 0, 33, 55.75]) {
      const s = Math.sin((lat * Math.PI) / 180);
      const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * WORLD;
      expect(toWorld(0, lat)[1]).toBeCloseTo(y, 9);
    }
  });

  it('clamps latitudes past the world’s edge, and continues east past 180°', () => {
    expect(toWorld(0, 89)).toEqual(toWorld(0, MAX_LAT));
    expect(toWorld(0, -90)).toEqual(toWorld(0, -MAX_LAT));
    expect(toWorld(190, 0)[0]).toBeCloseTo(512 + (10 / 360) * 512, 9);
  });

  it('is the projection d3 draws the previews with', () => {
    // d3's geoMercator scaled to the world and centred on it: what the preview images use.
    const d3 = geoMercator()
      .scale(WORLD / (2 * Math.PI))
      .translate([WORLD / 2, WORLD / 2]);
    for (const [lng, lat] of [
      [43.119, 36.335],
      [-74, 40.7],
      [179.9, -40],
      [0, 0],
      [-170, 84],
    ]) {
      const [x, y] = d3([lng, lat])!;
      const [wx, wy] = toWorld(lng, lat);
      expect(wx).toBeCloseTo(x, 9);
      expect(wy).toBeCloseTo(y, 9);
    }
  });
});
