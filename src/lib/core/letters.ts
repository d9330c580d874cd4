/**
 * Letters with and without their diacritics, for finding a name however it is written:
 * "Malmo" in an article names Malmö, and "Kraków" names a place listed as Krakow. The fold
 * keeps the text's length (one UTF-16 unit for one), so that a match found in the folded text
 * is at the same place in the article, whose own spelling the page keeps.
 */

/** Letters that Unicode does not decompose, with the letter they are written as without marks. */
export const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
};

/** Any of those letters, for a fold that works on whole strings (server/gazetteer/names). */
export const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

const folded = new Map<string, string>();

/** One UTF-16 unit without its marks ("ö" → "o", "ā" → "a"), or itself. */
function foldUnit(unit: string): string {
  let out = folded.get(unit);
  if (out === undefined) {
    const base = UNDECOMPOSED[unit] ?? unit.normalize('NFD').replace(/\p{M}+/gu, '');
    // Latin letters only (Й is a letter of its own in Russian, not a marked И), and only one
    // for one, which keeps positions ("ß" would become two letters, "ǆ" too).
    out = /^[A-Za-z]$/.test(base) ? base : unit;
    folded.set(unit, out);
  }
  return out;
}

/** The text with the marks of its letters dropped, the same length as the text. */
export function foldMarks(text: string): string {
  // Most text is ASCII: nothing to do for it.
  if (!/[^ -~\s]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i];
    out += unit.charCodeAt(0) < 0x80 ? unit : foldUnit(unit);
  }
  return out;
}
