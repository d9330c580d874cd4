/**
 * Runs of capitalised words in a paragraph: the candidates for place names. A run is broken by
 * punctuation and by any lowercase word but the joiners of names ("Bosnia and Herzegovina",
 * "Gulf of Aden", "Ansar al-Sharia"); a possessive ends its word and its run ("Iraq’s Mosul" is
 * two runs). Each word keeps its offsets, so a name found in a run can be shown in context.
 */
import { JOINERS } from './words';

export interface Word {
  /** The word as written, without a possessive ("Iraq" for "Iraq’s"). */
  text: string;
  start: number;
  end: number;
  /** Starts with a capital (or is an "al-" form of a name), so may begin a name. */
  capital: boolean;
  /** Followed by a possessive ("’s", or a bare apostrophe after s). */
  possessive: boolean;
}

export interface Run {
  paragraph: number;
  words: Word[];
  /** The run starts a sentence, so its first capital says nothing. */
  sentenceInitial: boolean;
  /** The lowercase or capitalised word just before the run, if any (for titles: "President"). */
  before?: string;
}

// A word: letters and digits, with inner dots, apostrophes and hyphens ("U.S.", "al-Sharia",
// "O’Keeffe"); a final dot is kept only for an abbreviation of single letters ("U.S.") or a
// known short form ("St.", "Mr."), not a full stop.
const WORD = /[\p{L}\p{N}]+(?:[.'’\-‑][\p{L}\p{N}]+)*\.?/gu;
const ABBREVIATION =
  /^(?:\p{L}\.)+$|^(?:St|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Prof|Ft|Mt)\.$/u;
const POSSESSIVE = /^(?:['’]s(?![\p{L}\p{N}])|(?<=s)['’](?![\p{L}\p{N}]))/u;

/**
 * The Arabic article as English transcribes it before a capital, assimilated or not ("al-",
 * "ash-", "ez-" in Deir ez-Zor, "es-" in Dar es-Salaam, "ud-" in Jamaat-ud-Dawa): part of a name.
 */
export const ARTICLE =
  /^(?:al|el|ad|ar|as|at|az|ash|an|ul|ez|es|ed|et|er|en|ud|ur|us|ut|uz)[-‑]\p{Lu}/u;

function isCapital(w: string): boolean {
  return /^\p{Lu}/u.test(w) || ARTICLE.test(w);
}

/** The words of a text with their offsets and possessives. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    if (raw.endsWith('.') && !ABBREVIATION.test(raw)) raw = raw.slice(0, -1);
    let end = m.index + raw.length;
    // "Iraq's" is read by WORD as one word with an inner apostrophe: split the possessive off.
    let possessive = false;
    const inner = /['’]s$/u.exec(raw);
    if (inner) {
      raw = raw.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (POSSESSIVE.test(text.slice(end))) possessive = true;
    out.push({ text: raw, start: m.index, end, capital: isCapital(raw), possessive });
  }
  return out;
}

/** Only spaces between two words: anything else (a comma, a dash, a bracket) ends a run. */
function adjacent(text: string, a: Word, b: Word): boolean {
  return !a.possessive && /^\s+$/u.test(text.slice(a.end, b.start));
}

/** Whether the text before `start` ends a sentence (or there is no text before it). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  if (!before) return true;
  // A closing quote or bracket after the full stop still ends the sentence.
  const stripped = before.replace(/[”"’')\]]+$/u, '');
  if (/[!?:;“"(–—\u2013\u2014]$/u.test(before) || /[!?]$/u.test(stripped)) return true;
  if (!/\.$/u.test(stripped)) return false;
  const last = /(\S+)$/u.exec(stripped)?.[1] ?? '';
  // "the U.S. Embassy" and "Gen. Votel" do not end a sentence; "… in the U.S. The" may, but
  // reading it as a mid-sentence capital only costs the sentence-initial discount.
  return !ABBREVIATION.test(last);
}

/** The capitalised runs of one paragraph. */
export function runsOf(text: string, paragraph: number): Run[] {
  const ws = words(text);
  const runs: Run[] = [];
  let i = 0;
  while (i < ws.length) {
    if (!ws[i].capital) {
      i++;
      continue;
    }
    const run: Word[] = [ws[i]];
    let j = i + 1;
    while (j < ws.length && adjacent(text, ws[j - 1], ws[j])) {
      if (ws[j].capital) {
        run.push(ws[j]);
        j++;
        continue;
      }
      // Joiners may stand between capitalised words, never at the end of a run.
      let k = j;
      while (k < ws.length && JOINERS.has(ws[k].text) && adjacent(text, ws[k - 1], ws[k])) k++;
      if (k > j && k < ws.length && ws[k].capital && adjacent(text, ws[k - 1], ws[k])) {
        run.push(...ws.slice(j, k + 1));
        j = k + 1;
      } else break;
    }
    runs.push({
      paragraph,
      words: run,
      sentenceInitial: opensSentence(text, ws[i].start),
      before: i > 0 && adjacent(text, ws[i - 1], ws[i]) ? ws[i - 1].text : undefined,
    });
    i = j;
  }
  return runs;
}
