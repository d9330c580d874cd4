/**
 * Cuts each capitalised run into names, longest first, and sets aside what is not a place:
 * people (a title before, or a place name followed by a surname), organisations (a known name,
 * or a run ending in "Post", "Army", "Council"…, and the places inside them), months and
 * weekdays, and common words that only start a sentence.
 */
import { fold } from '../gazetteer/names';
import type { Lexicon, Reading } from './lexicon';
import { divisionAfter, endsName, gram, MAX_WORDS, singulars } from './forms';
import { hyphenedPlaces } from './hyphens';
import type { Candidate, Rejection } from './candidate';
import {
  givenNames,
  minorOnly,
  officeFrom,
  weakName,
  withoutPeople,
  withoutNamesSeen,
} from './people';
import type { Run, Word } from './runs';
import {
  COMMON,
  GIVEN_NAMES,
  JOINERS,
  MONTHS,
  ORGANISATIONS,
  FEATURE_HEADS,
  ORGANISATION_HEADS,
  PLACE_HEADS,
  SEASONS,
  WEEKDAYS,
} from './words';

/** A single word the text also writes in lower case is a common word, unless the gazetteer
 * knows it as more than a city, or as a city of a million people (a capital, say). */
function commonWord(word: string, readings: Reading[], lower: Set<string>): boolean {
  if (!lower.has(word.toLowerCase())) return false;
  return !readings.some(
    (r) => r.type !== 'city' || (r.via === 'name' && (r.city?.population ?? 0) >= 1e6),
  );
}

const ORG_FOLDED = new Set(ORGANISATIONS.filter((o) => !/^[A-Z.]+$/.test(o)).map(fold));
const ORG_ACRONYMS = new Set(ORGANISATIONS.filter((o) => /^[A-Z.]+$/.test(o)));
const isOrganisation = (form: string) => ORG_FOLDED.has(fold(form)) || ORG_ACRONYMS.has(form);

/** Readings of a form, or of its singular when it has none (a plural demonym). */
function lookup(lex: Lexicon, form: string): { form: string; readings: Reading[] } {
  const direct = lex.readings(form);
  if (direct.length) return { form, readings: direct };
  for (const s of singulars(form)) {
    const r = lex.readings(s).filter((x) => x.type !== 'city');
    if (r.length) return { form: s, readings: r };
  }
  return { form, readings: [] };
}

/** A word the text writes in lower case elsewhere is a common word ("Police", "Liberation"). */
export function lowercaseWords(paragraphs: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs)
    for (const m of p.matchAll(/(?<![\p{L}\p{N}])\p{Ll}+/gu)) out.add(m[0]);
  return out;
}

/** Readings that name the place itself (not a city only by an alternate name). */
const strong = (rs: Reading[]) => rs.some((r) => r.type !== 'city' || r.via === 'name');

/** A list joined by "and" ("Misrata and Zintan") is of names: the length of i's item. */
function andItem(ws: Word[], i: number, from: number, to: number): number {
  let lo = i;
  let hi = i + 1;
  while (lo > from && ws[lo - 1].text !== 'and') lo--;
  while (hi < to && ws[hi].text !== 'and') hi++;
  return hi - lo;
}

/** Cuts the runs into candidates and rejections. */
export function segment(
  runs: Run[],
  text: (paragraph: number) => string,
  lex: Lexicon,
  lower: Set<string>,
): { candidates: Candidate[]; rejections: Rejection[] } {
  const candidates: Candidate[] = [];
  const rejections: Rejection[] = [];
  for (const run of runs) {
    const ws = run.words;
    const para = text(run.paragraph);
    const slice = (i: number, j: number) => para.slice(ws[i].start, ws[j - 1].end);
    const reject = (
      i: number,
      j: number,
      reason: string,
      verdict: Rejection['verdict'] = 'not-a-place',
    ) => rejections.push({ text: slice(i, j), reason, paragraph: run.paragraph, verdict });
    // A place's name of two words or more starts at word k.
    const placeAt = (k: number) => {
      for (let j = Math.min(ws.length, k + MAX_WORDS); j >= k + 2; j--) {
        const g = gram(ws, k, j);
        if (g && lookup(lex, g).readings.length) return true;
      }
      return false;
    };
    const { parts, people } = withoutPeople(run, placeAt);
    for (const [i, j] of people) reject(i, j, 'a person (after a title)');
    for (const [from, to, titled] of parts) cut(from, to, titled);

    /** Cuts one part of the run, longest names first. */
    function cut(from: number, toIn: number, titled: boolean) {
      let to = toIn;
      // Consecutive words of no reading are reported as one name ("Wanis Boukhamada").
      let unknownFrom = -1;
      const flushUnknown = (end: number) => {
        const first = ws[unknownFrom]?.text;
        // Not the joiners after it ("Valley" of "San Fernando Valley and Santa Monica").
        let k = end;
        while (unknownFrom >= 0 && k > unknownFrom && JOINERS.has(ws[k - 1].text)) k--;
        // Two words or more after a given name: a person ("Jose Angel Cordova").
        if (unknownFrom >= 0 && k - unknownFrom >= 2 && givenNames().has(first))
          reject(unknownFrom, k, `a person (the given name "${first}")`);
        else if (unknownFrom >= 0 && k > unknownFrom)
          reject(unknownFrom, k, 'no place of that name in the gazetteer', 'unplaced');
        unknownFrom = -1;
      };
      // A part ending in an organisation's head word is an organisation, unless it is a
      // place ("European Union", "Soviet Union"); a leading demonym still counts.
      const whole = gram(ws, from, to);
      const wholePlace = whole ? lookup(lex, whole).readings.some((r) => r.type !== 'city') : false;
      // So is one whose head word is followed by what it is for: "Center for Disease Control".
      const forWhat = /^\s+(?:for|on)\s+\p{Lu}/u.test(para.slice(ws[to - 1].end));
      if ((to - from >= 2 || forWhat) && ORGANISATION_HEADS.has(ws[to - 1].text) && !wholePlace) {
        let k = from;
        // …and so does a leading country ("the UK Department", as "the British Army").
        const own = (r: Reading) => r.via === 'demonym' || r.type === 'country';
        while (k < to - 1 && lex.readings(ws[k].text).some(own)) k++;
        reject(k, to, `an organisation or institution ("… ${ws[to - 1].text}")`);
        to = k;
      }
      // Before a title ("the US Energy Secretary", "the Health Minister"), the words after the
      // last country or state name the office, not a place.
      if (titled && !wholePlace) {
        const k = officeFrom(ws, from, to, lex);
        if (k < to) reject(k, to, `part of a title ("… ${ws[to].text}")`);
        to = k;
      }
      const last = ws[to - 1]?.text;
      if (
        to - from >= 2 &&
        to - from <= 4 &&
        FEATURE_HEADS.has(last) &&
        !(whole && lookup(lex, whole).readings.length) &&
        !ws.slice(from, to).some((w) => JOINERS.has(w.text))
      ) {
        reject(from, to, 'no place of that name in the gazetteer', 'unplaced');
        return;
      }
      let i = from;
      let pendingUnknown = false;
      while (i < to) {
        if (JOINERS.has(ws[i].text)) {
          i++;
          continue;
        }
        const at = i;
        // Words of no reading that start with a given name ("Jose Angel"): a person's name.
        const person = pendingUnknown && unknownFrom >= 0 && givenNames().has(ws[unknownFrom].text);
        const next = take(i, from, to, pendingUnknown, person);
        if (next > i) {
          flushUnknown(at);
          pendingUnknown = false;
          i = next;
          continue;
        }
        const w = ws[i].text;
        const initial = i === 0 && run.sentenceInitial;
        // "India-Pakistan": the places it joins, if it joins any.
        const joined = w.includes('-') ? hyphenedPlaces(ws[i], para, lex) : [];
        if (MONTHS.has(w) || WEEKDAYS.has(w)) {
          flushUnknown(i);
          reject(i, i + 1, MONTHS.has(w) ? 'a month' : 'a weekday');
        } else if (COMMON.has(w) || (initial && lower.has(w.toLowerCase()))) flushUnknown(i);
        else if (initial && to - from === 1) {
          flushUnknown(i);
          reject(i, i + 1, 'a capitalised word starting a sentence, and no place name');
        } else if (joined.length) {
          flushUnknown(i);
          for (const p of joined)
            candidates.push({
              ...p,
              text: p.form,
              paragraph: run.paragraph,
              sentenceInitial: false,
            });
        } else {
          if (unknownFrom < 0) unknownFrom = i;
          pendingUnknown = true;
        }
        i++;
      }
      flushUnknown(to);
    }

    /** Word i is a given name, and it and word j are no more than small towns' names. */
    function givenThenName(i: number, j: number, readings: Reading[]): boolean {
      const next = ws[j].text;
      return (
        givenNames().has(ws[i].text) &&
        minorOnly(readings) &&
        minorOnly(lookup(lex, next).readings) &&
        !JOINERS.has(next) &&
        !PLACE_HEADS.has(next) &&
        !FEATURE_HEADS.has(next) &&
        !COMMON.has(next)
      );
    }

    /** Takes the longest name at word i; returns the index after it, or i if none. */
    function take(
      i: number,
      from: number,
      to: number,
      pendingUnknown: boolean,
      person = false,
    ): number {
      for (let j = Math.min(to, i + MAX_WORDS); j > i; j--) {
        const g = gram(ws, i, j);
        if (!g) continue;
        if (isOrganisation(g)) {
          reject(i, j, 'an organisation');
          return j;
        }
        const after = j === to ? divisionAfter(g, para.slice(ws[j - 1].end), lex) : undefined;
        const { form, readings, tail } = after ?? { ...lookup(lex, g), tail: 0 };
        if (!readings.length) continue;
        const single = j - i === 1;
        // Inside a longer run, a word that is only some city's alternate name is a part of
        // another name, not a place of its own; so is a town's name after a word of no
        // reading ("Iron Gates"), or a river's or island's ("Taco Bell" is no river Bell).
        if (single && !strong(readings) && andItem(ws, i, from, to) > 1) continue;
        if (single && endsName(ws, i, from)) continue;
        const minor = (r: Reading) => r.type === 'city' || r.type === 'feature';
        if (single && pendingUnknown && readings.every(minor)) continue;
        // …and a word after a person's given names is their surname ("Jose Angel Cordova").
        if (single && person && weakName(readings)) continue;
        const word = ws[i].text;
        const initial = i === 0 && run.sentenceInitial;
        if (single && (MONTHS.has(word) || WEEKDAYS.has(word)))
          reject(i, j, MONTHS.has(word) ? 'a month' : 'a weekday');
        else if (single && SEASONS.has(word) && /^\s+\d{4}\b/u.test(para.slice(ws[i].end)))
          reject(i, j, 'a season');
        else if (
          single &&
          COMMON.has(word) &&
          (initial || readings.every((r) => r.type === 'city'))
        )
          reject(i, j, 'a common word starting a sentence');
        else if (single && commonWord(word, readings, lower))
          reject(i, j, `a common word (the text also writes "${word.toLowerCase()}")`);
        else if (single && j < to && givenThenName(i, j, readings)) {
          // "Gordon Campbell", "Douglas Alexander": a given name and a name, two small towns'.
          reject(i, j + 1, `a person (the given name "${word}" before "${ws[j].text}")`);
          return j + 1;
        } else if (
          single &&
          j < to &&
          strong(readings) &&
          readings.every((r) => r.via !== 'demonym') &&
          // A country's name no person bears ("the US Centers for Disease Control"); a state's
          // before such words is a firm's more often ("Kentucky Fried Chicken").
          (givenNames().has(word) || !readings.some((r) => r.type === 'country')) &&
          !lookup(lex, ws[j].text).readings.length &&
          !JOINERS.has(ws[j].text) &&
          !PLACE_HEADS.has(ws[j].text) &&
          !COMMON.has(ws[j].text)
        ) {
          // "Jordan Peterson": a place name followed by a capitalised word that is no place.
          const why = GIVEN_NAMES.has(word) ? 'a given name' : 'a name';
          reject(i, to, `a person or other name (${why} before "${ws[j].text}")`);
          return to;
        } else {
          const start = ws[i].start;
          const end = ws[j - 1].end + tail;
          candidates.push({
            form,
            text: para.slice(start, end),
            paragraph: run.paragraph,
            start,
            end,
            sentenceInitial: initial,
            readings,
          });
        }
        return j;
      }
      return i;
    }
  }
  return withoutNamesSeen(candidates, rejections, text);
}
