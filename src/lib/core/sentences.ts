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
