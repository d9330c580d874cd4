import { describe, expect, it } from 'vitest';
import { MOTION_KEY, loadReduceMotion, saveReduceMotion } from './preference';

function memory() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

const blocked = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('the remembered "Reduce motion" switch', () => {
  it('round-trips', () => {
    const store = memory();
    expect(loadReduceMotion(() => store)).toBe(false);
    expect(saveReduceMotion(() => store, true)).toBe(true);
    expect(store.items.get(MOTION_KEY)).toBe('reduce');
    expect(loadReduceMotion(() => store)).toBe(true);
    saveReduceMotion(() => store, false);
    expect(store.items.get(MOTION_KEY)).toBe('full');
    expect(loadReduceMotion(() => store)).toBe(false);
  });

  it('reads anything but "reduce" as off', () => {
    const store = memory();
    store.items.set(MOTION_KEY, 'yes');
    expect(loadReduceMotion(() => store)).toBe(false);
  });

  it('survives blocked storage', () => {
    expect(loadReduceMotion(blocked)).toBe(false);
    expect(saveReduceMotion(blocked, true)).toBe(false);
    const full = { ...memory(), setItem: blocked };
    expect(saveReduceMotion(() => full, true)).toBe(false);
  });
});
