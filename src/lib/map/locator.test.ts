import { describe, expect, it } from 'vitest';
import { INSET_VIEW, insetMark, insetShown, latLng, zoomedIn } from './locator';

describe('the locator aids', () => {
  it('show past continent scale, the inset only on a map wide enough', () => {
    expect(zoomedIn(1.5)).toBe(false);
    expect(zoomedIn(3)).toBe(true);
    expect(zoomedIn(NaN)).toBe(false);
    expect(insetShown(5, 700)).toBe(true);
    expect(insetShown(5, 390)).toBe(false);
    expect(insetShown(2, 1280)).toBe(false);
  });

  it('frames the map on the inset, within its world', () => {
    expect(insetMark([38, 32, 48, 40])).toEqual({ x: 38, y: -40, width: 10, height: 8 });
    const f = insetMark([170, -10, 200, 10]);
    expect(f.x + f.width).toBeLessThanOrEqual(INSET_VIEW[0] + INSET_VIEW[2]);
    expect(insetMark([-200, 60, -150, 89]).y).toBe(INSET_VIEW[1]);
    expect(latLng([43.1, 36.3])).toBe('36°N 43°E');
    expect(latLng([-74, -12])).toBe('12°S 74°W');
  });
});
