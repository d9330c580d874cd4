/**
 * Places joined by a hyphen into one word: "the India-Pakistan border", "US-Mexico talks", and
 * a place before a participle: "a UK-based trust".
 */
import type { Lexicon, Reading } from './lexicon';
import type { Word } from './runs';

const AREAS = new Set<Reading['type']>(['country', 'state', 'group']);
const PARTICIPLES = new Set(['based', 'born', 'led', 'backed', 'funded', 'owned', 'run', 'made']);

/**
 * The places a word of no reading of its own joins with hyphens, each with where it is in the
 * paragraph, when every part is a country, a state or a region (or the first is, before a
 * participle); none otherwise ("Kita-Akita" is a town, "Hewlett-Packard" no place).
 */
export function hyphenedPlaces(
  w: Word,
  para: string,
  lex: Lexicon,
): { form: string; start: number; end: number; readings: Reading[] }[] {
  const pieces = w.text.split('-');
  if (pieces.length < 2) return [];
  // "UK-based", "Texas-born": the place before a participle.
  const parts = pieces.length === 2 && PARTICIPLES.has(pieces[1]) ? [pieces[0]] : pieces;
  const found = parts.map((p) => lex.readings(p).filter((r) => AREAS.has(r.type)));
  if (found.some((rs) => !rs.length)) return [];
  let at = w.start;
  return parts.map((form, k) => {
    const start = para.indexOf(form, at);
    at = start + form.length;
    return { form, start, end: at, readings: found[k] };
  });
}
