import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DETAIL } from './detail-source';
import { placeStates, setPlaceState, stateChanges, withGroups } from './highlights';
import { NAMES } from './name-layers';

describe('placeStates', () => {
  it('highlights the focus, dims the rest and marks the selection', () => {
    const states = placeStates(['iraq', 'mosul', 'syria'], ['iraq', 'mosul'], 'mosul');
    expect(states.get('iraq')).toEqual({ hl: true, dim: false, selected: false });
    expect(states.get('mosul')).toEqual({ hl: true, dim: false, selected: true });
    expect(states.get('syria')).toEqual({ hl: false, dim: true, selected: false });
  });

  it('dims nothing when nothing is in focus', () => {
    const states = placeStates(['iraq', 'syria'], [], null);
    expect([...states.values()].every((s) => !s.hl && !s.dim && !s.selected)).toBe(true);
  });
});

describe('stateChanges', () => {
  it('sends every state once, then only what changed', () => {
    const applied = new Map<string, string>();
    const first = stateChanges(applied, placeStates(['iraq', 'syria'], ['iraq'], null));
    expect(first.map(([id]) => id)).toEqual(['iraq', 'syria']);
    expect(stateChanges(applied, placeStates(['iraq', 'syria'], ['iraq'], null))).toEqual([]);
    const next = stateChanges(applied, placeStates(['iraq', 'syria'], ['iraq'], 'iraq'));
    expect(next).toEqual([['iraq', { hl: true, dim: false, selected: true }]]);
  });
});

describe('withGroups', () => {
  const group = { id: 'group:dabiq+aleppo', members: ['dabiq', 'aleppo'] };
  const ids = ['dabiq', 'aleppo', 'iraq'];

  it('highlights a group when one member is in focus, and marks it selected with it', () => {
    const states = withGroups(placeStates(ids, ['aleppo'], 'aleppo'), [group]);
    expect(states.get(group.id)).toEqual({ hl: true, dim: false, selected: true });
    expect(states.get('aleppo')).toEqual({ hl: true, dim: false, selected: true });
  });

  it('dims a group only when every member is dimmed', () => {
    expect(withGroups(placeStates(ids, ['iraq'], null), [group]).get(group.id)).toEqual({
      hl: false,
      dim: true,
      selected: false,
    });
    expect(withGroups(placeStates(ids, [], null), [group]).get(group.id)?.dim).toBe(false);
  });
});

describe('setPlaceState', () => {
  const fake = (hasDetail: boolean) => {
    const calls: unknown[] = [];
    const map = {
      getSource: (id: string) => (id === NAMES || (hasDetail && id === DETAIL) ? {} : undefined),
      setFeatureState: (target: unknown, state: unknown) => calls.push([target, state]),
    } as unknown as MapLibreMap;
    return { map, calls };
  };

  it("sets a place's state on its 1:50m shapes, its planned name and its 1:10m tiles", () => {
    const { map, calls } = fake(true);
    setPlaceState(map, 'iraq', { hover: true });
    expect(calls).toEqual([
      [{ source: 'places', id: 'iraq' }, { hover: true }],
      [{ source: NAMES, id: 'iraq' }, { hover: true }],
      [{ source: DETAIL, sourceLayer: 'places', id: 'iraq' }, { hover: true }],
    ]);
  });

  it('sets no 1:10m state when the map has no detail tiles', () => {
    const { map, calls } = fake(false);
    setPlaceState(map, 'iraq', { hl: true });
    expect(calls).toEqual([
      [{ source: 'places', id: 'iraq' }, { hl: true }],
      [{ source: NAMES, id: 'iraq' }, { hl: true }],
    ]);
  });
});
