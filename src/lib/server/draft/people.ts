/**
 * People in a capitalised run: the words a title makes a person's name, set aside before the
 * run is cut into place names (segment.ts).
 */
import type { Run } from './runs';
import { JOINERS, LEADING, TITLES } from './words';

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
  let titled = !!run.before && TITLES.has(run.before.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  while (k < ws.length) {
    const w = ws[k].text;
    // A title that begins a place's name is no title: "Prince Edward Island", "King George".
    if (TITLES.has(w) && !titled && placeAt(k)) {
      k++;
      continue;
    }
    if (TITLES.has(w) || titled) {
      if (k > start) parts.push([start, k, TITLES.has(w)]);
      while (k < ws.length && TITLES.has(ws[k].text)) k++;
      const from = k;
      while (k < ws.length && !JOINERS.has(ws[k].text) && !TITLES.has(ws[k].text)) k++;
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
