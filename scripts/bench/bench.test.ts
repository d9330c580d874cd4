import { describe, expect, it } from 'vitest';
import { parseOnly, selectMeasures, type Measure } from './registry.js';
import { max, median, min, percentile, summary } from './stats.js';

const names = ['lighthouse', 'sizes', 'premap', 'ready'];
const run = () => undefined;
const registry: Measure[] = [
  { name: 'lighthouse', key: 'lighthouse', step: 'lighthouse', run },
  { name: 'sizes', key: 'sizes', step: 'sizes', run },
  { name: 'premap', key: 'preMapJs', step: 'JS before the map', needs: ['sizes'], run },
  { name: 'ready', key: 'mapReady', step: 'map ready', run },
];

describe('--only', () => {
  it('means every measure when absent', () => {
    expect(parseOnly([], names)).toBeUndefined();
    expect(selectMeasures(registry, undefined).map((m) => m.name)).toEqual(names);
  });

  it('takes a list after a space or an equals sign', () => {
    expect(parseOnly(['--only', 'ready,sizes'], names)).toEqual(new Set(['ready', 'sizes']));
    expect(parseOnly(['--only=ready'], names)).toEqual(new Set(['ready']));
  });

  it('rejects an unknown name and lists the valid ones', () => {
    expect(() => parseOnly(['--only', 'ready,heep'], names)).toThrow(
      'Unknown measure: heep. Valid names: lighthouse, sizes, premap, ready.',
    );
    expect(() => parseOnly(['--only'], names)).toThrow('--only names no measure');
  });

  it('runs what a measure needs, in registry order', () => {
    const picked = selectMeasures(registry, parseOnly(['--only=ready,premap'], names));
    expect(picked.map((m) => m.name)).toEqual(['sizes', 'premap', 'ready']);
  });
});

describe('statistics', () => {
  it('median of odd and even counts, ignoring missing samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, undefined, 1])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('nearest-rank percentile is an observed sample', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => 30 - i); // 30 … 1
    // ceil(0.95 × 30) = 29: the 29th smallest.
    expect(percentile(thirty, 95)).toBe(29);
    expect(percentile(thirty, 50)).toBe(15);
    expect(percentile(thirty, 100)).toBe(30);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });

  it('min, max and summary', () => {
    expect(min([2, null, 1])).toBe(1);
    expect(max([2, null, 1])).toBe(2);
    expect(summary([1, 2, 3, 10])).toEqual({ median: 2.5, min: 1, max: 10 });
  });
});

describe('the long story the build is measured on', () => {
  it('has the places and words asked for, each place named in its text as written', async () => {
    const { longStory } = await import('./long-story.ts');
    const story = longStory(40, 3000);
    const features = story.places.features;
    expect(features).toHaveLength(40);
    expect(story.wordCount).toBeGreaterThanOrEqual(3000);
    expect(new Set(features.map((f) => f.properties.id)).size).toBe(40);
    const names = features.map((f) => f.properties.name);
    for (const name of names) expect(story.article).toContain(name);
    // No name inside another, so each is found as itself only.
    for (const a of names) for (const b of names) if (a !== b) expect(b.includes(a)).toBe(false);
    // Cities and the countries they lie in, by reference, as a real story has.
    expect(new Set(features.map((f) => f.properties.kind))).toEqual(new Set(['city', 'country']));
    expect(longStory(40, 3000).article).toBe(story.article);
  });
});
