/** Sentence boundaries with the built-in `Intl.Segmenter`. */
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
    if (trimmed) spans.push({ start: s.index, end: s.index + trimmed.length });
  }
  return spans;
}

/**
 * Joins sentences that a mention runs across: `Intl.Segmenter` ends a sentence after "St." in
 * "St. Pölten", but an excerpt must hold the whole name.
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
