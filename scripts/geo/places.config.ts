/**
 * The places of the bundled story, as sources: which Natural Earth countries (ISO 3166-1
 * numeric ids in world-atlas), which UN regions and subregions (from world-countries), or which
 * point. `npm run geo` turns this into `geo/places.geojson`, the file the story contract reads.
 * A newsroom with its own story may edit `geo/places.geojson` by hand instead.
 */
export type Members =
  | { iso3: string[] }
  | { region: string; except?: string[] }
  | { subregion: string; except?: string[] }
  | { regions: string[]; except?: string[] };

export interface PlaceSource {
  id: string;
  name: string;
  kind: 'city' | 'country' | 'region' | 'historical' | 'concept';
  aliases: string[];
  /** [lng, lat] for a city or an approximate place. */
  point?: [number, number];
  members?: Members;
  approximate?: boolean;
  note?: string;
}

/** The 28 member states of the European Union when the article was written (late 2016). */
export const EU_2016 = [
  'AUT',
  'BEL',
  'BGR',
  'HRV',
  'CYP',
  'CZE',
  'DNK',
  'EST',
  'FIN',
  'FRA',
  'DEU',
  'GRC',
  'HUN',
  'IRL',
  'ITA',
  'LVA',
  'LTU',
  'LUX',
  'MLT',
  'NLD',
  'POL',
  'PRT',
  'ROU',
  'SVK',
  'SVN',
  'ESP',
  'SWE',
  'GBR',
];

/** The 15 union republics of the Soviet Union (1956–1991). */
export const USSR = [
  'RUS',
  'UKR',
  'BLR',
  'EST',
  'LVA',
  'LTU',
  'MDA',
  'GEO',
  'ARM',
  'AZE',
  'KAZ',
  'UZB',
  'TKM',
  'KGZ',
  'TJK',
];

/** What "the West" stands for in this article: the EU, the rest of Western Europe, North America, Australia and New Zealand. */
export const WEST = [...EU_2016, 'NOR', 'CHE', 'ISL', 'USA', 'CAN', 'AUS', 'NZL'];

export const places: PlaceSource[] = [
  // Cities: coordinates of the city centres (GeoNames), rounded to 0.001° (about 100 m).
  { id: 'mosul', name: 'Mosul', kind: 'city', aliases: [], point: [43.119, 36.335] },
  {
    id: 'dabiq',
    name: 'Dabiq',
    kind: 'city',
    aliases: [],
    point: [37.27, 36.538],
    note: 'A town in northern Syria, 35 km north-east of Aleppo.',
  },
  { id: 'aleppo', name: 'Aleppo', kind: 'city', aliases: [], point: [37.134, 36.202] },
  { id: 'iraq', name: 'Iraq', kind: 'country', aliases: ['Iraqi'], members: { iso3: ['IRQ'] } },
  { id: 'syria', name: 'Syria', kind: 'country', aliases: [], members: { iso3: ['SYR'] } },
  {
    id: 'afghanistan',
    name: 'Afghanistan',
    kind: 'country',
    aliases: ['Afghan'],
    members: { iso3: ['AFG'] },
  },
  { id: 'algeria', name: 'Algeria', kind: 'country', aliases: [], members: { iso3: ['DZA'] } },
  {
    id: 'bosnia-and-herzegovina',
    name: 'Bosnia and Herzegovina',
    kind: 'country',
    aliases: [],
    members: { iso3: ['BIH'] },
  },
  { id: 'russia', name: 'Russia', kind: 'country', aliases: [], members: { iso3: ['RUS'] } },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'country',
    aliases: ['US'],
    members: { iso3: ['USA'] },
  },
  {
    id: 'chechnya',
    name: 'Chechnya',
    kind: 'region',
    aliases: [],
    point: [45.7, 43.4],
    approximate: true,
    note: 'A republic of Russia. The boundary data has no outline for it, so it is shown as an approximate point.',
  },
  {
    id: 'kashmir',
    name: 'Kashmir',
    kind: 'region',
    aliases: [],
    point: [75.5, 34.5],
    approximate: true,
    note: 'A disputed region divided between India, Pakistan and China. It has no agreed boundary, so it is shown as an approximate point.',
  },
  {
    id: 'soviet-union',
    name: 'Soviet Union',
    kind: 'historical',
    aliases: [],
    members: { iso3: USSR },
    note: 'Drawn with the borders it had until 1991: its 15 union republics.',
  },
  {
    id: 'europe',
    name: 'Europe',
    kind: 'region',
    aliases: ['European'],
    members: { region: 'Europe', except: ['RUS'] },
    note: 'The countries of the UN region Europe; Russia, which spans two continents, is drawn on its own.',
  },
  {
    id: 'european-union',
    name: 'European Union',
    kind: 'region',
    aliases: ['EU'],
    members: { iso3: EU_2016 },
    note: 'Drawn with its 28 member states at the time of writing (2016), the United Kingdom among them.',
  },
  {
    id: 'west-asia',
    name: 'West Asia',
    kind: 'region',
    aliases: [],
    members: { subregion: 'Western Asia' },
    note: 'The UN subregion Western Asia, often called the Middle East.',
  },
  {
    id: 'eurasia',
    name: 'Eurasia',
    kind: 'region',
    aliases: [],
    members: { regions: ['Europe', 'Asia'] },
    note: 'The countries of the UN regions Europe and Asia.',
  },
  {
    id: 'north-america',
    name: 'North America',
    kind: 'region',
    aliases: [],
    members: { subregion: 'North America' },
    note: 'Canada, the United States, Mexico, Greenland and nearby islands (the subregion North America in the world-countries data).',
  },
  {
    id: 'asia',
    name: 'Asia',
    kind: 'region',
    aliases: [],
    members: { region: 'Asia' },
    note: 'The countries of the UN region Asia.',
  },
  {
    id: 'southeast-asia',
    name: 'Southeast Asia',
    kind: 'region',
    aliases: [],
    members: { subregion: 'South-Eastern Asia' },
    note: 'The UN subregion South-eastern Asia.',
  },
  {
    id: 'central-asia',
    name: 'Central Asia',
    kind: 'region',
    aliases: [],
    members: { subregion: 'Central Asia' },
    note: 'The UN subregion Central Asia: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.',
  },
  {
    id: 'north-africa',
    name: 'North Africa',
    kind: 'region',
    aliases: [],
    members: { subregion: 'Northern Africa' },
    note: 'The UN subregion Northern Africa.',
  },
  {
    id: 'the-west',
    name: 'The West',
    kind: 'concept',
    aliases: ['West', 'Western'],
    members: { iso3: WEST },
    note: 'A concept, not a place. Drawn as the countries it usually stands for: the European Union and the rest of Western Europe, the United States and Canada, Australia and New Zealand.',
  },
];
