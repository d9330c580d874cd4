import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';

describe('the drafter’s evaluation', () => {
  it('scores every labelled story, with figures between 0 and 1', () => {
    const { stories, overall } = evaluate('tests/draft');
    const folders = readdirSync('tests/draft', { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    );
    expect(stories.map((s) => s.story).sort()).toEqual(folders.map((d) => d.name).sort());
    for (const s of [...stories, overall]) {
      const figures = [s.precision, s.recall, s.f1, s.mentionPrecision, s.mentionRecall, s.review];
      for (const x of figures) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
      expect(s.found).toBeLessThanOrEqual(Math.min(s.gold, s.drafted));
      // The firm places are the drafted ones not flagged, and a part of those found.
      expect(s.firm.drafted).toBe(Math.round(s.drafted * (1 - s.review)));
      expect(s.firm.found).toBeLessThanOrEqual(Math.min(s.firm.drafted, s.found));
      // Every gold place is counted under its kind once.
      const kinds = Object.values(s.kinds);
      expect(kinds.reduce((a, k) => a + k.gold, 0)).toBe(s.gold);
      expect(kinds.reduce((a, k) => a + k.found, 0)).toBe(s.found);
    }
    expect(overall.gold).toBe(stories.reduce((a, s) => a + s.gold, 0));
    expect(overall.kinds.country.gold).toBe(
      stories.reduce((a, s) => a + (s.kinds.country?.gold ?? 0), 0),
    );
  }, 120_000);
});
