import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { all, on } from './on';

describe('on', () => {
  it('adds a DOM listener and returns its remover', () => {
    const target = new EventTarget();
    const fn = vi.fn();
    const off = on(target, 'ping', fn);
    target.dispatchEvent(new Event('ping'));
    off();
    target.dispatchEvent(new Event('ping'));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("adds a map listener with the map's own on and off", () => {
    const listeners = new Map<string, Set<unknown>>();
    const fake = {
      on: (t: string, f: unknown) => listeners.set(t, (listeners.get(t) ?? new Set()).add(f)),
      off: (t: string, f: unknown) => listeners.get(t)?.delete(f),
    };
    const off = on(fake as unknown as MapLibreMap, 'moveend', () => {});
    expect(listeners.get('moveend')?.size).toBe(1);
    off();
    expect(listeners.get('moveend')?.size).toBe(0);
  });
});

describe('all', () => {
  it('runs every remover, last added first', () => {
    const order: number[] = [];
    all(
      () => order.push(1),
      () => order.push(2),
    )();
    expect(order).toEqual([2, 1]);
  });
});
