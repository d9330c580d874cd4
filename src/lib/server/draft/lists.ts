/**
 * Divisions named in a list of their country's divisions: "Santa Catarina, Minas Gerais, São
 * Paulo and Rio de Janeiro", "eight in Alberta, one in New Brunswick and one in Quebec". There
 * "São Paulo" and "Quebec" are the states, not the cities of their names.
 */
import { fold } from '../gazetteer/names';
import type { Candidate } from './candidate';

/** How near, in characters, the next division of a list is: ", one in New Brunswick, and one in ". */
const NEAR = 40;

/**
 * What may stand between two items of a list: a comma or "and" or "or", and a few words
 * (", one in ", ", and one in "), but no end of a clause ("Nyanza Province reported most
 * cases; officials in Kisumu" names no list).
 */
const BETWEEN = /^(?=[^.;:!?()]*(?:,|\band\b|\bor\b))[^.;:!?()]*$/u;
const listGap = (gap: string) => BETWEEN.test(gap) && gap.trim().split(/\s+/).length <= 5;

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
      const near = sure.some((s) => {
        if (s.ref === r.ref || s.c.paragraph !== c.paragraph || s.country !== r.countries[0])
          return false;
        const [a, b] = s.c.start < c.start ? [s.c, c] : [c, s.c];
        return b.start - a.end <= NEAR && listGap(paragraph(c.paragraph).slice(a.end, b.start));
      });
      if (near) out.add(r.ref);
    }
  return out;
}

/**
 * Towns written with their division after a comma ("Santa Maria, Davao del Sur"; "Victoria,
 * British Columbia"): each town's folded form, with the country of that division (one that no
 * other country has).
 */
export function townsWithDivision(
  groups: Map<string, Candidate[]>,
  paragraph: (n: number) => string,
): Map<string, string> {
  const all = [...groups.values()].flat();
  const out = new Map<string, string>();
  for (const c of all) {
    if (!c.readings.some((r) => r.type === 'city')) continue;
    const text = paragraph(c.paragraph);
    const after = all.find((s) => s.paragraph === c.paragraph && s.start === c.end + 2);
    const states = after?.readings.filter((r) => r.type === 'state') ?? [];
    const country = states.length === 1 ? states[0].countries[0] : undefined;
    // Not a list of that country's states ("New York, Pennsylvania").
    const listing = c.readings.some((r) => r.type === 'state' && r.countries[0] === country);
    if (country && !listing && text.slice(c.end, c.end + 2) === ', ')
      out.set(fold(c.form), country);
  }
  return out;
}
