import { describe, expect, it } from 'vitest';
import { draftText, placeNamed } from './draft-text';

const draft = draftText;
type Draft = ReturnType<typeof draft>;
const place = placeNamed;
const unplaced = (d: Draft, text: string) => d.unplaced.find((u) => u.text === text)?.reason;

describe('what the article says about where it is', { timeout: 60_000 }, () => {
  it('reads a state written short after a town, and only there', () => {
    const d = draft(
      'White powder was found at a courthouse in Buffalo, N.Y. on Monday. The samples went to Trenton, NJ, and to Albany, NY.',
      'NY officials said nothing.',
    );
    expect(place(d, 'New York')).toMatchObject({ ref: 'admin1:US-NY', review: false });
    expect(place(d, 'New York')?.aliases).toEqual(expect.arrayContaining(['N.Y.', 'NY']));
    expect(place(d, 'New Jersey')).toMatchObject({ ref: 'admin1:US-NJ' });
    // The town beside it is of that state's country.
    expect(place(d, 'Buffalo')?.reason).toMatch(/^Buffalo, US/);
    expect(d.unplaced.map((u) => u.text)).not.toContain('N.Y. on');
  });

  it('reads Canada’s and Australia’s short forms, the article deciding between two states', () => {
    const d = draft('Horses were held at Dubbo, NSW, and at Broome, WA. Perth is quiet too.');
    expect(place(d, 'New South Wales')).toMatchObject({ ref: 'admin1:AU-NSW' });
    // "WA" is Washington's code as well; New South Wales and Perth put the story in Australia.
    expect(place(d, 'Western Australia')).toMatchObject({ ref: 'admin1:AU-WA' });
    const b = draft('The tour ends in Victoria, B.C. on Friday.');
    expect(place(b, 'British Columbia')).toMatchObject({ ref: 'admin1:CA-BC' });
    expect(place(b, 'Victoria')?.reason).toMatch(/^Victoria, CA/);
  });

  it('prefers the town of a name that lies in a division the article names', () => {
    // Nine Philippine towns are called Mabini; one is in Bohol.
    const d = draft(
      'Children fell ill in Mabini, a town in Bohol province of the Philippines, on Thursday.',
    );
    const mabini = place(d, 'Mabini');
    expect(mabini?.ref).toBe('city:1704591');
    expect(mabini?.review).toBe(false);
  });

  it('reads the town before a town’s office as a place, not before a national office', () => {
    const d = draft(
      'The Philippines reported cases. The Ubay Mayor Juan Cruz and the Mabini Vice-Mayor Ester Tabigue spoke.',
      'The US Energy Secretary spoke too.',
    );
    expect(place(d, 'Ubay')).toBeDefined();
    expect(place(d, 'Mabini')).toBeDefined();
    // Hyphened titles are titles: the name after one is a person's.
    expect(d.notPlaces.find((n) => n.text === 'Ester Tabigue')?.reason).toBe(
      'a person (after a title)',
    );
    expect(place(d, 'Energy')).toBeUndefined();
  });

  it('drafts a seat GeoNames gives no population for, for review, in its country’s story', () => {
    const d = draft('An Indonesian woman from Sukoharjo died. Indonesian officials said so.');
    expect(place(d, 'Sukoharjo')).toMatchObject({ ref: 'city:1626272', review: true });
    const away = draft('A woman from Sukoharjo died.');
    expect(place(away, 'Sukoharjo')).toBeUndefined();
    expect(unplaced(away, 'Sukoharjo')).toMatch(/a village in a country the article does not name/);
  });

  it('keeps a village for review however sure the context is', () => {
    // Choropampa, Peru: 320 people by GeoNames, in Cajamarca, which the text names.
    const d = draft('Mercury spilled near Choropampa, in Cajamarca, Peru. Peru sued.');
    expect(place(d, 'Choropampa')?.review).toBe(true);
  });

  it('does not read the start of a town’s name as the town', () => {
    const d = draft(
      'Taco Bell, owned by Yum Brands, shut stores on Long Island and in New Jersey, United States.',
      'The team flew to Acapulco, Mexico.',
    );
    expect(place(d, 'Yum')).toBeUndefined();
    expect(d.places.find((p) => p.reason.startsWith('Long Island City'))).toBeUndefined();
    // Acapulco de Juárez is called so.
    expect(place(d, 'Acapulco')?.ref).toBe('city:3533462');
  });

  it('flags a country named only by its adjective once or twice, not one named so often', () => {
    const d = draft(
      'A French tourist fell ill in Kenya. Kenyan doctors, Kenyan nurses and Kenyan officials helped.',
    );
    expect(place(d, 'France')).toMatchObject({ review: true });
    expect(place(d, 'France')?.reason).toMatch(/named only by its adjective, once$/);
    expect(place(d, 'Kenya')?.review).toBe(false);
    // With towns of its own in the article, it is a place of the story.
    const b = draft('Bulgarian officials closed the river port of Ruse and the port of Vidin.');
    expect(place(b, 'Bulgaria')?.review).toBe(false);
  });

  it('reads a news agency named like a town as the agency', () => {
    const d = draft('Chinese state media Xinhua reported the case in Beijing.');
    expect(place(d, 'Xinhua')).toBeUndefined();
    expect(place(d, 'Beijing')).toBeDefined();
  });

  it('reads a division after a town and a comma as the division, not a city of its name', () => {
    const d = draft('White powder was found at a courthouse in downtown Buffalo, New York.');
    expect(d.places.map((p) => p.ref)).toContain('admin1:US-NY');
    expect(d.places.map((p) => p.ref)).not.toContain('city:5128581');
    // Not a town of another country: Trinidad's San Fernando is no division of Los Angeles.
    const la = draft(
      'Letters went to Hollywood, Los Angeles, San Fernando Valley and Santa Monica.',
    );
    expect(la.places.map((p) => p.ref)).not.toContain('admin1:TT-SFO');
    expect(la.places.map((p) => p.name)).not.toContain('Valley');
  });

  it('reads a name listed beside a country as the country', () => {
    const d = draft(
      'Nigerian officials said polio persists in Nigeria. The WHO declared Egypt and Niger free of it.',
    );
    expect(d.places.map((p) => p.ref)).toContain('country:NER');
    expect(d.places.map((p) => p.ref)).not.toContain('admin1:NG-NI');
  });

  it('keeps a state of the article’s country before a great city of another by that name', () => {
    // GeoNames also calls Hong Kong "Victoria".
    const d = draft(
      'Australia banned horse movements: New South Wales and Victoria closed their tracks, and NSW stables stayed shut.',
    );
    expect(place(d, 'Victoria')).toMatchObject({ ref: 'admin1:AU-VIC' });
    // "NSW" is nothing else, and read wherever it stands.
    expect(place(d, 'New South Wales')?.aliases).toContain('NSW');
  });

  it('reads "Australia and New Zealand" as the two countries, not the UN’s region', () => {
    const d = draft('Flu reached Australia and New Zealand this week.');
    expect(d.places.map((p) => p.ref)).toEqual(
      expect.arrayContaining(['country:AUS', 'country:NZL']),
    );
    expect(d.places.map((p) => p.kind)).not.toContain('region');
  });

  it('keeps a name the Arabic article or a feature’s word ends whole', () => {
    const d = draft('He was treated in Bab el-Oued hospital in Algiers, Algeria.');
    // El Oued is a town 500 km away.
    expect(d.places.map((p) => p.name)).not.toContain('El Oued');
    expect([...d.unplaced, ...d.notPlaces].map((u) => u.text)).toContain('Bab el-Oued');
  });

  it('reads England’s regions written with its name', () => {
    const d = draft('Three died at a caravan park in Cornwall in South West England.');
    expect(d.places.map((p) => p.ref)).toContain('admin1:GBR/South West');
  });
});
