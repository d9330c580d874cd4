/**
 * Divisions named in a list of their country's divisions: "Santa Catarina, Minas Gerais, São
 * Paulo and Rio de Janeiro", "eight in Alberta, one in New Brunswick and one in Quebec". There
 * "São Paulo" and "Quebec" are the states, not the cities of their names.
 */
import type { Candidate } from './candidate';

/** How near, in characters, the next division of a list is: ", one in New Brunswick, and one in ". */
const NEAR = 40;

/**
 * The refs of the state readings whose name the text writes within NEAR characters of another
 * name that is a division of the same country and of no other (a state no other shares).
 */
export function listedDivisions(groups: Map<string, Candidate[]>): Set<string> {
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
        (s) =>
          s.ref !== r.ref &&
          s.c.paragraph === c.paragraph &&
          s.country === r.countries[0] &&
          Math.max(s.c.start - c.end, c.start - s.c.end) <= NEAR,
      );
      if (near) out.add(r.ref);
    }
  return out;
}
