import { describe, expect, it } from 'vitest';
import { detailTiles } from './detail-source';

describe('detailTiles', () => {
  it('sits beside the map data, absolute, its braces unescaped, under a sub-path too', () => {
    expect(detailTiles('/data/map.json', 'http://127.0.0.1:4173/place/mosul')).toBe(
      'http://127.0.0.1:4173/data/detail/{z}/{x}/{y}.pbf',
    );
    expect(
      detailTiles('/explainers/isis/data/map.json', 'http://127.0.0.1:4173/explainers/isis/'),
    ).toBe('http://127.0.0.1:4173/explainers/isis/data/detail/{z}/{x}/{y}.pbf');
  });
});
