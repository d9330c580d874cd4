/**
 * Places a news story names that are no single entry of the gazetteer: the common names of UN
 * regions ("West Asia", "the Middle East"), unions and historical states drawn as their
 * countries ("the European Union", "the Soviet Union"), concepts ("the West"), and regions with
 * no outline drawn at their capital ("Chechnya"). States and provinces are the gazetteer's own
 * (gazetteer/admin1).
 */
import type { Kind } from '../../core/kinds';

export interface Group {
  name: string;
  kind: Kind;
  /** One reference or a list (a union), in the grammar of core/ref. */
  ref: string | string[];
  /** Forms the text may use besides the name ("European" for Europe). */
  forms?: string[];
  /** Proposed for review: a concept or historical reading is the editor's call. */
  review?: string;
}

const EU =
  'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE'.split(
    ' ',
  );
const countriesRef = (codes: string[]) => codes.map((c) => `country:${c}`);

/** The fifteen Soviet republics, the borders of 1991 as today's countries. */
const USSR = 'RUS UKR BLR EST LVA LTU MDA GEO ARM AZE KAZ UZB TKM KGZ TJK'.split(' ');

/** The Middle East as the AP Stylebook's list of countries (Egypt, Iran and Turkey included). */
const MIDDLE_EAST = 'BHR CYP EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM'.split(
  ' ',
);

/** The Balkans of most atlases: the former Yugoslavia, Albania, Bulgaria and Greece. */
const BALKANS = 'ALB BIH BGR HRV GRC UNK MNE MKD SRB SVN'.split(' ');

/** Countries' former names, drawn as the country of today. */
const FORMER: [string, string][] = [
  ['Zaire', 'COD'],
  ['Ceylon', 'LKA'],
  ['Rhodesia', 'ZWE'],
  ['Siam', 'THA'],
  ['Persia', 'IRN'],
  ['Dahomey', 'BEN'],
  ['Upper Volta', 'BFA'],
  ['Bechuanaland', 'BWA'],
  ['Basutoland', 'LSO'],
  ['Kampuchea', 'KHM'],
  ['Abyssinia', 'ETH'],
];

/** The Gulf states of the Gulf Cooperation Council. */
const GULF_STATES = 'BHR KWT OMN QAT SAU ARE'.split(' ');

export const GROUPS: Group[] = [
  { name: 'West Asia', kind: 'region', ref: 'region:Western Asia' },
  { name: 'Western Asia', kind: 'region', ref: 'region:Western Asia' },
  { name: 'South Asia', kind: 'region', ref: 'region:Southern Asia', forms: ['South Asian'] },
  { name: 'Southern Asia', kind: 'region', ref: 'region:Southern Asia' },
  { name: 'East Asia', kind: 'region', ref: 'region:Eastern Asia', forms: ['East Asian'] },
  { name: 'Eastern Asia', kind: 'region', ref: 'region:Eastern Asia' },
  {
    name: 'Southeast Asia',
    kind: 'region',
    ref: 'region:South-Eastern Asia',
    forms: ['Southeast Asian'],
  },
  { name: 'South-East Asia', kind: 'region', ref: 'region:South-Eastern Asia' },
  { name: 'South-Eastern Asia', kind: 'region', ref: 'region:South-Eastern Asia' },
  { name: 'Central Asia', kind: 'region', ref: 'region:Central Asia', forms: ['Central Asian'] },
  { name: 'North Africa', kind: 'region', ref: 'region:Northern Africa', forms: ['North African'] },
  { name: 'Northern Africa', kind: 'region', ref: 'region:Northern Africa' },
  { name: 'West Africa', kind: 'region', ref: 'region:Western Africa', forms: ['West African'] },
  { name: 'East Africa', kind: 'region', ref: 'region:Eastern Africa', forms: ['East African'] },
  { name: 'Southern Africa', kind: 'region', ref: 'region:Southern Africa' },
  { name: 'Central Africa', kind: 'region', ref: 'region:Middle Africa' },
  {
    name: 'Western Europe',
    kind: 'region',
    ref: 'region:Western Europe',
    forms: ['Western European'],
  },
  {
    name: 'Eastern Europe',
    kind: 'region',
    ref: 'region:Eastern Europe',
    forms: ['Eastern European'],
  },
  {
    name: 'Central Europe',
    kind: 'region',
    ref: 'region:Central Europe',
    forms: ['Central European'],
  },
  { name: 'Northern Europe', kind: 'region', ref: 'region:Northern Europe' },
  { name: 'Southern Europe', kind: 'region', ref: 'region:Southern Europe' },
  { name: 'Southeast Europe', kind: 'region', ref: 'region:Southeast Europe' },
  {
    name: 'Central America',
    kind: 'region',
    ref: 'region:Central America',
    forms: ['Central American'],
  },
  { name: 'North America', kind: 'region', ref: 'region:North America', forms: ['North American'] },
  { name: 'South America', kind: 'region', ref: 'region:South America', forms: ['South American'] },
  {
    name: 'Latin America',
    forms: ['Latin American'],
    kind: 'region',
    ref: ['region:South America', 'region:Central America'],
  },
  { name: 'Caribbean', kind: 'region', ref: 'region:Caribbean', forms: ['the Caribbean'] },
  { name: 'Europe', kind: 'region', ref: 'continent:Europe', forms: ['European'] },
  { name: 'Asia', kind: 'region', ref: 'region:Asia', forms: ['Asian'] },
  { name: 'Africa', kind: 'region', ref: 'continent:Africa', forms: ['African'] },
  { name: 'Oceania', kind: 'region', ref: 'continent:Oceania' },
  { name: 'Antarctica', kind: 'region', ref: 'continent:Antarctica' },
  { name: 'Americas', kind: 'region', ref: 'region:Americas', forms: ['the Americas'] },
  { name: 'Eurasia', kind: 'region', ref: ['continent:Europe', 'continent:Asia'] },
  {
    name: 'Middle East',
    kind: 'region',
    ref: countriesRef(MIDDLE_EAST),
    forms: ['Mideast', 'Middle Eastern'],
  },
  { name: 'Balkans', kind: 'region', ref: countriesRef(BALKANS), forms: ['the Balkans'] },
  { name: 'Gulf states', kind: 'region', ref: countriesRef(GULF_STATES) },
  {
    name: 'European Union',
    kind: 'region',
    ref: countriesRef(EU),
    forms: ['EU'],
  },
  {
    name: 'Soviet Union',
    kind: 'historical',
    ref: countriesRef(USSR),
    forms: ['USSR', 'Soviet'],
    review: 'historical: drawn as its 15 republics',
  },
  ...FORMER.map(([name, iso3]): Group => ({
    name,
    kind: 'historical',
    ref: `country:${iso3}`,
    review: `historical: a former name, drawn as the country of today (${iso3})`,
  })),
  {
    name: 'The West',
    kind: 'concept',
    ref: countriesRef([...EU, 'GBR', 'NOR', 'CHE', 'ISL', 'USA', 'CAN', 'AUS', 'NZL']),
    forms: ['West', 'Western'],
    review: 'concept: drawn as the EU, the UK, EFTA, North America, Australia and New Zealand',
  },
];

/**
 * Regions with no outline in the gazetteer, drawn as an approximate point at their capital
 * (looked up in GeoNames by name and country, ISO 3166-1 alpha-2). Chechnya, Tibet, Catalonia,
 * Darfur and Iraq's Kurdistan are states, provinces or regions of gazetteer/admin1, with outlines.
 */
export const APPROXIMATE: { name: string; capital: string; country: string; note: string }[] = [
  { name: 'Kashmir', capital: 'Srinagar', country: 'IN', note: 'A disputed region' },
  { name: 'Donbas', capital: 'Donetsk', country: 'UA', note: 'A region of eastern Ukraine' },
];
