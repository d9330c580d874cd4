import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DETAIL, detailTiles, setPlaceState } from './detail-source';

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

describe('setPlaceState', () => {
  const fake = (hasDetail: boolean) => {
    const calls: unknown[] = [];
    const map = {
      getSource: (id: string) => (hasDetail && id === DETAIL ? {} : undefined),
      setFeatureState: (target: unknown, state: unknown) => calls.push([target, state]),
    } as unknown as MapLibreMap;
    return { map, calls };
  };

  it("sets a place's state on its 1:50m shapes and on its 1:10m tiles", () => {
    const { map, calls } = fake(true);
    setPlaceState(map, 'iraq', { hover: true });
    expect(calls).toEqual([
      [{ source: 'places', id: 'iraq' }, { hover: true }],
      [{ source: DETAIL, sourceLayer: 'places', id: 'iraq' }, { hover: true }],
    ]);
  });

  it('sets it on the places alone when the map has no detail tiles', () => {
    const { map, calls } = fake(false);
    setPlaceState(map, 'iraq', { hl: true });
    expect(calls).toEqual([[{ source: 'places', id: 'iraq' }, { hl: true }]]);
  });
});
