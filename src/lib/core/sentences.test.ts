import { describe, expect, it } from 'vitest';
import { joinAcross, sentenceSpans } from './sentences';

const texts = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits whole sentences without trailing spaces', () => {
    const text = 'Mosul is being freed. In Syria, Dabiq was taken!  Why West?';
    expect(texts(text, sentenceSpans(text))).toEqual([
      'Mosul is being freed.',
      'In Syria, Dabiq was taken!',
      'Why West?',
    ]);
  });
});

describe('joinAcross', () => {
  it('keeps a mention that the segmenter cut in two inside one sentence', () => {
    const text = 'A letter came from St. Pölten on Monday. Another came later.';
    const spans = sentenceSpans(text);
    const start = text.indexOf('St. Pölten');
    const joined = joinAcross(spans, [{ start, end: start + 'St. Pölten'.length }]);
    expect(texts(text, joined)).toEqual([
      'A letter came from St. Pölten on Monday.',
      'Another came later.',
    ]);
  });

  it('changes nothing when no mention crosses a boundary', () => {
    const spans = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ];
    expect(joinAcross(spans, [{ start: 2, end: 5 }])).toEqual(spans);
  });
});
