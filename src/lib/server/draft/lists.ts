/**
 * Divisions named in a list of their country's divisions: "Santa Catarina, Minas Gerais, São
 * Paulo and Rio de Janeiro", "eight in Alberta, one in New Brunswick and one in Quebec". There
 * "São Paulo" and "Quebec" are the states, not the cities of their names.
 */
import type { City } from '../gazetteer';
import { fold } from '../gazetteer/names';
import type { Candidate } from './candidate';
import { contains, outlineOf } from './outlines';

/** How near, in characters, the next division of a list is: ", one in New Brunswick, and one in ". */
const NEAR = 40;

/**
 * What may stand between two items of a list: a comma or "and" or "or", and a few words
 * (", one in ", ", and one in "), but no end of a clause ("Nyanza Province reported most
 * cases; officials in Kisumu" names no list).
 */
const BETWEEN = /^(?=[^.;:!?()]*(?:,|\band\b|\bor\b))[^.;:!?()]*$/u;
const listGap = (gap: string) => BETWEEN.test(gap) && gap.trim().split(/\s+/).length <= 5;

/** Whether two names stand side by side in a list: in one paragraph, a list's words apart. */
function besideInList(x: Candidate, y: Candidate, paragraph: (n: number) => string): boolean {
  if (x.paragraph !== y.paragraph) return false;
  const [a, b] = x.start < y.start ? [x, y] : [y, x];
  return b.start - a.end <= NEAR && listGap(paragraph(a.paragraph).slice(a.end, b.start));
}

/**
 * The refs of the state readings whose name the text writes within NEAR characters of another
 * name that is a division of the same country and of no other (a state no other shares), with
 * only a list's words between them.
 */
export function listedDivisions(
  groups: Map<string, Candidate[]>,
  paragraph: (n: number) => string,
): Set<string> {
  const all = [...groups.values()].flat();
  // Names that are one division only, with its country.
  const sure = all.flatMap((c) => {
    const states = c.readings.filter((r) => r.type === 'state');
    return states.length === 1 && !c.readings.some((r) => r.type === 'country')
      ? [{ c, country: states[0].countries[0], ref: states[0].ref }]
      : [];
  });
  const out = new Set<string>();
  for (const c of all)
    for (const r of c.readings) {
      if (r.type !== 'state' || typeof r.ref !== 'string') continue;
      const near = sure.some(
        (s) => s.ref !== r.ref && s.country === r.countries[0] && besideInList(s.c, c, paragraph),
      );
      if (near) out.add(r.ref);
    }
  return out;
}

/**
 * Names written in a list beside a country's name ("Egypt and Niger"): the folded forms that a
 * country may be read as, where that is what the list is of (Niger the country, not Nigeria's
 * state of Niger).
 */
export function listedCountries(
  groups: Map<string, Candidate[]>,
  paragraph: (n: number) => string,
): Set<string> {
  const all = [...groups.values()].flat();
  const sure = all.filter(
    (c) => c.readings[0]?.type === 'country' && !c.readings.some((r) => r.type === 'state'),
  );
  const out = new Set<string>();
  for (const c of all) {
    if (!c.readings.some((r) => r.type === 'country')) continue;
    const near = sure.some((s) => fold(s.form) !== fold(c.form) && besideInList(s, c, paragraph));
    if (near) out.add(fold(c.form));
  }
  return out;
}

/**
 * Towns written with their division after a comma ("Santa Maria, Davao del Sur"; "Victoria,
 * British Columbia"): each town's folded form, with the country of that division (one that no
 * other country has); and the refs of those divisions ("Buffalo, New York" is the state).
 */
export function townsWithDivision(
  groups: Map<string, Candidate[]>,
  paragraph: (n: number) => string,
): { towns: Map<string, string>; divisions: Set<string> } {
  const all = [...groups.values()].flat();
  const out = new Map<string, string>();
  const divisions = new Set<string>();
  for (const c of all) {
    if (!c.readings.some((r) => r.type === 'city')) continue;
    const text = paragraph(c.paragraph);
    const after = all.find((s) => s.paragraph === c.paragraph && s.start === c.end + 2);
    const states = after?.readings.filter((r) => r.type === 'state') ?? [];
    const country = states.length === 1 ? states[0].countries[0] : undefined;
    // Not a list of that country's states ("New York, Pennsylvania").
    const listing = c.readings.some((r) => r.type === 'state' && r.countries[0] === country);
    // A town of that country ("Los Angeles, San Fernando Valley" names no town of Trinidad's
    // San Fernando), and, for the division to count, a town inside it.
    const towns = c.readings.filter((r) => r.type === 'city' && r.countries[0] === country);
    if (country && towns.length && !listing && text.slice(c.end, c.end + 2) === ', ') {
      out.set(fold(c.form), country);
      const ref = states[0].ref;
      if (typeof ref === 'string' && towns.some((t) => t.city && inDivision(t.city, ref)))
        divisions.add(ref);
    }
  }
  return { towns: out, divisions };
}

/** Whether a town lies in a division: by GeoNames' code in the United States, else by outline. */
function inDivision(c: City, ref: string): boolean {
  if (c.countryCode === 'US') return ref === `admin1:US-${c.admin1}`;
  const outline = outlineOf(ref);
  return !!outline && contains(outline, c);
}
