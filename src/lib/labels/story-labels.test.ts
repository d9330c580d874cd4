import { describe, expect, it } from 'vitest';
import { shownAtZoom } from './story-labels';
import type { StoryLabel } from './types';

const label = (name: string, extra: Partial<StoryLabel> = {}): StoryLabel => ({
  name,
  kind: 'city',
  approximate: false,
  line: false,
  at: [37, 36],
  ...extra,
});

describe('shownAtZoom', () => {
  const aleppo = label('Aleppo', { ownFrom: 5 });
  const pair = label('Dabiq and Aleppo', { group: { from: 1, until: 5 } });

  it('follows the live map: whole zooms, a group up to the zoom its members part', () => {
    expect([1.5, 4.99, 5].map((z) => shownAtZoom(pair, z))).toEqual([true, true, false]);
    expect([1.5, 4.99, 5].map((z) => shownAtZoom(aleppo, z))).toEqual([false, false, true]);
    expect(shownAtZoom(pair, 0.9)).toBe(false);
    expect(shownAtZoom(label('Mosul'), 0)).toBe(true);
  });

  it('names the place an image is about on its own at every zoom', () => {
    expect(shownAtZoom(aleppo, 2, 'aleppo')).toBe(true);
  });
});
