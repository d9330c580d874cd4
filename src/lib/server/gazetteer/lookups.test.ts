import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { contextLayers } from './context-features';
import { countries, country } from './countries';
import { findCities, findCitiesMany } from './cities';
import { findFeatures } from './features';
import { members } from './regions';

describe('lookups', { timeout: 60_000 }, () => {
  it('lists countries with names, demonyms, spellings and UN regions', () => {
    expect(countries().length).toBeGreaterThan(240);
    expect(country('IRQ')).toMatchObject({
      name: 'Iraq',
      iso2: 'IQ',
      demonyms: ['Iraqi'],
      region: 'Asia',
      subregion: 'Western Asia',
    });
    expect(country('IRQ')?.altSpellings).toContain('Republic of Iraq');
  });

  it('knows the members of regions and continents', () => {
    expect(members('region', 'Western Asia')).toContain('IRQ');
    expect(members('continent', 'South America')).toContain('BRA');
    expect(members('continent', 'North America')).toEqual(
      expect.arrayContaining(['USA', 'MEX', 'CUB']),
    );
    expect(members('region', 'Atlantis')).toBeUndefined();
  });

  it('finds cities by name and alternate name, the most populous first', () => {
    const [mosul] = findCities('Mosul');
    expect(mosul).toMatchObject({ geonameid: 99072, countryCode: 'IQ', featureClass: 'P' });
    expect(findCities('Al Mawṣil', { countryCode: 'IQ' })[0]?.geonameid).toBe(99072);
    const many = findCitiesMany(['Aleppo', 'Halab', 'Nowhere Atall']);
    expect(many.get('aleppo')?.[0]?.geonameid).toBe(170063);
    expect(many.get('halab')?.[0]?.geonameid).toBe(170063);
    expect(many.get('nowhere atall')).toEqual([]);
    const paris = findCities('Paris');
    expect(paris[0].countryCode).toBe('FR');
    expect(paris.length).toBeGreaterThan(1);
  });

  it('finds water, rivers and features by name, with the reference that draws them', () => {
    expect(findFeatures('Persian Gulf').map((f) => f.ref)).toContain('water:Persian Gulf');
    expect(findFeatures('Firat')).toMatchObject([{ ref: 'river:Euphrates', cls: 'river' }]);
    expect(findFeatures('Sahara')[0]).toMatchObject({ ref: 'feature:Sahara', cls: 'desert' });
    // A lake Natural Earth names in Spanish or French, as English text writes it.
    expect(findFeatures('Lake Titicaca')[0]).toMatchObject({ ref: 'water:Lago Titicaca' });
    expect(findFeatures('Lake Nicaragua')[0]).toMatchObject({ ref: 'water:Lago de Nicaragua' });
  });

  it('gives the context of a box: neighbours, water, rivers, lakes, reference cities', () => {
    const c = contextLayers([35, 29, 49, 38]);
    const names = c.countries.map((x) => x.iso3);
    expect(names).toEqual(expect.arrayContaining(['IRQ', 'SYR', 'TUR', 'IRN', 'JOR']));
    expect(names).not.toContain('USA'); // its Aleutians span the antimeridian, not the box
    expect(c.water.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Mediterranean Sea', 'Persian Gulf']),
    );
    expect(c.rivers.map((r) => r.properties.name)).toEqual(
      expect.arrayContaining(['Tigris', 'Euphrates']),
    );
    expect(c.cities[0]).toMatchObject({ capital: true });
    const baghdad = c.cities.find((x) => x.name === 'Baghdad');
    expect(baghdad).toMatchObject({ iso3: 'IRQ', capital: true });
    expect(distance(baghdad?.coordinates ?? [0, 0], [44.366, 33.315])).toBeLessThan(10);
  });

  it('sees across the antimeridian', () => {
    const c = contextLayers([170, 50, 200, 72]);
    expect(c.countries.map((x) => x.iso3)).toEqual(expect.arrayContaining(['RUS', 'USA']));
    expect(c.water.map((w) => w.name)).toContain('Bering Sea');
  });
});
