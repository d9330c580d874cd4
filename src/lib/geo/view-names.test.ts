/**
 * Country names placed in a view: a country whose label point is in view keeps it; one cut
 * by the view's edge is named inside its part in view; a sliver, a country too small for the
 * zoom, or one the story names itself there is not named.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, Point, Polygon, Position } from 'geojson';
import { uniformFont } from '../labels/test-font';
import { square } from './testing';
import {
  clearOf,
  countryNames,
  halfSize,
  waterNames,
  type CountryShape,
  type WaterPoint,
} from './view-names';

const box = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [square(west, south, size)],
});
/** Two neighbours side by side, each 10° square, and a small one to the north. */
const countries: CountryShape[] = [
  { name: 'West', r: 2, geometry: box(30, 30, 10) },
  { name: 'East', r: 2, geometry: box(40, 30, 10) },
  { name: 'Small', r: 4, geometry: box(44, 40, 1) },
];
const at = (fs: ReturnType<typeof countryNames>, name: string) =>
  fs.find((f) => f.properties.name === name)?.geometry.coordinates;

const font = uniformFont();

describe('countryNames', () => {
  it('keeps the label point of a country whose middle is in view', () => {
    const names = countryNames(countries, { box: [28, 28, 52, 42], zoom: 3 }, font);
    const [x, y] = at(names, 'West')!;
    expect(x).toBeCloseTo(35, 0);
    expect(y).toBeGreaterThan(33);
    expect(y).toBeLessThan(37);
  });

  it('uses the whole-body pole the build found, where it has one', () => {
    const pole = { at: [(36 * Math.PI) / 180, (38 * Math.PI) / 180], radius: 0.05 };
    const given = [{ ...countries[0], geometry: box(30, 30, 10), pole }];
    const [x] = at(countryNames(given, { box: [28, 28, 52, 42], zoom: 3 }, font), 'West')!;
    expect(x).toBeCloseTo(36, 1);
  });

  it('names a country cut by the edge of the view inside its part in view', () => {
    // The view shows East whole and West's eastern 3°: West is named there, not at 35°E.
    const names = countryNames(countries, { box: [37, 30, 52, 40], zoom: 4 }, font);
    const [x] = at(names, 'West')!;
    expect(x).toBeGreaterThan(37);
    expect(x).toBeLessThan(40);
    expect(at(names, 'East')![0]).toBeCloseTo(45, 0);
  });

  it('does not name a sliver at the edge, nor a country too small for the zoom', () => {
    // 0.2° of West in view at z4 is about 2 px across.
    const sliver = countryNames(countries, { box: [39.8, 30, 52, 40], zoom: 4 }, font);
    expect(at(sliver, 'West')).toBeUndefined();
    // Small is rank 4: named from z4.5 only, and then it fits (1° is about 45 px at z5).
    expect(
      at(countryNames(countries, { box: [28, 28, 52, 42], zoom: 3 }, font), 'Small'),
    ).toBeUndefined();
    expect(
      at(countryNames(countries, { box: [40, 36, 49, 44], zoom: 5 }, font), 'Small'),
    ).toBeDefined();
  });

  it('leaves out a country the story names itself, and orders the largest first', () => {
    const big: CountryShape = { name: 'Big', r: 0, geometry: box(20, 20, 40) };
    const names = countryNames(
      [...countries, big],
      { box: [0, 0, 80, 70], zoom: 3 },
      font,
      (n) => n === 'East',
    );
    expect(names.map((f) => f.properties.name)).toEqual(['Big', 'West']);
  });

  it('takes a world view wider than the world as the world', () => {
    const names = countryNames(countries, { box: [-300, -80, 300, 80], zoom: 3 }, font);
    expect(names.map((f) => f.properties.name)).toEqual(['West', 'East']);
  });
});

describe('waterNames', () => {
  const sea: WaterPoint[] = [
    { name: 'Inner Sea', r: 1, z: 1, at: [18, 35] },
    { name: 'Inner Sea', r: 1, z: 4, alt: 1, at: [33, 34] },
    { name: 'Inner Sea', r: 1, z: 4, alt: 1, at: [25, 34] },
  ];
  const names = (view: Parameters<typeof waterNames>[1]) =>
    waterNames(sea, view, font).map((f) => f.geometry.coordinates);

  it('names a sea once, at its own label point when that is in view', () => {
    expect(names({ box: [0, 20, 40, 50], zoom: 4 })).toEqual([[18, 35]]);
  });

  it('zoomed in away from it, at the nearer point closest to the middle of the view', () => {
    expect(names({ box: [30, 30, 40, 40], zoom: 4.5 })).toEqual([[33, 34]]);
    // Not before the zoom the nearer points are for.
    expect(names({ box: [30, 30, 40, 40], zoom: 3 })).toEqual([]);
  });

  it('never where the name would be cut by the edge of the view', () => {
    expect(names({ box: [32.9, 30, 45, 40], zoom: 5 })).toEqual([]);
  });
});

describe('clearOf', () => {
  const name = (
    n: string,
    x: number,
    y: number,
  ): Feature<Point, { name: string; hw: number; hh: number }> => ({
    type: 'Feature',
    properties: { name: n, ...halfSize(font, n, 'water', 0) },
    geometry: { type: 'Point', coordinates: [x, y] },
  });
  // The screen is the coordinates themselves; a scale bar at 10..110, 80..100.
  const at = ([x, y]: Position) => ({ x, y });
  const scale = { left: 10, top: 80, right: 110, bottom: 100 };

  it('drops a name whose box would lie under a control, and keeps the rest', () => {
    const kept = clearOf(
      [name('Black Sea', 40, 78), name('Turkey', 300, 90), name('Iraq', 60, 130)],
      at,
      [scale],
    );
    expect(kept.map((f) => f.properties.name)).toEqual(['Turkey', 'Iraq']);
  });
});

describe('halfSize', () => {
  it('measures a country in capitals, spaced and wrapped as the map sets it', () => {
    // 7 letters of 0.65 em at rank 0 (12 px), 6 gaps of 0.12 em: (54.6 + 8.64) / 2, rounded
    // up to 0.1 px; one line of 1.2 em.
    expect(halfSize(font, 'Ukraine', 'country', 0)).toEqual({ hw: 31.7, hh: 7.2 });
    // Wider than 7 em: two lines.
    expect(halfSize(font, 'Bosnia and Herzegovina', 'country', 3).hh).toBe(12);
  });
});
