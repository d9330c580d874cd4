/**
 * The one text measure sets names as MapLibre GL JS 6 does (src/symbol/shaping.ts and
 * tagged_string.ts): letter spacing between letters only, and lines of about equal width.
 */
import { describe, expect, it } from 'vitest';
import { breakLines, lineWidth, setText, type FontTable } from './measure';

/** Every letter 1 em wide, "i" half that: sizes of 1 px read as letter counts. */
const font: FontTable = { adv: { i: 0.5 }, missing: 1 };

describe('lineWidth', () => {
  it('adds the letters and the spacing between them, not after the last', () => {
    expect(lineWidth(font, 'abc', 10)).toBe(30);
    expect(lineWidth(font, 'abc', 10, 2)).toBe(34);
    expect(lineWidth(font, 'ii', 10)).toBe(10);
  });

  it('takes a trimmed line, and a decomposed accent as the letter it is written on', () => {
    expect(lineWidth(font, '  ab ', 1)).toBe(2);
    expect(lineWidth(font, 'Zu\u0308rich', 1)).toBe(lineWidth(font, 'Zürich', 1));
  });
});

describe('breakLines', () => {
  it('keeps a name that fits on one line, and any name when nothing wraps it', () => {
    expect(breakLines(font, 'Iraq', 1, 0, 7)).toEqual(['Iraq']);
    expect(breakLines(font, 'Bosnia and Herzegovina', 1, 0, undefined)).toEqual([
      'Bosnia and Herzegovina',
    ]);
  });

  it('breaks into lines of about equal width, not as full as they go', () => {
    // 13 wide, so two lines aiming at 6.5: a greedy fill would give "aaaaaaa bb" / "cc".
    expect(breakLines(font, 'aaaaaaa bb cc', 1, 0, 10)).toEqual(['aaaaaaa', 'bb cc']);
  });

  it('favours a short last line over a long one', () => {
    expect(breakLines(font, 'aaaa bbbb cccc', 1, 0, 10)).toEqual(['aaaa bbbb', 'cccc']);
  });

  it('breaks after a hyphen, never inside a word', () => {
    expect(breakLines(font, 'Kita-Akita', 1, 0, 6)).toEqual(['Kita-', 'Akita']);
    expect(breakLines(font, 'Herzegovina', 1, 0, 4)).toEqual(['Herzegovina']);
  });
});

describe('setText', () => {
  it('gives the block of its lines: the widest line, 1.2 em a line', () => {
    const set = setText(font, 'aaaaaaa bb cc', 10, 0, 10);
    expect(set).toEqual({ lines: ['aaaaaaa', 'bb cc'], w: 70, h: 24 });
  });
});
