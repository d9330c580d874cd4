import { beforeAll, describe, expect, it } from 'vitest';
import { parseRef, REF_TYPES_FOR_KIND } from '../../core/ref';
import { resolveRefs } from './resolve';
import { describeRef, searchGazetteer, warmSearch, type SearchHit } from './search';

const first = (query: string, context?: Record<string, number>) =>
  searchGazetteer(query, context && { context: new Map(Object.entries(context)) })[0];

describe('searchGazetteer', { timeout: 120_000 }, () => {
  beforeAll(() => warmSearch());

  it('finds a city by its name, with its country, people and GeoNames id in words', () => {
    expect(first('mosul')).toMatchObject({ ref: 'city:99072', name: 'Mosul', kind: 'city' });
    expect(first('mosul').label).toMatch(/^Mosul, Iraq, [\d.]+ M people, GeoNames 99072$/);
    expect(first('mosul').countries).toEqual(['IRQ']);
    const khartoum = first('khartoum');
    expect(khartoum.ref).toBe('city:379252');
    expect(khartoum.label).toContain('Sudan');
    expect(khartoum.label).toContain('GeoNames');
    expect(khartoum.point[0]).toBeCloseTo(32.53, 1);
    expect(khartoum.point[1]).toBeCloseTo(15.55, 1);
    expect(khartoum.population).toBeGreaterThan(1e6);
  });

  it('ignores case and accents, and says which other name matched', () => {
    expect(first('Malmo')).toMatchObject({ ref: 'city:2692969', name: 'Malmö' });
    expect(first('Malmö')).toMatchObject({ ref: 'city:2692969', name: 'Malmö' });
    expect(first('Malmö').matched).toBeUndefined();
    expect(first('al mawsil')).toMatchObject({ ref: 'city:99072', matched: 'Al Mawsil' });
  });

  it('ranks the most important reading of a name first', () => {
    expect(first('paris')).toMatchObject({ ref: 'city:2988507', countries: ['FRA'] });
    expect(first('texas')).toMatchObject({
      ref: 'admin1:US-TX',
      kind: 'region',
      label: 'Texas, state of the United States',
    });
    expect(first('tigris')).toMatchObject({ ref: 'river:Tigris', kind: 'water' });
    expect(first('iraq')).toMatchObject({ ref: 'country:IRQ', label: 'Iraq, country' });
    expect(first('k2')).toMatchObject({ ref: 'feature:K2', kind: 'landmark' });
    const sea = searchGazetteer('Mediterr').find((h) => h.ref === 'water:Mediterranean Sea');
    expect(sea).toMatchObject({ kind: 'water', label: 'Mediterranean Sea, sea' });
  });

  it('puts names that start with the query before those with a later word that does', () => {
    const hits = searchGazetteer('york', { limit: 100 });
    const at = (ref: string) => hits.findIndex((h) => h.ref === ref);
    expect(at('city:2633352')).toBe(0); // York, England
    expect(at('admin1:US-NY')).toBeGreaterThan(at('city:4562407')); // York, Pennsylvania
    expect(hits.every((h) => h.name.toLowerCase().includes('york') || h.matched)).toBe(true);
  });

  it('raises the places of the countries the article names', () => {
    const springfields = searchGazetteer('springfield');
    expect(springfields.slice(0, 3).map((h) => h.countries)).toEqual([['USA'], ['USA'], ['USA']]);
    const withUsa = searchGazetteer('springfield', { context: new Map([['USA', 1]]) });
    const lastUs = withUsa.findLastIndex((h) => h.countries.includes('USA'));
    const firstOther = withUsa.findIndex((h) => !h.countries.includes('USA'));
    expect(firstOther === -1 || firstOther > lastUs).toBe(true);
    // A town of 54,000 in the United Kingdom before Hamilton, Ontario (520,000)…
    expect(first('hamilton').countries).toEqual(['CAN']);
    expect(first('hamilton', { GBR: 1 }).countries).toEqual(['GBR']);
    // …but not before a capital of millions: Paris, Texas stays behind Paris, France.
    const paris = searchGazetteer('paris', { context: new Map([['USA', 1]]) });
    expect(paris.map((h) => h.countries[0]).slice(0, 2)).toEqual(['FRA', 'USA']);
  });

  it('keeps a large or named-country place above a hamlet whose whole name was typed', () => {
    // "Mos" is a town in Spain and another name of Moss, Norway; typing toward Mosul or Moscow.
    expect(first('mos', { IRQ: 1 })?.name).toBe('Mosul');
    expect(first('mos')?.name).toBe('Moscow');
    // A whole name still wins among places of like importance.
    expect(first('paris')?.label).toMatch(/France/);
    // GeoNames names it "Ar Raqqah"; English writes "Raqqa": Syria's city before a hamlet.
    expect(first('raqq', { SYR: 1 })?.label).toMatch(/^Ar Raqqah, Syria/);
  });

  it("finds the drafter's named groups: a region's common name, and groups of countries", () => {
    expect(first('west asia')?.ref).toBe('region:Western Asia');
    const me = first('middle east')!;
    expect(me).toMatchObject({ name: 'Middle East', kind: 'region' });
    expect(me.refs).toContain('country:IRQ');
    expect('geometry' in resolveRefs(me.refs!)).toBe(true);
  });

  it('offers only countries, regions, states and cities of a million for one letter', () => {
    const hits = searchGazetteer('b', { limit: 60 });
    expect(hits.map((h) => h.ref)).toContain('country:BRA');
    for (const h of hits) {
      const type = h.ref.split(':')[0];
      expect(['country', 'region', 'continent', 'admin1', 'city']).toContain(type);
      if (type === 'city') expect(h.population).toBeGreaterThanOrEqual(1e6);
    }
  });

  it('honours the limit, gives one hit per place and nothing for no match', () => {
    expect(searchGazetteer('san')).toHaveLength(10);
    expect(searchGazetteer('san', { limit: 3 })).toHaveLength(3);
    const refs = searchGazetteer('san', { limit: 200 }).map((h) => h.ref);
    expect(new Set(refs).size).toBe(refs.length);
    expect(searchGazetteer('xqzzyplo')).toEqual([]);
    expect(searchGazetteer('   ')).toEqual([]);
  });

  it('returns refs that resolve, with a kind that may take them', () => {
    const queries = ['iraq', 'western asia', 'africa', 'texas', 'queensland', 'mediterr'];
    queries.push('lake vic', 'tigris', 'danube', 'sahara', 'alps', 'k2', 'mosul', 'caribbean');
    const hits = new Map<string, SearchHit>();
    for (const q of queries) for (const h of searchGazetteer(q, { limit: 4 })) hits.set(h.ref, h);
    const types = new Set([...hits.keys()].map((r) => r.split(':')[0]));
    expect([...types].sort()).toEqual(
      [
        'admin1',
        'admin2',
        'city',
        'continent',
        'country',
        'feature',
        'region',
        'river',
        'water',
      ].sort(),
    );
    for (const [ref, hit] of hits) {
      const resolved = resolveRefs(ref);
      expect('problem' in resolved ? `${ref}: ${resolved.problem}` : ref).toBe(ref);
      const parsed = parseRef(ref);
      expect('type' in parsed && REF_TYPES_FOR_KIND[hit.kind].includes(parsed.type)).toBe(true);
    }
  });
});

describe('describeRef', { timeout: 120_000 }, () => {
  it('reads a ref in words, as the search would', () => {
    expect(describeRef('city:379252')).toMatchObject({
      ref: 'city:379252',
      name: 'Khartoum',
      kind: 'city',
      countries: ['SDN'],
    });
    expect(describeRef('city:379252')?.label).toMatch(
      /^Khartoum, Sudan, [\d.]+ M people, GeoNames 379252$/,
    );
    expect(describeRef('city:4409896')?.label).toMatch(/^Springfield, Missouri, United States/);
    expect(describeRef('admin1:USA/Texas')?.ref).toBe('admin1:US-TX');
    expect(describeRef('region:western asia')?.ref).toBe('region:Western Asia');
  });

  it('joins a list of refs into one reading', () => {
    expect(describeRef(['country:IRQ', 'country:SYR'])).toMatchObject({
      name: 'Iraq and Syria',
      label: 'Iraq and Syria',
      kind: 'region',
      refs: ['country:IRQ', 'country:SYR'],
      countries: ['IRQ', 'SYR'],
    });
  });

  it('reads nothing where resolveRefs finds no shape', () => {
    for (const ref of ['city:1', 'country:XYZ', 'water:Nowhere Sea', 'nonsense', 'country:GLP'])
      expect([ref, describeRef(ref)]).toEqual([ref, undefined]);
    expect('problem' in resolveRefs('country:GLP')).toBe(true);
    // Several points have no single shape.
    expect(describeRef(['city:99072', 'city:379252'])).toBeUndefined();
    expect('problem' in resolveRefs(['city:99072', 'city:379252'])).toBe(true);
  });
});
