/**
 * Finds the places a text names. Every name and alias becomes one alternative of a single
 * regular expression, longest first, so that at any position the longest form wins ("West Asia"
 * is one mention, not "West" plus "Asia"). Boundaries are Unicode letters and digits, not
 * ASCII `\b`. Straight and typographic apostrophes match each other, and a possessive "'s" or
 * "’s" belongs to the mention. Acronyms (all capitals) are case-sensitive; other forms match
 * in any case, so "The West" at the start of a sentence is "the West".
 */

export interface Mention {
  placeId: string;
  start: number;
  end: number;
  text: string;
}

export interface Nameable {
  id: string;
  name: string;
  aliases: string[];
}

const APOSTROPHES = "'’";

function escape(ch: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(ch) ? `\\${ch}` : ch;
}

export function isAcronym(form: string): boolean {
  return /^[\p{Lu}\d.&-]+$/u.test(form) && /\p{Lu}.*\p{Lu}/u.test(form);
}

/** The pattern for one form: letters caseless unless it is an acronym, apostrophes either way. */
function formPattern(form: string): string {
  const caseless = !isAcronym(form);
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

export function mentionFinder(places: Nameable[]): MentionFinder {
  const forms: { form: string; placeId: string }[] = [];
  for (const p of places)
    for (const form of [p.name, ...p.aliases]) forms.push({ form, placeId: p.id });
  if (forms.length === 0) return () => [];
  forms.sort((a, b) => b.form.length - a.form.length);
  const groups = forms.map((f) => `(${formPattern(f.form)})`).join('|');
  const source = `(?<![\\p{L}\\p{N}])(?:${groups})(?:[${APOSTROPHES}]s)?(?![\\p{L}\\p{N}])`;
  return (text: string) => {
    const re = new RegExp(source, 'gu');
    const out: Mention[] = [];
    for (const m of text.matchAll(re)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      out.push({
        placeId: forms[group - 1].placeId,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
      });
    }
    return out;
  };
}
