/**
 * Sentence boundaries with the built-in `Intl.Segmenter`, mended where it ends a sentence at an
 * abbreviation ("the U.S. Embassy", "Gen. Votel"): see abbreviations.ts.
 */
import { continuesAfter } from './abbreviations';

export interface Span {
  start: number;
  end: number;
}

export function sentenceSpans(text: string, lang = 'en'): Span[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const s of segmenter.segment(text)) {
    // Trailing spaces belong to the segment; an excerpt is the sentence without them.
    const trimmed = s.segment.replace(/\s+$/u, '');
    if (!trimmed) continue;
    const last = spans[spans.length - 1];
    if (last && continuesAfter(text.slice(last.start, last.end), trimmed))
      last.end = s.index + trimmed.length;
    else spans.push({ start: s.index, end: s.index + trimmed.length });
  }
  return spans;
}

/**
 * Joins sentences that a mention runs across, should a name hold a full stop that no rule
 * above knows (a mention is never cut in two).
 */
export function joinAcross(spans: Span[], mentions: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    const crosses = last && mentions.some((m) => m.start < last.end && m.end > span.start);
    if (crosses) last.end = span.end;
    else out.push({ ...span });
  }
  return out;
}
