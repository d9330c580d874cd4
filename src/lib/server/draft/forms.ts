/**
 * The forms a capitalised run may name: its n-grams up to MAX_WORDS words, not starting or
 * ending on a joiner, and their singulars, so that the lexicon looks all of them up at once.
 */
import type { Lexicon, Reading } from './lexicon';
import { ARTICLE, type Run, type Word } from './runs';
import { COMMON_WORDS, FEATURE_HEADS, JOINERS } from './words';

/** The longest name tried, in words. */
export const MAX_WORDS = 7;

/** A run's words from i to j (exclusive) as text; undefined when it starts or ends on a joiner. */
export function gram(ws: Word[], i: number, j: number): string | undefined {
  if (JOINERS.has(ws[i].text) || JOINERS.has(ws[j - 1].text)) return undefined;
  return ws
    .slice(i, j)
    .map((w) => w.text)
    .join(' ');
}

/** Singular forms to try for a plural: "Tunisians" → "Tunisian", "Iraqis" → "Iraqi". */
export function singulars(form: string): string[] {
  if (!/\p{Ll}s$/u.test(form) || /ss$/u.test(form)) return [];
  return [form.slice(0, -1)];
}

/** Every form a lexicon may be asked about for these runs (all n-grams and their singulars). */
export function formsOf(runs: Run[]): string[] {
  const out = new Set<string>();
  for (const r of runs)
    for (let i = 0; i < r.words.length; i++)
      for (let j = i + 1; j <= Math.min(r.words.length, i + MAX_WORDS); j++) {
        const g = gram(r.words, i, j);
        if (!g) continue;
        out.add(g);
        for (const s of singulars(g)) out.add(s);
        const river = /^(?:River (.+)|(.+) River)$/u.exec(g);
        if (river) out.add(river[1] ?? river[2]);
      }
  return [...out];
}

/** A division's kind in lower case right after a name: " province", not " province of". */
const KIND_AFTER =
  /^(\s+)(province|region|district|state|county|prefecture|governorate|department|oblast)\b(?!\s+of\b)/u;

/**
 * "Masvingo province", "the Puno region": a kind's word in lower case after the name `g`
 * (`rest` is the paragraph after it) makes it that division, and is part of its form; `tail`
 * is how many characters it adds. Not for an ordinary word: "the Western region" may be any.
 */
export function divisionAfter(
  g: string,
  rest: string,
  lex: Lexicon,
): { form: string; readings: Reading[]; tail: number } | undefined {
  const kind = COMMON_WORDS.test(g) ? null : KIND_AFTER.exec(rest);
  if (!kind) return undefined;
  const readings = lex.readings(`${g} ${kind[2][0].toUpperCase()}${kind[2].slice(1)}`);
  return readings.length
    ? { form: `${g}${kind[1]}${kind[2]}`, readings, tail: kind[0].length }
    : undefined;
}

/**
 * Whether word i ends a name begun by the word before it, and so is no place alone: a word the
 * Arabic article starts ("Bab el-Oued", Algiers' quarter, is not the town El Oued) or a
 * feature's head word ("Valley" in "San Fernando Valley" is no town).
 */
export function endsName(ws: Word[], i: number, from: number): boolean {
  const w = ws[i].text;
  return i > from && !JOINERS.has(ws[i - 1].text) && (ARTICLE.test(w) || FEATURE_HEADS.has(w));
}
