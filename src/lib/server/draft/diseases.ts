/**
 * A place name used only to name a disease or its virus: "Hong Kong Flu", "West Nile virus",
 * "Spanish flu", "Rift Valley fever", "Marburg virus". Epidemic news writes these often, and the
 * place they name is seldom the story's: a name that the article uses so every time is not
 * drafted (choose.ts), and says why.
 */
import type { Candidate } from './candidate';

/** The word right after a name that makes it a disease's. */
const DISEASE = new Set(
  'flu influenza virus viruses fever disease syndrome encephalitis pox strain'.split(' '),
);

/** The words that show every use of a name is a disease's ("Hong Kong Flu"), or undefined. */
export function diseaseUse(
  cands: readonly Candidate[],
  paragraph: (n: number) => string,
): string | undefined {
  let shown: string | undefined;
  for (const c of cands) {
    // The disease word may come after the rest of a longer name: "West" in "West Nile virus".
    const after = paragraph(c.paragraph).slice(c.end, c.end + 60);
    const words = /^(?:\s+[\p{L}'’-]+)+/u.exec(after)?.[0].trim().split(/\s+/) ?? [];
    const at = words.findIndex((w) => DISEASE.has(w.toLowerCase()) || !/^\p{Lu}/u.test(w));
    if (at < 0 || !DISEASE.has(words[at].toLowerCase())) return undefined;
    shown ??= `${c.text} ${words.slice(0, at + 1).join(' ')}`;
  }
  return shown;
}
