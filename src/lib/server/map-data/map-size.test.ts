import { describe, expect, it } from 'vitest';
import { MAP_DATA_BUDGET, mapDataWarning } from './map-size';

describe('mapDataWarning', () => {
  const places = [
    { id: 'russia', bytes: 30_000 },
    { id: 'europe', bytes: 20_000 },
    { id: 'mosul', bytes: 40 },
  ];

  it('says nothing within the budget', () => {
    expect(mapDataWarning({ total: MAP_DATA_BUDGET, places })).toBeUndefined();
  });

  it('names the size, the budget and the heaviest places, heaviest first', () => {
    const w = mapDataWarning({ total: 150 * 1024, places })!;
    expect(w).toContain('150.0 KB gzipped, over its budget of 100.0 KB');
    expect(w).toMatch(/heaviest places: russia 29\.3 KB, europe 19\.5 KB, mosul 0\.0 KB/);
  });
});
