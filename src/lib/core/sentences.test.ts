import { describe, expect, it } from 'vitest';
import { joinAcross, sentenceSpans } from './sentences';

const texts = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));
const sentences = (text: string) => texts(text, sentenceSpans(text));

describe('sentenceSpans', () => {
  it('splits whole sentences without trailing spaces', () => {
    expect(sentences('Mosul is being freed. In Syria, Dabiq was taken!  Why West?')).toEqual([
      'Mosul is being freed.',
      'In Syria, Dabiq was taken!',
      'Why West?',
    ]);
  });

  it('goes on after an initialism that qualifies the next word', () => {
    expect(
      sentences(
        'On Friday, hundreds of protesters assaulted the U.S. Embassy in Tunis, shattering windows.',
      ),
    ).toHaveLength(1);
    expect(sentences('The U.S. said no.')).toEqual(['The U.S. said no.']);
    expect(sentences('The U.N. Security Council met. It adjourned.')).toEqual([
      'The U.N. Security Council met.',
      'It adjourned.',
    ]);
    expect(
      sentences('Officials in the U.K. Foreign Office and George W. Bush agreed.'),
    ).toHaveLength(1);
  });

  it('always goes on after a title', () => {
    expect(sentences('He met Gen. Votel in Baghdad. Then he left.')).toEqual([
      'He met Gen. Votel in Baghdad.',
      'Then he left.',
    ]);
    expect(
      sentences('Dr. Haidar and Mrs. Clinton spoke; Sen. McCain and Lt. Col. Smith did not.'),
    ).toHaveLength(1);
    expect(sentences('A letter came from St. Pölten on Monday. Another came later.')).toEqual([
      'A letter came from St. Pölten on Monday.',
      'Another came later.',
    ]);
    expect(sentences('Iraq vs. Iran, e.g. Basra and i.e. Syria.')).toHaveLength(1);
  });

  it('ends a sentence at an abbreviation when the next one opens like a sentence', () => {
    expect(sentences('They flew to the U.S. The talks began on Jan. 4 in Geneva.')).toEqual([
      'They flew to the U.S.',
      'The talks began on Jan. 4 in Geneva.',
    ]);
    expect(sentences('It happened at 10 p.m. He was not there.')).toEqual([
      'It happened at 10 p.m.',
      'He was not there.',
    ]);
  });

  it('goes on after a month or "No." before a number', () => {
    expect(sentences('On Jan. 4 Iraq voted. On Feb. 5 Syria did.')).toEqual([
      'On Jan. 4 Iraq voted.',
      'On Feb. 5 Syria did.',
    ]);
    expect(sentences('He lives at No. 10 Downing Street.')).toHaveLength(1);
  });

  it('keeps ordinary full stops and closing quotes as sentence ends', () => {
    expect(sentences('He said “Go to the U.S.” Then he left.')).toHaveLength(2);
    expect(sentences('The answer was no. Iraq moved on.')).toHaveLength(2);
  });
});

describe('joinAcross', () => {
  it('keeps a mention that a boundary would cut in two inside one sentence', () => {
    const text = 'A letter came from Xy. Pölten on Monday. Another came later.';
    const spans = [
      { start: 0, end: 22 },
      { start: 23, end: 40 },
      { start: 41, end: 60 },
    ];
    const start = text.indexOf('Xy. Pölten');
    const joined = joinAcross(spans, [{ start, end: start + 'Xy. Pölten'.length }]);
    expect(texts(text, joined)).toEqual([
      'A letter came from Xy. Pölten on Monday.',
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
