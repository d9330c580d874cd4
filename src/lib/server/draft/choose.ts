/**
 * Picks one reading for each name the article uses, from the article's own context: the
 * countries it names, the other places it names (their countries and neighbours), population
 * and feature class. "Tripoli" in a story that names Libya is Libya's; "Georgia" beside
 * "Tbilisi" is the country, beside "Atlanta" the US state.
 */
import { isAcronym } from '../../core/mentions';
import { fold } from '../gazetteer/names';
import { describe, type Reading } from './lexicon';
import type { Candidate } from './candidate';
import { inNamedDivision, isListed, support, type Context } from './context';

export interface Choice {
  /** The folded form all these candidates share. */
  key: string;
  candidates: Candidate[];
  reading: Reading;
  confidence: number;
  reason: string;
  /** The readings set aside (at most four), described by `describe` in the review table. */
  others: Reading[];
}

export interface Unchosen {
  key: string;
  candidates: Candidate[];
  reason: string;
}

/** Below this a name is not drafted at all; below REVIEW it is drafted for review. */
export const ACCEPT = 0.5;
export const REVIEW = 0.7;

/** A city's score: population (1,000 → 0, 10 million → 1), its country in the article, rank. */
/** `self`: the name is this town's alone among towns of 10,000 (it named its state itself). */
function cityScore(r: Reading, ctx: Context, initialOnly: boolean, self = false): number {
  const c = r.city!;
  const pop = Math.min(1, Math.max(0, (Math.log10(Math.max(c.population, 1)) - 3) / 4));
  const s = support(ctx, r.countries[0]);
  let score = 0.25 + 0.4 * pop + Math.min(0.35, 0.25 * s);
  if (c.featureCode === 'PPLC') score += 0.1;
  else if (c.featureCode === 'PPLA') score += 0.05;
  // A US town in a state the article names otherwise ("Irvine, California"): not counting the
  // town's own name. GeoNames' admin1 codes are ISO 3166-2's for the United States only.
  const own = c.population >= 10_000 && self ? 1 : 0;
  if (c.countryCode === 'US' && (ctx.states?.get(`US-${c.admin1}`) ?? 0) > own) score += 0.1;
  // Elsewhere, by the outline of the division ("Mabini" in a story about Bohol).
  else if (c.countryCode !== 'US' && inNamedDivision(ctx, c)) score += 0.1;
  if (r.via === 'alt') score -= 0.1;
  if (initialOnly) score -= 0.1;
  return Math.min(0.97, score);
}

const BASE: Record<Reading['via'], number> = { name: 0.95, alt: 0.85, demonym: 0.9 };

/** Scores every reading of one name; the highest wins. */
function score(r: Reading, ctx: Context, initialOnly: boolean, all: Reading[]): number {
  switch (r.type) {
    case 'country':
      return BASE[r.via] - (initialOnly && r.via === 'alt' ? 0.2 : 0);
    case 'group':
      // A former name ("Zaire") is surer in the story of the country it names now.
      if (r.review && r.countries.length === 1)
        return 0.6 + 0.2 * Math.min(1, support(ctx, r.countries[0]));
      return r.review ? 0.6 : 0.9;
    case 'approximate':
      return 0.6;
    case 'feature':
      return 0.85 - 0.03 * (r.rank ?? 5);
    case 'state': {
      const own = support(ctx, r.countries[0]);
      const alone = all.filter((x) => x.type === 'state').length === 1;
      // "Nyanza Province": firm in its country's story or with no namesake, else for review.
      if (r.suffixed) return own >= 1 ? 0.95 : alone ? 0.85 : 0.6 + Math.min(0.09, 0.1 * own);
      // A state beats a country of its name only when the article is about the state's country
      // more than about that one: "Georgia" with "Atlanta", not with "Tbilisi". Alone, a state
      // is firm once its country, or a place in it, is in the article too.
      const rival = all.find((x) => x.type === 'country');
      // A division named like its own country ("México", "Panamá") is, in news text, the
      // country; one named like a town of its own country is the town, its seat ("Nairobi",
      // "Kisumu", "Tokyo"), unless written "Kisumu County".
      if (rival?.countries[0] === r.countries[0]) return 0.3;
      // After a town and a comma, a division is the division ("Buffalo, New York").
      if (typeof r.ref === 'string' && ctx.afterTowns?.has(r.ref)) return 0.97;
      // In a list of its country's divisions, a division before a city of its name (New York).
      const listed = isListed(ctx, r);
      if (listed && own >= 1) return 0.98;
      // So is one drawn as a point at a seat of its name ("the town of Isiolo"): the town is
      // that very point, and the likelier reading.
      const seat = all.some(
        (x) =>
          x.type === 'city' &&
          x.via === 'name' &&
          x.countries[0] === r.countries[0] &&
          ((x.city?.population ?? 0) >= 50_000 || (!!r.seat && fold(x.name) === fold(r.seat))),
      );
      if (seat && !listed) return 0.4;
      if (rival && own > support(ctx, rival.countries[0], rival.countries)) return 0.96;
      if (rival) return 0.3;
      // Its country's other divisions named too: more than a town of its name elsewhere.
      const peers = (ctx.divisions?.get(r.countries[0]) ?? 0) - (alone ? 1 : 0);
      // By another name than its own or English one ("Kashmir", Azad Kashmir's): less sure.
      const other = r.via === 'alt' ? 0.1 : 0;
      return 0.6 + Math.min(0.3, 0.15 * own) + (peers > 0 || listed ? 0.06 : 0) - other;
    }
    case 'county': {
      // "Orange County" is California's beside Anaheim, Florida's beside Orlando, for review
      // beside both; alone, it is firm only when one state has a county of that name.
      const namesakes = all.filter((x) => x.type === 'county');
      const inContext = namesakes.filter((x) => x.state && ctx.states?.has(x.state));
      if (r.state && ctx.states?.has(r.state)) return inContext.length === 1 ? 0.93 : 0.65;
      return namesakes.length === 1 ? 0.8 : 0.6;
    }
    case 'city': {
      // A country's own name is the country, even where its capital is called so too and the
      // article names places around it ("Panama", "Kuwait", "Djibouti").
      const country = all.some((x) => x.type === 'country' && x.via === 'name');
      const towns = all.filter((x) => x.type === 'city' && (x.city?.population ?? 0) >= 10_000);
      const self = r.via === 'name' && towns.length === 1 && towns[0] === r;
      return Math.min(cityScore(r, ctx, initialOnly, self), country ? 0.9 : 1);
    }
  }
}

/**
 * Why a town is too slight a reading for the name, if it is: a village, or a town known by
 * another name, outside its country's story. GeoNames gives no population (0) for many seats
 * of districts (Sukoharjo, a regency's seat): such a seat counts as a village does.
 */
function implausible(r: Reading, ctx: Context, key: string): string | undefined {
  if (r.type !== 'city') return undefined;
  const pop = r.city?.population ?? 0;
  // A word cut short, or a name without "City", is not the town's name: "Yum" is not Yuma,
  // "Long Island" not Long Island City, "Jersey" not Jersey City, though GeoNames lists them
  // so. "Acapulco" is Acapulco de Juárez; a city of millions is called so ("New York").
  const own = fold(r.name);
  const rest = own.startsWith(key) ? own.slice(key.length) : '';
  if (r.via === 'alt' && /^(?:[a-z]| city$)/.test(rest) && pop < 1e6)
    return `only ${describe(r)}, whose name only starts so`;
  const home = support(ctx, r.countries[0]) >= 1;
  const seat = /^PPL[AC]/.test(r.city?.featureCode ?? '');
  // A village of its name only in its country's story (Cattai, Choropampa): for review.
  if (r.via === 'name')
    return pop >= 1000 || ((pop > 0 || seat) && home)
      ? undefined
      : `only ${describe(r)}, a village in a country the article does not name`;
  if (pop >= 1e6 || (pop >= 10_000 && home)) return undefined;
  return home
    ? `only ${describe(r)}, known by another name, and under 10,000 people`
    : `only ${describe(r)}, known by another name, in a country the article does not name`;
}

/** One reading per name. */
export function choose(
  groups: Map<string, Candidate[]>,
  ctx: Context,
): { choices: Choice[]; unchosen: Unchosen[] } {
  const choices: Choice[] = [];
  const unchosen: Unchosen[] = [];
  for (const [key, cands] of groups) {
    const initialOnly = cands.every((c) => c.sentenceInitial);
    const all = cands[0].readings;
    // An acronym names a town or a feature only when it is the place's own name, written so, or
    // the article spells the place out: "CDC" is not Cedar City, which GeoNames also calls so,
    // and "BA" is not the river Ba. Countries' short forms (US, UAE) stay.
    const form = cands[0].form;
    const acronym = isAcronym(form);
    const townOrFeature = (r: Reading) => r.type === 'city' || r.type === 'feature';
    const namedInFull = (r: Reading) => fold(r.name) !== key && groups.has(fold(r.name));
    // The same letters are the place's own name in capitals ("TRIPOLI (AFP) —"), unless so
    // short that capitals make another word of them ("BA" is not "Ba").
    const spelledOut = (r: Reading) =>
      fold(r.name) === key ? form.length >= 4 || r.name === form : namedInFull(r);
    const readings = all.filter(
      (r) => !implausible(r, ctx, key) && !(acronym && townOrFeature(r) && !spelledOut(r)),
    );
    if (!readings.length) {
      const best = all[0];
      unchosen.push({
        key,
        candidates: cands,
        reason: !best
          ? 'no reading'
          : acronym && townOrFeature(best)
            ? `an acronym the article does not spell out: ${describe(best)} goes by it too`
            : (implausible(best, ctx, key) ?? `no reading of ${describe(best)} fits`),
      });
      continue;
    }
    // An acronym of a place the article spells out is that place ("LA" after "Los Angeles").
    // "Santa Maria, Davao del Sur": a town of that division's country.
    const anchor = (r: Reading) =>
      r.type === 'city' && ctx.anchored?.get(key) === r.countries[0] ? 0.15 : 0;
    const scored = readings
      .map((r) => {
        // A village (Choropampa, 320 people) is for review however it is read: villages share
        // their names more than towns do, and GeoNames has not all of them.
        const village = r.type === 'city' && (r.city?.population ?? 0) < 1000;
        const s = Math.min(
          village ? REVIEW - 0.01 : 1,
          score(r, ctx, initialOnly, readings) + anchor(r),
        );
        // In a list beside a country's name, a name that is a country is that country.
        const listed = r.type === 'country' && ctx.countryListed?.has(key);
        const floor = acronym && namedInFull(r) ? 0.9 : listed ? 0.97 : 0;
        return { r, s: Math.max(s, floor) };
      })
      .sort((a, b) => b.s - a.s);
    // A city of half a million people is what a news story means by its name, more than a minor
    // river or island ("Washington" is the capital, not the state); by another name, a city of
    // millions: "Oklahoma" is the state, not Oklahoma City; "New York" is New York City.
    const big = scored.find(
      (x) => x.r.type === 'city' && (x.r.city?.population ?? 0) >= (x.r.via === 'name' ? 5e5 : 5e6),
    );
    // Not where the article is about the state's country and not the city's ("Victoria" in an
    // Australian story is not Hong Kong, which GeoNames also calls so).
    if (
      big &&
      ['feature', 'state'].includes(scored[0].r.type) &&
      scored[0].s < 0.9 &&
      !isListed(ctx, scored[0].r) &&
      (scored[0].r.type !== 'state' ||
        support(ctx, big.r.countries[0]) >= support(ctx, scored[0].r.countries[0]))
    ) {
      scored.splice(scored.indexOf(big), 1);
      scored.unshift(big);
    }
    const [top, ...rest] = scored;
    // A river, range, region or small town named like a company the text talks of as one.
    const disease = ctx.diseases?.get(key);
    if (disease) {
      unchosen.push({
        key,
        candidates: cands,
        reason: `names a disease ("${disease}"), not ${describe(top.r)}`,
      });
      continue;
    }
    const company = ctx.companies?.get(key);
    const yields =
      top.r.type === 'feature' ||
      top.r.type === 'state' ||
      (top.r.type === 'city' && (top.r.city?.population ?? 0) < 100_000);
    if (company && yields) {
      unchosen.push({
        key,
        candidates: cands,
        reason: `used as a company's name ("${company}"), not ${describe(top.r)}`,
      });
      continue;
    }
    if (top.s < ACCEPT) {
      unchosen.push({
        key,
        candidates: cands,
        reason: `too weak: best reading ${describe(top.r)} (confidence ${top.s.toFixed(2)})`,
      });
      continue;
    }
    const reason =
      top.r.review ??
      (top.r.type === 'city'
        ? `${describe(top.r)}${support(ctx, top.r.countries[0]) >= 1 ? '; its country is in the article' : ''}`
        : top.r.via === 'demonym'
          ? `demonym of ${top.r.name}`
          : `${top.r.type} ${top.r.via === 'alt' ? 'by another name' : 'by name'}`);
    choices.push({
      key,
      candidates: cands,
      reading: top.r,
      confidence: Math.round(top.s * 100) / 100,
      reason,
      others: rest.slice(0, 4).map((x) => x.r),
    });
  }
  return { choices, unchosen };
}
