/**
 * What the article says about where it is, for choosing between readings (choose.ts): the
 * countries it names and how often, the states and provinces it names, the lists of
 * divisions, and the outlines of the divisions it names, which a town lying in is likelier.
 */
import type { City } from '../gazetteer';
import type { Candidate } from './candidate';
import { NEIGHBOURS, type Reading } from './lexicon';
import { listedDivisions } from './lists';
import { contains, outlineOf, type Outline } from './outlines';

/** How strongly the article points at a country: named itself, or its places and neighbours. */
export interface Context {
  /** ISO3 → weight: 1 for each form naming the country, 0.5 for each city or state form in it. */
  weight: Map<string, number>;
  /** Names the text uses as a company's, with the words that show it (companies.ts). */
  companies?: Map<string, string>;
  /** The states the article names, or names a town of (ISO 3166-2): how many names point there. */
  states?: Map<string, number>;
  /** ISO3 → how many of its states and provinces the article names by a name no other has. */
  divisions?: Map<string, number>;
  /** Refs of divisions named in a list of their country's (lists.ts). */
  listed?: Set<string>;
  /** Towns written with their division after a comma, with its country (lists.ts). */
  anchored?: Map<string, string>;
  /** Names the text uses only for a disease ("Hong Kong Flu"), with the words (diseases.ts). */
  diseases?: Map<string, string>;
  /** Refs of divisions written after a town and a comma ("Buffalo, New York"): lists.ts. */
  afterTowns?: Set<string>;
  /** Names written in a list beside a country's ("Egypt and Niger"): lists.ts. */
  countryListed?: Set<string>;
  /** Outlines of the divisions the article names by a name no other division has. */
  outlines?: Outline[];
}

/**
 * Whether a town lies in a division the article names: "Mabini" in a story about Bohol is
 * Bohol's Mabini, not one of the eight other Philippine towns of that name.
 */
export function inNamedDivision(ctx: Context, c: City): boolean {
  return (ctx.outlines ?? []).some((o) => contains(o, c));
}

export function contextOf(
  groups: Map<string, Candidate[]>,
  paragraph: (n: number) => string,
): Context {
  const weight = new Map<string, number>();
  const states = new Map<string, number>();
  const divisions = new Map<string, number>();
  const outlines: Outline[] = [];
  const inState = (code: string) => states.set(code, (states.get(code) ?? 0) + 1);
  const bump = (iso3: string, w: number) => weight.set(iso3, (weight.get(iso3) ?? 0) + w);
  for (const cands of groups.values()) {
    const rs = cands[0].readings;
    const country = rs.find((r) => r.type === 'country');
    if (country) bump(country.countries[0], 1);
    // A city counts for its country only when its name is unambiguous across countries.
    const cities = rs.filter((r) => r.type === 'city' && r.via === 'name');
    const codes = new Set(cities.map((r) => r.countries[0]));
    if (!country && codes.size === 1 && (cities[0].city?.population ?? 0) >= 10_000)
      bump(cities[0].countries[0], 0.5);
    // So does a state no other shares the name of: Texas and Oklahoma together are about the
    // United States, while "Eastern Province" names no country of its own.
    const namesakes = rs.filter((r) => r.type === 'state');
    const state = namesakes.length === 1 ? namesakes[0] : undefined;
    if (!country && state) bump(state.countries[0], 0.5);
    if (state) divisions.set(state.countries[0], (divisions.get(state.countries[0]) ?? 0) + 1);
    if (state && typeof state.ref === 'string') {
      inState(state.ref.slice('admin1:'.length));
      const outline = outlineOf(state.ref);
      if (outline) outlines.push(outline);
    }
    // A US town names its state only when no other town of 10,000 people has its name:
    // "Vancouver" is Washington's and British Columbia's, and says neither.
    const towns = cities.filter((c) => (c.city?.population ?? 0) >= 10_000);
    const inStates = new Set(towns.map((c) => `${c.city!.countryCode}-${c.city!.admin1}`));
    if (towns.length && inStates.size === 1 && towns[0].city!.countryCode === 'US')
      inState([...inStates][0]);
  }
  return { weight, states, divisions, listed: listedDivisions(groups, paragraph), outlines };
}

export const isListed = (ctx: Context, r: Reading) =>
  typeof r.ref === 'string' && !!ctx.listed?.has(r.ref);

/** How much the article is about a country: its own weight, and a little of its neighbours'. */
export function support(ctx: Context, iso3: string, self: string[] = []): number {
  const own = (ctx.weight.get(iso3) ?? 0) - (self.includes(iso3) ? 1 : 0);
  const near = (NEIGHBOURS.get(iso3) ?? []).reduce((s, n) => s + (ctx.weight.get(n) ?? 0), 0);
  return Math.max(0, own) + 0.25 * Math.min(near, 2);
}
