import { describe, expect, it } from 'vitest';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { parseRef, type Ref } from '../../core/ref';
import { labelPoint } from '../../geo/label-points';
import { resolveRef, resolveRefs } from './resolve';

const BAGHDAD: Position = [44.366, 33.315];
const MOSUL: Position = [43.13, 36.34];
const VIENNA: Position = [16.372, 48.208];

function ref(text: string): Ref {
  const r = parseRef(text);
  if ('problem' in r) throw new Error(r.problem);
  return r;
}

function geometry(text: string | string[]): Geometry {
  const r = typeof text === 'string' ? resolveRef(ref(text)) : resolveRefs(text);
  if ('problem' in r) throw new Error(r.problem);
  return r.geometry;
}

function area(text: string | string[]): Polygon | MultiPolygon {
  const g = geometry(text);
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${text}: ${g.type}`);
  return g;
}

function problem(text: string | string[]): string {
  const r = typeof text === 'string' ? resolveRef(ref(text)) : resolveRefs(text);
  if (!('problem' in r)) throw new Error(`${text} resolved`);
  return r.problem;
}

/** Every edge of every ring or line, as pairs of positions. */
function edges(g: Geometry): [Position, Position][] {
  const lines: Position[][] =
    g.type === 'Polygon' || g.type === 'MultiLineString'
      ? g.coordinates
      : g.type === 'MultiPolygon'
        ? g.coordinates.flat()
        : g.type === 'LineString'
          ? [g.coordinates]
          : [];
  return lines.flatMap((l) => l.slice(1).map((p, i): [Position, Position] => [l[i], p]));
}

describe('resolveRef', { timeout: 60_000 }, () => {
  it('draws a country as its outline', () => {
    expect(booleanPointInPolygon(BAGHDAD, area('country:IRQ'))).toBe(true);
    expect(booleanPointInPolygon(BAGHDAD, area('country:SYR'))).toBe(false);
  });

  it('cuts countries at the antimeridian', () => {
    for (const code of ['RUS', 'USA', 'FJI', 'ATA']) {
      const jumps = edges(area(`country:${code}`)).filter(([a, b]) => Math.abs(a[0] - b[0]) > 180);
      expect(jumps, code).toEqual([]);
    }
  });

  it('takes the 1:10m outline for a country below the 1:50m scale', () => {
    expect(area('country:TUV').type).toMatch(/Polygon/);
  });

  it('draws a UN subregion as the union of its members', () => {
    const westernAsia = area('region:Western Asia');
    expect(booleanPointInPolygon(labelPoint(area('country:IRQ')), westernAsia)).toBe(true);
    expect(booleanPointInPolygon([2.35, 48.86], westernAsia)).toBe(false);
    expect(area('region:western asia')).toEqual(westernAsia);
  });

  it('draws a continent as the union of its members', () => {
    const europe = area('continent:Europe');
    expect(booleanPointInPolygon([2.35, 48.86], europe)).toBe(true); // Paris
    expect(booleanPointInPolygon(BAGHDAD, europe)).toBe(false);
  });

  it('draws a city as its GeoNames point', () => {
    const g = geometry('city:99072');
    expect(g.type).toBe('Point');
    if (g.type === 'Point') expect(distance(g.coordinates, MOSUL)).toBeLessThan(10);
  });

  it('draws seas and lakes as areas', () => {
    expect(booleanPointInPolygon([18, 35], area('water:Mediterranean Sea'))).toBe(true);
    expect(booleanPointInPolygon([51, 27], area('water:Arabian Gulf'))).toBe(true);
    expect(booleanPointInPolygon([-87, 44], area('water:Lake Michigan'))).toBe(true);
  });

  it('draws a river as a line through its local names', () => {
    const danube = geometry('river:Danube');
    expect(danube.type).toMatch(/LineString/);
    const near = Math.min(...edges(danube).map(([a]) => distance(a, VIENNA)));
    expect(near).toBeLessThan(20);
    // Natural Earth names its Turkish and Syrian segments Firat and Al Furat.
    const euphrates = geometry('river:Euphrates');
    expect(edges(euphrates).some(([a]) => a[1] > 38)).toBe(true);
    expect(geometry('river:Firat')).toEqual(euphrates);
  });

  it('draws a named feature as its area or point', () => {
    // Natural Earth's Sahara is a label area with other deserts (the Ténéré) cut out of it.
    expect(booleanPointInPolygon([20, 28], area('feature:Sahara'))).toBe(true);
    expect(geometry('feature:Mt. Everest').type).toBe('Point');
  });

  it('names the nearest matches of an unknown reference', () => {
    expect(problem('country:IRK')).toMatch(/^no country IRK; did you mean .*IRQ \(Iraq\)/);
    expect(problem('country:IRK')).toMatch(/IRN \(Iran\)/);
    expect(problem('region:Westen Asia')).toMatch(/did you mean "Western Asia"/);
    expect(problem('continent:Eurasia')).toMatch(/no continent "Eurasia"/);
    expect(problem('water:Mediteranean')).toMatch(/did you mean "Mediterranean Sea"/);
    expect(problem('river:Danub')).toMatch(/did you mean "Danube"/);
    expect(problem('city:1')).toMatch(/no place with GeoNames id 1/);
  });

  it('draws a state or province by its ISO 3166-2 code or by its country and name', () => {
    const AUSTIN: Position = [-97.743, 30.267];
    const BRISBANE: Position = [153.028, -27.468];
    expect(booleanPointInPolygon(AUSTIN, area('admin1:US-TX'))).toBe(true);
    expect(area('admin1:USA/Texas')).toEqual(area('admin1:US-TX'));
    expect(booleanPointInPolygon(BRISBANE, area('admin1:AUS/queensland'))).toBe(true);
    // Georgia the state, not the country: Atlanta inside, Tbilisi far away.
    expect(booleanPointInPolygon([-84.388, 33.749], area('admin1:US-GA'))).toBe(true);
    expect(booleanPointInPolygon([44.793, 41.715], area('admin1:US-GA'))).toBe(false);
    expect(booleanPointInPolygon(AUSTIN, area('admin1:US-GA'))).toBe(false);
  });

  it('draws every other country’s first-order divisions (Natural Earth 1:10m), by code or name', () => {
    const inside = (at: Position, text: string) =>
      expect(booleanPointInPolygon(at, area(text)), text).toBe(true);
    inside([30.83, -20.07], 'admin1:ZWE/Masvingo'); // Masvingo town
    inside([140.1, 39.72], 'admin1:JP-05'); // Akita city
    inside([113.63, 34.75], 'admin1:CHN/Henan'); // Zhengzhou
    inside([11.58, 48.14], 'admin1:DE-BY'); // Munich
    inside([11.25, 43.77], 'admin1:IT-52'); // Florence, in Tuscany (Natural Earth's provinces, joined)
    // One division, whichever name or code: its own, the English one, the ISO 3166-2 code.
    expect(area('admin1:DEU/Bayern')).toEqual(area('admin1:DE-BY'));
    expect(area('admin1:DEU/Bavaria')).toEqual(area('admin1:DE-BY'));
    expect(area('admin1:ITA/Toscana')).toEqual(area('admin1:IT-52'));
    expect(booleanPointInPolygon([12.5, 41.9], area('admin1:IT-52'))).toBe(false); // Rome
    // Natural Earth's own regions of a country, joined likewise.
    inside([-1.9, 52.48], 'admin1:GBR/West Midlands'); // Birmingham
    inside([139.69, 35.69], 'admin1:JPN/Kanto'); // Tokyo
    inside([-0.13, 51.51], 'admin1:GB-ENG'); // London
  });

  it('draws a US county or parish by its state and name, with or without its kind’s word', () => {
    const DALLAS: Position = [-96.797, 32.777];
    expect(booleanPointInPolygon(DALLAS, area('admin2:US-TX/Dallas'))).toBe(true);
    expect(area('admin2:US-TX/Dallas County')).toEqual(area('admin2:US-TX/Dallas'));
    expect(booleanPointInPolygon([-90.07, 29.95], area('admin2:US-LA/Orleans Parish'))).toBe(true);
    expect(problem('admin2:US-TX/Dalas')).toMatch(/did you mean US-TX\/Dallas \(Dallas County\)/);
    expect(parseRef('admin2:Dallas')).toMatchObject({ problem: /not <state's ISO 3166-2>/ });
  });

  it('names the nearest states of an unknown one, and which countries it has', () => {
    expect(problem('admin1:US-TQ')).toMatch(
      /^no state or province US-TQ; did you mean .*US-TX \(Texas\)/,
    );
    expect(problem('admin1:USA/Texsa')).toMatch(/did you mean US-TX \(Texas\)/);
    expect(problem('admin1:DE-XY')).toMatch(/^no state or province DE-XY/);
    expect(resolveRef(ref('admin1:DE-XY'))).toMatchObject({ fix: /every country/ });
    expect(problem('admin1:ZWE/Masvingu')).toMatch(/did you mean ZW-MV \(Masvingo\)/);
    expect(parseRef('admin1:Texas')).toMatchObject({ problem: /neither an ISO 3166-2 code/ });
  });

  it('says when a country has no outline of its own', () => {
    expect(problem('country:GUF')).toMatch(/French Guiana.*no outline/);
  });
});

describe('resolveRefs', { timeout: 60_000 }, () => {
  it('unites a list of areas', () => {
    const both = area(['country:SYR', 'country:IRQ']);
    expect(booleanPointInPolygon(BAGHDAD, both)).toBe(true);
    expect(booleanPointInPolygon([36.29, 33.51], both)).toBe(true); // Damascus
  });

  it('resolves a single reference written as a string', () => {
    expect(area('country:IRQ')).toEqual(area(['country:IRQ']));
  });

  it('gathers rivers into one MultiLineString', () => {
    expect(geometry(['river:Tigris', 'river:Euphrates']).type).toBe('MultiLineString');
  });

  it('refuses an empty list, a mixture, and reports every bad reference', () => {
    expect(problem([])).toMatch(/empty/);
    expect(problem(['city:99072', 'country:IRQ'])).toMatch(/all areas or all lines/);
    const both = problem(['country:IRK', 'nonsense']);
    expect(both).toMatch(/country IRK/);
    expect(both).toMatch(/"nonsense" is not of the form/);
  });
});
