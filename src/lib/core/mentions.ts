/**
 * Finds the places a text names. Every name and alias becomes one alternative of a single
 * regular expression, longest first, so that at any position the longest form wins ("West Asia"
 * is one mention, not "West" plus "Asia"). Boundaries are Unicode letters and digits, not
 * ASCII `\b`. Straight and typographic apostrophes match each other, and a possessive belongs
 * to the mention ("Iraq’s", "Budapest's", and a bare apostrophe after s: "Tunisians'").
 * Acronyms (all capitals) are case-sensitive; other forms match in any case, so "The West" at
 * the start of a sentence is "the West". In English, the plural of a name or demonym is a
 * mention too ("Tunisians" for "Tunisian", see plurals.ts). Diacritics and macrons are optional
 * both ways: "Malmo" is a mention of Malmö, "Kraków" of Krakow (letters.ts); a mention's text
 * is always the article's own.
 */
import { foldMarks } from './letters';
import { englishPlural } from './plurals';

export interface Mention {
  placeId: string;
  start: number;
  end: number;
  text: string;
  /** The name or alias that matched, as listed (for a plural, the singular it comes from). */
  form: string;
}

export interface Nameable {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * Apostrophes either way, and the marks written in their place: the left quote and the ʻokina
 * of Hawaiian names ("Oʻahu", "O‘ahu" and "O'ahu" are one name), and the modifier apostrophe.
 */
const APOSTROPHES = "'’‘ʻʼ";

// Not "-": outside a class it needs no escape, and an escaped one is an error under the "u" flag.
function escape(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

export function isAcronym(form: string): boolean {
  return /^[\p{Lu}\d.&-]+$/u.test(form) && /\p{Lu}.*\p{Lu}/u.test(form);
}

/**
 * The pattern for one form: apostrophes either way, any run of spaces for a space, letters
 * caseless unless `caseless` is false.
 */
function formPattern(form: string, caseless: boolean): string {
  let out = '';
  for (const ch of form) {
    if (APOSTROPHES.includes(ch)) out += `[${APOSTROPHES}]`;
    else if (/\s/.test(ch)) out += '\\s+';
    else if (caseless && ch.toLowerCase() !== ch.toUpperCase())
      out += `[${escape(ch.toLowerCase())}${escape(ch.toUpperCase())}]`;
    else out += escape(ch);
  }
  return out;
}

export type MentionFinder = (text: string) => Mention[];

export interface FinderOptions {
  /** The article's language (BCP 47); plurals are matched for English only. Default `en`. */
  lang?: string;
}

interface Variant {
  form: string;
  placeId: string;
  pattern: string;
  /** The length of the text it matches, to put the longest first. */
  length: number;
}

export function mentionFinder(places: Nameable[], options: FinderOptions = {}): MentionFinder {
  const english = /^en(?:-|$)/i.test(options.lang ?? 'en');
  const variants: Variant[] = [];
  for (const p of places)
    for (const form of [p.name, ...p.aliases]) {
      const bare = foldMarks(form);
      variants.push({
        form,
        placeId: p.id,
        pattern: formPattern(bare, !isAcronym(form)),
        length: form.length,
      });
      const plural = english ? englishPlural(bare) : undefined;
      // A plural is a proper noun and is written with its capitals ("Tunisians"), so it is
      // matched with the case of the form: "guineas" and "turkeys" are not places.
      if (plural)
        variants.push({
          form,
          placeId: p.id,
          pattern: formPattern(plural, false),
          length: plural.length,
        });
    }
  if (variants.length === 0) return () => [];
  // Stable: at equal length a singular stays before its plural and the places keep their order.
  variants.sort((a, b) => b.length - a.length);
  const groups = variants.map((v) => `(${v.pattern})`).join('|');
  // A possessive: "'s", or a bare apostrophe after a final s ("Tunisians'", "United States'").
  const possessive = `(?:[${APOSTROPHES}]s|(?<=[sS])[${APOSTROPHES}])?`;
  const source = `(?<![\\p{L}\\p{N}])(?:${groups})${possessive}(?![\\p{L}\\p{N}])`;
  return (text: string) => {
    const re = new RegExp(source, 'gu');
    const out: Mention[] = [];
    // Matched without marks; the folded text has the article's positions (letters.ts).
    for (const m of foldMarks(text).matchAll(re)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const variant = variants[group - 1];
      out.push({
        placeId: variant.placeId,
        start: m.index,
        end: m.index + m[0].length,
        text: text.slice(m.index, m.index + m[0].length),
        form: variant.form,
      });
    }
    return out;
  };
}
