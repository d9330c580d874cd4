import { describe, expect, it } from 'vitest';
import { activeParagraph, paragraphFocus, readingLine, readingProgress } from './scrolly';

describe('readingLine', () => {
  it('sits 30% down the story area', () => {
    expect(readingLine(800)).toBe(240);
    // A phone: the map covers the top 380 px.
    expect(readingLine(844, 380)).toBe(519);
  });
});

describe('activeParagraph', () => {
  const tops = [500, 700, 900];

  it('is 0 while the headline is above the line', () => {
    expect(activeParagraph(tops, 240)).toBe(0);
  });

  it('is the last paragraph whose top reached the line', () => {
    expect(activeParagraph(tops, 500)).toBe(1);
    expect(activeParagraph(tops, 799)).toBe(2);
    expect(activeParagraph([-900, -300, 100], 240)).toBe(3);
  });

  it('gives a pixel of slack for anchors scrolled onto the line', () => {
    expect(activeParagraph([241, 600], 240)).toBe(1);
    expect(activeParagraph([242, 600], 240)).toBe(0);
  });

  it('depends on positions only, not on how the reader got there', () => {
    const there = activeParagraph([-1200, -400, 200, 1000], 240);
    // The same positions reached by a different path give the same answer.
    expect(activeParagraph([-1200, -400, 200, 1000], 240)).toBe(there);
    expect(there).toBe(3);
  });
});

describe('paragraphFocus', () => {
  const paragraphs = [{ places: ['iraq', 'mosul'] }, { places: [] }, { places: ['syria'] }];

  it("shows a paragraph's places", () => {
    expect(paragraphFocus(paragraphs, 1)).toEqual(['iraq', 'mosul']);
    expect(paragraphFocus(paragraphs, 3)).toEqual(['syria']);
  });

  it('keeps the previous framing for a paragraph without places', () => {
    expect(paragraphFocus(paragraphs, 2)).toEqual(['iraq', 'mosul']);
  });

  it('shows every place for the headline', () => {
    expect(paragraphFocus(paragraphs, 0)).toEqual([]);
    expect(paragraphFocus([{ places: [] }], 1)).toEqual([]);
  });
});

describe('readingProgress', () => {
  it('runs from 0 to 1 over the story', () => {
    expect(readingProgress(500, 2500, 240)).toBe(0);
    expect(readingProgress(-760, 1240, 240)).toBe(0.5);
    expect(readingProgress(-3000, -1000, 240)).toBe(1);
    expect(readingProgress(0, 0, 240)).toBe(0);
  });
});
