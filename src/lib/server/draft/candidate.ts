/** What segment.ts makes of a capitalised run: names that may be places, and those that are not. */
import { fold } from '../gazetteer/names';
import type { Reading } from './lexicon';

/** One name the text uses, with the readings the gazetteer has for it. */
export interface Candidate {
  /** The form as written, a plural made singular ("Tunisians" → "Tunisian"). */
  form: string;
  /** As written in the text. */
  text: string;
  paragraph: number;
  start: number;
  end: number;
  sentenceInitial: boolean;
  readings: Reading[];
}

export interface Rejection {
  text: string;
  reason: string;
  paragraph: number;
  /** `unplaced`: a name the gazetteer lacks; `not-a-place`: a person, an organisation… */
  verdict: 'unplaced' | 'not-a-place';
}

/** Candidates grouped by their folded form. */
export function groupByForm(cands: Candidate[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = fold(c.form);
    out.set(k, [...(out.get(k) ?? []), c]);
  }
  return out;
}
