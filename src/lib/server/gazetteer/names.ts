import { UNDECOMPOSED, UNDECOMPOSED_LETTER } from '../../core/letters';

/**
 * Names as the gazetteer compares them, and the nearest names to one it does not know (for
 * "no country IRK; did you mean IRQ (Iraq), IRN (Iran)?").
 */

/** Printable ASCII without backtick, with single inner spaces and none at the ends. */
const PLAIN = /^(?:[!-_a-~]+ )*[!-_a-~]+$/;

/**
 * A name folded for comparison: Unicode compatibility form, accents dropped, lower case,
 * typographic apostrophes and dashes made plain, runs of spaces (not tabs) made one. "Mūşil" and "musil",
 * "Côte d’Ivoire" and "cote d'ivoire" fold alike.
 */
export function fold(name: string): string {
  // Most names are plain ASCII: skip Unicode normalization for them (the GeoNames index folds
  // two million names; this halves its time).
  if (PLAIN.test(name)) return name.toLowerCase();
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Letters Unicode does not decompose: "Łódź" and "Lodz", "Tromsø" and "Tromso" fold alike.
      .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c])
      .replace(/[\u2018\u2019\u02bc\u02bb`´]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      // Tabs are kept: the GeoNames reader folds three tab-separated columns in one call.
      .replace(/[^\S\t]+/g, ' ')
      .trim()
  );
}

/** Abbreviations written before a name, as a folded name spells them out. */
const ABBREVIATED: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
  pt: 'point',
  l: 'lake',
};

/** One of them as a word of a folded name, with its dot or (but "l") without. */
const SHORT = new RegExp(
  `(^|[\\s-])(${Object.keys(ABBREVIATED).join('|')})(\\.)?(?=[\\s-]|$)`,
  'g',
);

/**
 * A looser key than `fold`, for names written in more than one way: "St. Marc", "Saint Marc"
 * and "Saint-Marc", "Kitaakita" and "Kita-Akita", "L. Erie" and "Lake Erie" have one key:
 * abbreviations before a word spelled out, then spaces, hyphens and apostrophes dropped.
 */
export function looseKey(name: string): string {
  return (
    fold(name)
      // Natural Earth's "L. Erie", "L. Albert": "l" with its dot only ("L Street" is no lake).
      .replace(SHORT, (whole, pre: string, abbr: string, dot?: string) =>
        abbr === 'l' && !dot ? whole : pre + ABBREVIATED[abbr],
      )
      // Dots stay: "A. So" (in "type A. So far") is no "Aso".
      .replace(/[\s\-']/g, '')
  );
}

/** The abbreviations in a folded name, with whether each is written with its dot. */
const shortWords = (folded: string) =>
  [...folded.matchAll(SHORT)].map(([, , abbr, dot]) => ({ abbr, dot: !!dot }));

/**
 * Whether a gazetteer's (folded) name is filed under its `looseKey` too: when it has a hyphen,
 * an apostrophe or an abbreviation. Not for spaces alone, so that a person's "Van Dyke" in the
 * text never finds a town called Vandyke, nor "A. So" one called Aso.
 */
export const mayLoosen = (folded: string) => /[-']/.test(folded) || shortWords(folded).length > 0;

/** Whether a folded name writes a word short, with a dot ("l. erie", "mt. kenya"). */
export const abbreviated = (folded: string) => shortWords(folded).some((w) => w.dot);

/** Levenshtein distance, with one row of memory; `max` stops early once it is exceeded. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

export interface Candidate {
  /** What the reference is written with (an ISO code, a name). */
  key: string;
  /** Other names to match the query against (a country's names for its code). */
  names?: string[];
  /** How the suggestion is shown: "IRQ (Iraq)". */
  label: string;
}

/**
 * Up to `n` candidates nearest to `query`: those that start with it (or it with them) first,
 * then by edit distance, within a third of the query's length (at least 2 edits). Ties keep
 * the candidates' order.
 */
export function nearest(query: string, candidates: readonly Candidate[], n = 3): string[] {
  const q = fold(query);
  const limit = Math.max(2, Math.floor(q.length / 3));
  const scored: { label: string; score: number; i: number }[] = [];
  candidates.forEach((c, i) => {
    let score = Infinity;
    for (const raw of [c.key, ...(c.names ?? [])]) {
      const k = fold(raw);
      if (!k) continue;
      const prefix = q.length >= 3 && (k.startsWith(q) || q.startsWith(k));
      // A misspelt start of a longer name ("Mediteranean" for "Mediterranean Sea") is near
      // too: compare with the name cut to the query's length, a little behind a whole match.
      const d = prefix
        ? 0.5
        : Math.min(
            editDistance(q, k, limit),
            k.length > q.length + 2 ? editDistance(q, k.slice(0, q.length), limit) + 0.5 : Infinity,
          );
      score = Math.min(score, d);
    }
    if (score <= limit) scored.push({ label: c.label, score, i });
  });
  scored.sort((a, b) => a.score - b.score || a.i - b.i);
  return [...new Set(scored.map((s) => s.label))].slice(0, n);
}

/** " did you mean A, B?" or nothing, to end a problem with. */
export function didYouMean(suggestions: string[]): string {
  return suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : '';
}
