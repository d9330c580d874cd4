/**
 * The locator map's context: around Mosul Baghdad and Erbil, the Tigris; the basemap's
 * countries named for the names placed in each view (geo/view-names); never
 * a second label for a story place; within the map data's budget.
 */
import { describe, expect, it } from 'vitest';
import { contextLayers } from '../gazetteer';
import { countryRank, storyContext } from './locator-context';
import type { GeometryCollection } from 'topojson-specification';
import type { CountryProps } from '../../map/data';
import { mapData } from './map-json';
import { MAP_DATA_BUDGET, mapDataSize } from './map-size';
import { loadStoryFrom } from '../load-story';

const main = loadStoryFrom('src/content/article.md', 'geo/places.geojson');
const danube = loadStoryFrom(
  'tests/fixtures/danube/article.md',
  'tests/fixtures/danube/places.geojson',
);
const names = (fc: ReturnType<typeof storyContext>, t: string) =>
  fc.features.filter((f) => f.properties.t === t).map((f) => f.properties.name);

describe('the story context', () => {
  const context = storyContext(main);

  it("names Mosul's neighbours, its reference cities and its river", () => {
    expect(names(context, 'city')).toEqual(
      expect.arrayContaining(['Baghdad', 'Erbil', 'Damascus', 'Ankara', 'Tehran']),
    );
    expect(names(context, 'river')).toEqual(expect.arrayContaining(['Tigris', 'Euphrates']));
    const box = contextLayers([41, 32, 47, 40]);
    expect(box.countries.map((c) => c.name)).toEqual(expect.arrayContaining(['Syria', 'Iran']));
  });

  it('draws the Tigris through Mosul', () => {
    const tigris = context.features.find((f) => f.properties.name === 'Tigris')!.geometry;
    const lines = tigris.type === 'LineString' ? [tigris.coordinates] : [];
    if (tigris.type === 'MultiLineString') lines.push(...tigris.coordinates);
    const near = lines.flat().some(([x, y]) => Math.hypot(x - 43.13, y - 36.34) < 0.15);
    expect(near).toBe(true);
  });

  it('never names a story place twice', () => {
    const all = context.features.map((f) => f.properties.name);
    for (const name of ['Syria', 'Iraq', 'Russia', 'Mosul', 'Aleppo'])
      expect(all).not.toContain(name);
    const cities = names(context, 'city');
    for (const name of ['Mosul', 'Aleppo']) expect(cities).not.toContain(name);
    const d = storyContext(danube).features.map((f) => f.properties.name);
    for (const name of ['Danube', 'Vienna', 'Budapest', 'Austria', 'Hungary'])
      expect(d).not.toContain(name);
  });

  it("finds the fixture's Danube and the cities around Vienna", () => {
    expect(contextLayers([14, 46, 20, 50]).rivers.map((r) => r.properties.name)).toContain(
      'Danube',
    );
    const d = storyContext(danube);
    expect(names(d, 'city')).toEqual(expect.arrayContaining(['Prague', 'Zagreb']));
  });

  it('names the basemap countries in English, a country once, ranked by area', () => {
    const countries = (
      mapData(main).objects.countries as GeometryCollection<CountryProps>
    ).geometries.map((g) => ({ properties: (g.properties ?? {}) as CountryProps }));
    const named = countries.map((g) => g.properties.name).filter(Boolean);
    expect(named).toEqual(expect.arrayContaining(['Turkey', 'Syria', 'Iran', 'Kosovo']));
    expect(named).not.toContain('Türkiye');
    expect(new Set(named).size).toBe(named.length);
    const rank = (name: string) => countries.find((g) => g.properties.name === name)!.properties.r;
    expect(rank('Russia')).toBe(0);
    // Each named country carries its whole-body pole, found at build time (geo/view-names).
    expect(countries.every((g) => !g.properties.name || g.properties.p?.length === 3)).toBe(true);
    expect(rank('Lebanon')).toBe(4);
  });

  it('ranks countries by area and keeps the map data in budget', () => {
    expect(countryRank(17e6)).toBe(0);
    expect(countryRank(1e4)).toBe(4);
    expect(mapDataSize(main).total).toBeLessThanOrEqual(MAP_DATA_BUDGET);
  });
});
