/**
 * Geometry by reference: a place may name its shape in an offline gazetteer instead of
 * carrying it (`"ref": "country:TUN"`, `"geometry": null`), resolved when the site is built.
 * This module is the grammar and the rules of which kind of place takes which reference; the
 * gazetteer that resolves them is build-time only (lib/server/gazetteer).
 *
 *   country:<ISO 3166-1 alpha-3>             country:TUN
 *   region:<UN region or subregion name>     region:Western Asia
 *   continent:<name>                         continent:Europe
 *   city:<GeoNames id>                       city:2464470
 *   water:<Natural Earth name>               water:Mediterranean Sea   (seas, gulfs, oceans, lakes)
 *   river:<Natural Earth name>               river:Danube
 *   feature:<Natural Earth name>             feature:Sahara            (ranges, deserts, islands)
 *   admin1:<ISO 3166-2> or <ISO3>/<name>      admin1:US-TX, admin1:AUS/Queensland (states, provinces)
 *   admin2:<US state's ISO 3166-2>/<county>  admin2:US-TX/Dallas        (US counties and parishes)
 *
 * A list of references is their union: ["country:SYR", "country:IRQ"].
 */
import type { Geometry } from 'geojson';
import type { Kind } from './kinds';

export const REF_TYPES = [
  'country',
  'region',
  'continent',
  'city',
  'water',
  'river',
  'feature',
  'admin1',
  'admin2',
] as const;
export type RefType = (typeof REF_TYPES)[number];

export interface Ref {
  type: RefType;
  /** What follows the colon, trimmed. */
  value: string;
  /** The reference as written. */
  text: string;
}

export interface RefProblem {
  problem: string;
  fix: string;
}

const FORM = /^([a-z][a-z0-9]*):(.*)$/;

/** A state or province by its ISO 3166-2 code (`US-TX`), the first of `admin1:`'s two forms. */
export const ADMIN1_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
/** The second: its country's ISO 3166-1 alpha-3 and its name (`USA/Texas`). */
export const ADMIN1_NAMED = /^([A-Z]{3})\/(.+)$/;

/** A US county or parish: its state's ISO 3166-2 code and its name (`US-LA/Jefferson`). */
export const ADMIN2_NAMED = /^(US-[A-Z]{2})\/(.+)$/;

/** Reads one reference, or says what is wrong with its form. */
export function parseRef(text: string): Ref | RefProblem {
  const m = FORM.exec(text.trim());
  const types = REF_TYPES.map((t) => `${t}:`).join(', ');
  if (!m)
    return {
      problem: `ref "${text}" is not of the form <type>:<name>`,
      fix: `Start it with one of ${types}; for example "country:IRQ" or "city:99072".`,
    };
  const [, type, rest] = m;
  const value = rest.trim();
  if (!(REF_TYPES as readonly string[]).includes(type))
    return { problem: `ref "${text}" has an unknown type "${type}"`, fix: `Use one of ${types}.` };
  if (!value)
    return { problem: `ref "${text}" names nothing`, fix: `Write a name after "${type}:".` };
  if (type === 'country' && !/^[A-Z]{3}$/.test(value))
    return {
      problem: `ref "${text}" is not an ISO 3166-1 alpha-3 code`,
      fix: 'Use three capital letters, e.g. "country:IRQ" for Iraq.',
    };
  if (type === 'admin1' && !ADMIN1_CODE.test(value) && !ADMIN1_NAMED.test(value))
    return {
      problem: `ref "${text}" is neither an ISO 3166-2 code nor <ISO3>/<name>`,
      fix: 'Write the state or province as "admin1:US-TX" or "admin1:USA/Texas".',
    };
  if (type === 'admin2' && !ADMIN2_NAMED.test(value))
    return {
      problem: `ref "${text}" is not <state's ISO 3166-2>/<county>`,
      fix: 'Write a US county or parish as "admin2:US-TX/Dallas" or "admin2:US-LA/Jefferson Parish".',
    };
  if (type === 'city' && !/^\d+$/.test(value))
    return {
      problem: `ref "${text}" is not a GeoNames id`,
      fix: 'Use the number of the place in GeoNames, e.g. "city:99072" for Mosul (`npm run draft` finds them).',
    };
  return { type: type as RefType, value, text };
}

/** Which references each kind of place may be drawn from. */
export const REF_TYPES_FOR_KIND: Record<Kind, readonly RefType[]> = {
  city: ['city'],
  country: ['country'],
  region: ['region', 'continent', 'country', 'feature', 'admin1', 'admin2'],
  historical: ['country', 'region', 'continent', 'admin1', 'admin2'],
  concept: ['country', 'region', 'continent', 'water', 'feature', 'admin1', 'admin2'],
  water: ['water', 'river'],
  landmark: ['city', 'feature'],
  route: ['river'],
};

/** The gazetteer, as the story builder sees it: a reference to its geometry, or a problem. */
export type Resolver = (ref: Ref) => { geometry: Geometry } | RefProblem;
