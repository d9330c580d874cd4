import { describe, expect, it } from 'vitest';
import { draftText, placeNamed } from './draft-text';

const draft = draftText;
const place = placeNamed;

describe('states and provinces of every country', { timeout: 60_000 }, () => {
  it('takes the namesake of the article’s country among divisions written with their kind', () => {
    // Kenya, Ghana, Uganda, Zambia, Sierra Leone, Fiji and American Samoa each have an Eastern.
    const d = draft(
      'Cholera spread in Kenya. Eleven died in Eastern Province and twelve in North Eastern Province.',
    );
    expect(place(d, 'Eastern')).toMatchObject({ ref: 'admin1:KEN/Eastern', review: false });
    // Natural Earth writes "North-Eastern"; the text's spaced form finds it.
    expect(d.places.map((p) => p.ref)).toContain('admin1:KEN/North-Eastern');
  });

  it('flags a division written with its kind when namesakes abroad and no country decide', () => {
    const d = draft('Eleven died in Eastern Province on Tuesday.');
    expect(place(d, 'Eastern')).toMatchObject({ review: true });
  });

  it('reads a province listed beside its country’s others before a town of its name', () => {
    const d = draft(
      'The US confirmed more cases. Canada counts fifteen in British Columbia, twelve in Ontario and eight in Alberta.',
    );
    // Ontario, California, has 171,000 people and the United States is in the article.
    expect(place(d, 'Ontario')).toMatchObject({ ref: 'admin1:CA-ON' });
  });

  it('reads a province named like its own city as the province in a list of provinces', () => {
    const list = draft(
      'Canada counts eight cases in Alberta, one in New Brunswick, and one in Quebec.',
    );
    expect(list.places.map((p) => p.ref)).toContain('admin1:CA-QC');
    // Alone, it is the city of 530,000 people.
    const alone = draft('In Canada, flights from Quebec were cancelled.');
    expect(alone.places.map((p) => p.ref)).toContain('city:6325494');
  });

  it('draws England and Scotland, the United Kingdom’s parts, and England’s regions', () => {
    const d = draft(
      'In the United Kingdom, 27 new cases were found in England and five in Scotland.',
      'Four people died in the West Midlands.',
    );
    expect(place(d, 'West Midlands')).toMatchObject({ ref: 'admin1:GBR/West Midlands' });
    expect(place(d, 'England')).toMatchObject({ ref: 'admin1:GB-ENG', kind: 'region' });
    expect(place(d, 'Scotland')).toMatchObject({ ref: 'admin1:GB-SCT', kind: 'region' });
  });

  it('reads the words before a title as the office, and keeps the country before them', () => {
    const d = draft(
      'An aide to the US Energy Secretary fell ill in Washington. The Health Minister of Kenya spoke.',
    );
    expect(d.places.map((p) => p.name)).not.toContain('Energy');
    expect(d.places.map((p) => p.name)).not.toContain('Health');
    expect(d.places.map((p) => p.ref)).toContain('country:USA');
    expect(d.notPlaces).toContainEqual(
      expect.objectContaining({ text: 'Energy', reason: 'part of a title ("… Secretary")' }),
    );
  });

  it('reads the places a hyphen joins, and not a hyphened name of no places', () => {
    const d = draft(
      'They had lived in Kashmir, on the India-Pakistan border, before moving to Kita-Akita.',
    );
    expect(d.places.map((p) => p.ref)).toEqual(
      expect.arrayContaining(['country:IND', 'country:PAK']),
    );
    expect(place(d, 'India')).toMatchObject({ mentions: 1 });
    // One town's name with a hyphen stays that town.
    expect(place(d, 'Kita-Akita')).toMatchObject({ kind: 'city' });
  });

  it('reads the place before a participle, and a country that heads an institution’s name', () => {
    const d = draft(
      'The study had help from a UK-based trust.',
      'Support came from the UK Department for International Development.',
    );
    expect(d.places.find((p) => p.ref === 'country:GBR')).toMatchObject({ mentions: 2 });
    expect(d.notPlaces).toContainEqual(expect.objectContaining({ text: 'Department' }));
  });

  it('keeps a country and its province of one name apart, each as the text writes it', () => {
    const d = draft(
      'The fungus will reach Tortí (Panamá Province) by 2012, scientists in Panama said.',
    );
    expect(place(d, 'Panama')).toMatchObject({ ref: 'country:PAN', mentions: 1 });
    expect(place(d, 'Panamá Province')).toMatchObject({ ref: 'admin1:PA-8', mentions: 1 });
    // In the order the text names them.
    expect(d.places.map((p) => p.name)).toEqual(['Tortí', 'Panamá Province', 'Panama']);
  });

  it('reads a name with its kind after it in lower case as the division', () => {
    const d = draft(
      'Cholera hit Zimbabwe. Masvingo province reported cases, and the town of Masvingo shut its market.',
      'Ill people were reported in New York City, Long Island, New York, Pennsylvania and New Jersey.',
    );
    expect(d.places.map((p) => p.ref)).toEqual(
      expect.arrayContaining(['admin1:ZW-MV', 'city:886763', 'admin1:US-NY', 'city:5128581']),
    );
    // "the Eastern province of Prince Edward Island" names no province called Eastern.
    const pei = draft('Avian flu was found in the Eastern province of Prince Edward Island.');
    expect(pei.places.map((p) => p.name)).not.toContain('Eastern');
  });

  it('draws a former name as the country of today, and a republic by its outline', () => {
    const d = draft(
      'Ebola struck the Democratic Republic of the Congo. Zaire had the most outbreaks.',
      'Russia sent troops to Chechnya.',
    );
    // One place: the country, which the text also calls by its former name.
    const congo = d.places.find((p) => p.ref === 'country:COD');
    expect(congo?.aliases).toContain('Zaire');
    expect(congo?.mentions).toBe(2);
    // Once an approximate point at Grozny; now Natural Earth's outline.
    expect(place(d, 'Chechnya')).toMatchObject({ ref: 'admin1:RU-CE' });
    expect(place(d, 'Chechnya')).not.toHaveProperty('approximate');
  });
});

describe('divisions Natural Earth predates', { timeout: 60_000 }, () => {
  it('reads a renamed division by its name now, on its old outline', () => {
    const d = draft(
      'Floods spread in Pakistan. Khyber Pakhtunkhwa was worst hit, and Deir ez-Zor province in Syria saw rain.',
    );
    // Natural Earth still calls it N.W.F.P.; its towns are Khyber Pakhtunkhwa's in GeoNames.
    expect(place(d, 'Khyber Pakhtunkhwa')).toMatchObject({ ref: 'admin1:PK-KP', review: false });
    expect(place(d, 'Khyber Pakhtunkhwa')).not.toHaveProperty('approximate');
    expect(d.places.map((p) => p.ref)).toContain('admin1:SY-DY');
  });

  it('reads a division’s name with its word of direction in English', () => {
    const d = draft(
      'Ebola struck Western Kasai, in the Democratic Republic of Congo, and Negros Oriental was spared.',
    );
    expect(d.places.map((p) => p.ref)).toContain('admin1:COD/Kasaï-Occidental');
    // The text's own spelling of its name stays read too.
    expect(d.places.map((p) => p.name)).toContain('Negros Oriental');
  });

  it('drafts a division newer than the outlines as an approximate point at its seat', () => {
    // Kenya's 47 counties date from 2013; Natural Earth has its eight provinces.
    const d = draft('Cattle rustlers struck in Kenya, in Samburu county, on Sunday.');
    expect(place(d, 'Samburu')).toMatchObject({
      ref: 'admin1:KE-37',
      approximate: true,
      review: true,
    });
    expect(place(d, 'Samburu')?.note).toMatch(/approximate point at its seat, Maralal/);
    // A county drawn at a seat of its name is read as the town, that very point.
    const isiolo = draft('Rustlers killed eleven near the central town of Isiolo, in Kenya.');
    expect(place(isiolo, 'Isiolo')).toMatchObject({ kind: 'city', ref: 'city:196231' });
  });
});

describe('towns', { timeout: 60_000 }, () => {
  it('reads a town followed by its division as the town of that division’s country', () => {
    // Without "British Columbia", Victoria is Hong Kong by GeoNames' other names.
    const d = draft('The ferry left Victoria, British Columbia, at noon.');
    expect(d.places.map((p) => p.ref)).toContain('city:6174041');
  });

  it('drafts a village of under 1,000 people for review, only in its country’s story', () => {
    const australia = draft('In Australia, horses were quarantined at Cattai, north of Sydney.');
    expect(place(australia, 'Cattai')).toMatchObject({ kind: 'city', review: true });
    const elsewhere = draft('Horses were quarantined at Cattai.');
    expect(elsewhere.places.map((p) => p.name)).not.toContain('Cattai');
    expect(elsewhere.unplaced).toContainEqual(
      expect.objectContaining({
        text: 'Cattai',
        reason: expect.stringMatching(/a village in a country/),
      }),
    );
  });
});
