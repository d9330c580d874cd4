import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, kmToShape } from './evaluate';

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

describe('kmToShape', () => {
  // A square of 2° around (0, 0) with a hole of 1° in its middle.
  const square = (r: number) => [
    [-r, -r],
    [r, -r],
    [r, r],
    [-r, r],
    [-r, -r],
  ];
  const holed = { type: 'Polygon' as const, coordinates: [square(1), square(0.5)] };

  it('is 0 inside an area, and the distance to the nearest edge outside it or in its hole', () => {
    expect(kmToShape([0.75, 0], holed)).toBe(0);
    // From the middle of the hole, half a degree of longitude at the equator to its edge.
    expect(kmToShape([0, 0], holed)).toBeCloseTo(0.5 * 111.32, 0);
    expect(kmToShape([1.5, 0], holed)).toBeCloseTo(0.5 * 111.32, 0);
  });

  it('measures to a line or a point', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [0, 1],
        [2, 1],
      ],
    };
    expect(kmToShape([1, 0], line)).toBeCloseTo(110.57, 0);
    expect(kmToShape([0, 0], { type: 'Point', coordinates: [0, 0.1] })).toBeCloseTo(11.06, 0);
  });
});
