/**
 * A place name used as a company's: "Amazon's shares", "Amazon's online stores", "Shell Plc".
 * The words after the name tell: those of a business (its shares, stores, customers, chief
 * executive) after a possessive, or a company's own suffix or "shares" right after it. Only
 * a river, a range, a region or a small town gives way to it (choose.ts): "Aleppo's stores" are
 * still the city's.
 */
import type { Candidate } from './candidate';

/** After "X's", with at most one word between: what a business has. */
const OWNED = new Set(
  `shares stock stocks store stores customers subscribers shareholders app apps website ceo
  founder brand brands products profits earnings revenue revenues warehouse warehouses employees
  users platform logistics subsidiary`.split(/\s+/),
);

/** Right after "X": a company's suffix, or its shares. */
const SUFFIX = new Set('inc inc. corp corp. corporation ltd ltd. plc llc shares stock'.split(' '));

/** The words that show a name used as a company's ("Amazon's shares"), or undefined. */
export function companyUse(
  cands: readonly Candidate[],
  paragraph: (n: number) => string,
): string | undefined {
  for (const c of cands) {
    const after = paragraph(c.paragraph).slice(c.end, c.end + 60);
    const owned = /^['’]s\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)/u.exec(after);
    if (owned) {
      const [, between, word] = owned;
      const hit = [between, word].find((w) => w && OWNED.has(w.toLowerCase()));
      if (hit) return `${c.text}${after.slice(0, after.indexOf(hit) + hit.length)}`;
    }
    const next = /^,?\s+([\p{L}.]+)/u.exec(after);
    if (next && SUFFIX.has(next[1].toLowerCase())) return `${c.text}${next[0]}`;
  }
  return undefined;
}
