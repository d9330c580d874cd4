import { describe, expect, it, vi } from 'vitest';

// Each draft reads GeoNames' 200,000 places once per name list (about 0.5 s, more on a busy
// machine).
vi.setConfig({ testTimeout: 30_000 });
import { parseArticle } from '../../core/article';
import { draftArticle } from './draft';
import { draftText, placeNamed } from './draft-text';

const draft = draftText;

const place = placeNamed;

describe('disambiguation from the article’s context', () => {
  it('reads Tripoli as Libya’s in a story about Libya', () => {
    const d = draft(
      'Fighting spread across Libya on Friday.',
      'Militias shelled Tripoli overnight.',
    );
    const tripoli = place(d, 'Tripoli')!;
    expect(tripoli.ref).toBe('city:2210247');
    expect(tripoli.rejected.join(' ')).toMatch(/Tripoli, LB/);
    // The same readings, by ref, for the review page to offer instead.
    expect(tripoli.others).toContainEqual({ name: 'Tripoli', kind: 'city', ref: 'city:266826' });
  });

  it('drafts any country’s states and provinces by their outlines, ISO codes and English names', () => {
    const d = draft(
      'Cholera spread in the Zimbabwean provinces of Mashonaland West and Manicaland.',
      'In Kenya, Nyanza Province reported most cases; officials in Kisumu asked for help.',
      'Six people died in Kitaakita, in the Akita Prefecture of northern Japan.',
      'In Germany, Bavaria closed its schools.',
    );
    expect(place(d, 'Mashonaland West')).toMatchObject({
      ref: 'admin1:ZW-MW',
      review: false,
    });
    expect(place(d, 'Mashonaland West')).not.toHaveProperty('approximate');
    // Natural Earth writes Bayern; the article and the page write Bavaria.
    expect(place(d, 'Bavaria')).toMatchObject({ ref: 'admin1:DE-BY', review: false });
    // Written with its kind's word, the division and nothing else.
    expect(place(d, 'Nyanza')).toMatchObject({
      ref: 'admin1:KEN/Nyanza',
      aliases: ['Nyanza Province'],
    });
    expect(place(d, 'Akita')).toMatchObject({ ref: 'admin1:JP-05' });
    // Alone, a division named like a town of its country is the town, its seat.
    expect(place(d, 'Kisumu')).toMatchObject({ kind: 'city' });
  });

  it('drafts US counties and parishes, by the state the article names', () => {
    const d = draft(
      'Three died in Dallas County, Texas, and two in St. Bernard Parish near New Orleans.',
      'Dallas itself closed its schools.',
    );
    expect(place(d, 'Dallas County')).toMatchObject({ ref: 'admin2:US-TX/Dallas', review: false });
    expect(place(d, 'St. Bernard Parish')).toMatchObject({ ref: 'admin2:US-LA/St. Bernard' });
    // Alone, "Dallas" is the city.
    expect(place(d, 'Dallas')).toMatchObject({ kind: 'city', ref: 'city:4684888' });
  });

  it('reads a US town firmly in a state the article names, and no river in a brand', () => {
    const d = draft(
      'A man sued Taco Bell in Irvine, California. Taco Bell Canada recalled onions.',
    );
    expect(place(d, 'Irvine')).toMatchObject({ ref: 'city:5359777', review: false });
    expect(d.places.map((p) => p.name)).not.toContain('Bell');
    expect(place(d, 'Canada')).toMatchObject({ ref: 'country:CAN' });
  });

  it('keeps a country’s name for the country, and ordinary words for no division', () => {
    const d = draft(
      'The fungus reached Panama, near Tortí in Panamá Province, and spread west.',
      'Cases rose in the Western region and in Central areas.',
    );
    expect(place(d, 'Panama')).toMatchObject({ kind: 'country', ref: 'country:PAN' });
    expect(d.places.map((p) => p.name)).not.toContain('Western');
  });

  it('reads a title word that begins a place’s name as the name (Prince Edward Island)', () => {
    const d = draft('Avian flu was found on Prince Edward Island, near Charlottetown, Canada.');
    expect(place(d, 'Prince Edward Island')).toMatchObject({ ref: 'admin1:CA-PE' });
    expect(d.notPlaces.map((r) => r.text)).not.toContain('Edward Island');
  });

  it('reads names written another way: "St." for "Saint", no hyphen, "Lake" for "L."', () => {
    const d = draft(
      'Cholera reached St. Marc, north of the capital of Haiti.',
      'In Japan, six died in Kitaakita. Birds died along Lake Erie.',
    );
    // Each is named as the article writes it.
    expect(place(d, 'St. Marc')).toMatchObject({ kind: 'city', ref: 'city:3717588' });
    expect(place(d, 'Kitaakita')).toMatchObject({ kind: 'city', ref: 'city:6822204' });
    expect(place(d, 'Lake Erie')).toMatchObject({ kind: 'water', ref: 'water:L. Erie' });
  });

  it('does not place a name the article uses only for a disease (Hong Kong Flu, West Nile virus)', () => {
    const d = draft(
      'Six died of the Hong Kong Flu in Akita, Japan. West Nile virus reached Texas.',
      'The Spanish flu of 1918 is remembered in Spain.',
    );
    const names = d.places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Akita', 'Japan', 'Texas', 'Spain']));
    expect(names).not.toContain('Hong Kong');
    expect(names).not.toContain('The West');
    expect(place(d, 'Spain')?.aliases).not.toContain('Spanish');
    expect(d.unplaced.find((u) => u.text === 'Hong Kong')?.reason).toMatch(/names a disease/);
  });

  it("reads a country's own name in another language only in an article in that language", () => {
    // "Island" is Iceland in Icelandic: in an English article it is an island.
    const d = draft('On Hawaiʻi Island, lava reached Hilo.');
    expect(d.places.map((p) => p.name)).not.toContain('Iceland');
    const text = `---\ntitle: Test\nsource: Test Desk\nlang: is\n---\n\nFlóð á Island og í Noregi.\n`;
    const is = draftArticle(parseArticle(text, 'test.md').article!);
    expect(is.places.map((p) => p.name)).toContain('Iceland');
  });

  it('leaves out the names an editor removed, and says so', () => {
    const text = `---\ntitle: Test\nsource: Test Desk\n---\n\nFighting spread across Libya. Militias shelled Tripoli.\n`;
    const d = draftArticle(parseArticle(text, 'test.md').article!, { removed: ['tripoli'] });
    expect(d.places.map((p) => p.name)).toEqual(['Libya']);
    expect(d.notPlaces).toContainEqual({
      text: 'Tripoli',
      reason: 'removed by an editor',
      count: 1,
    });
  });

  it('reads Tripoli as Lebanon’s in a story about Lebanon', () => {
    const d = draft(
      'Protests spread across Lebanon on Friday.',
      'Crowds filled Tripoli overnight.',
    );
    expect(place(d, 'Tripoli')!.ref).toBe('city:266826');
  });

  it('reads Georgia beside Tbilisi as the country', () => {
    const d = draft('Protesters filled the streets of Tbilisi as Georgia voted.');
    expect(place(d, 'Georgia')).toMatchObject({ kind: 'country', ref: 'country:GEO' });
    expect(place(d, 'Tbilisi')).toMatchObject({ kind: 'city' });
  });

  it('reads Georgia beside Atlanta as the US state, drawn from its outline', () => {
    const d = draft('Storms hit Atlanta and Savannah as Georgia braced for floods.');
    expect(place(d, 'Georgia')).toMatchObject({ kind: 'region', ref: 'admin1:US-GA' });
    expect(place(d, 'Atlanta')).toMatchObject({ kind: 'city' });
  });

  it('reads a state or province firmly once its country is in the article, and for review alone', () => {
    const d = draft('Floods closed roads across Queensland, Australia, and parts of Ontario.');
    expect(place(d, 'Queensland')).toMatchObject({ kind: 'region', ref: 'admin1:AU-QLD' });
    expect(place(d, 'Queensland')?.review).toBeFalsy();
    expect(place(d, 'Ontario')).toMatchObject({ ref: 'admin1:CA-ON', review: true });
    // A city of its name that a story means more often stays the city.
    expect(place(draft('Traffic stopped in New York on Monday.'), 'New York')).toMatchObject({
      kind: 'city',
    });
  });

  it('places an acronym only as a place the article spells out, or as its own name', () => {
    const d = draft(
      'Health experts from the CDC met in Atlanta, United States. BA flights were cancelled.',
      'Fires spread near Los Angeles. LA crews were ready.',
    );
    expect(place(d, 'Cedar City')).toBeUndefined();
    expect(d.unplaced.find((u) => u.text === 'CDC')?.reason).toMatch(
      /an acronym the article does not spell out: Cedar City/,
    );
    expect(d.unplaced.find((u) => u.text === 'BA')?.reason).toMatch(/acronym/);
    expect(place(d, 'Los Angeles')).toMatchObject({ aliases: ['LA'], mentions: 2 });
    // A dateline in capitals is the place's own name.
    expect(place(draft('TUNIS (AP) — Protesters marched in Tunisia.'), 'Tunis')).toBeDefined();
  });

  it('reads a river named like a company as the company when the text talks of one', () => {
    const d = draft(
      'Amazon’s shares fell after Amazon’s online stores went down in Europe.',
      'Looters emptied Aleppo’s stores in Syria.',
    );
    expect(place(d, 'Amazon')).toBeUndefined();
    expect(d.unplaced.find((u) => u.text === 'Amazon')?.reason).toMatch(
      /used as a company's name \("Amazon’s shares"\), not Amazon \(river:Amazon\)/,
    );
    // A city's stores are still the city's.
    expect(place(d, 'Aleppo')).toMatchObject({ kind: 'city' });
    expect(place(draft('Barges crossed the Amazon near Manaus, Brazil.'), 'Amazon')).toMatchObject({
      ref: 'river:Amazon',
    });
  });

  it('writes demonyms as aliases and merges them with the country', () => {
    const d = draft('Iraqi forces entered Mosul. Iraq said the Iraqis had won.');
    expect(place(d, 'Iraq')).toMatchObject({ aliases: ['Iraqi'], mentions: 3 });
  });

  it('finds multi-word names, longest first, and regions by their common names', () => {
    const d = draft(
      'Militants went to Bosnia and Herzegovina, West Asia and North Africa, not the West.',
    );
    expect(d.places.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Bosnia and Herzegovina', 'West Asia', 'North Africa', 'The West']),
    );
    expect(place(d, 'The West')).toMatchObject({ kind: 'concept', review: true });
  });

  it('proposes the Soviet Union as its republics, for review', () => {
    const d = draft('Soviet Union forces left Afghanistan.');
    const ussr = place(d, 'Soviet Union')!;
    expect(ussr).toMatchObject({ kind: 'historical', review: true });
    expect(ussr.ref).toHaveLength(15);
  });

  it('makes "the Hungarian capital" an alias of Budapest, not a mention of Hungary', () => {
    const d = draft('Budapest held. The Hungarian capital closed its quays.');
    expect(place(d, 'Budapest')!.aliases).toEqual(['Hungarian capital']);
    expect(place(d, 'Hungary')).toBeUndefined();
  });

  it('lists a village the gazetteer lacks as not placed', () => {
    const d = draft('In Syria, Dabiq was taken.');
    expect(d.unplaced.map((u) => u.text)).toContain('Dabiq');
  });
});

describe('names that are not places', () => {
  const rejected = (d: ReturnType<typeof draft>) => d.notPlaces.map((n) => n.text);

  it('a place name before a surname is a person', () => {
    const d = draft('Jordan Peterson spoke in London on Monday.');
    expect(place(d, 'Jordan')).toBeUndefined();
    expect(rejected(d)).toContain('Jordan Peterson');
    expect(rejected(d)).toContain('Monday');
  });

  it('a title makes the next name a person', () => {
    const d = draft('Officials said President Georgia Smith met Prime Minister Hichem Mechichi.');
    expect(place(d, 'Georgia')).toBeUndefined();
    expect(rejected(d)).toEqual(expect.arrayContaining(['Georgia Smith', 'Hichem Mechichi']));
  });

  it('an organisation named after a place is not the place', () => {
    const d = draft(
      'The Washington Post reported that Islamic State and Al Qaeda fought in Syria.',
    );
    expect(place(d, 'Washington')).toBeUndefined();
    expect(rejected(d)).toEqual(
      expect.arrayContaining(['Washington Post', 'Islamic State', 'Al Qaeda']),
    );
    expect(place(d, 'Syria')).toBeDefined();
  });

  it('places inside an organisation’s name are not mentions', () => {
    const d = draft('Fighters of the Islamic State of Iraq and Syria lost ground near Raqqa.');
    expect(place(d, 'Iraq')).toBeUndefined();
    expect(place(d, 'Syria')).toBeUndefined();
    expect(rejected(d)).toContain('Islamic State of Iraq and Syria');
  });

  it('a common word starting a sentence is not a town of that name', () => {
    const d = draft('Police used tear gas in Tunis. The police said so.');
    expect(place(d, 'Police')).toBeUndefined();
    expect(place(d, 'Tunis')).toBeDefined();
  });
});
