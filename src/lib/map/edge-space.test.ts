import { describe, expect, it } from 'vitest';
import { EDGE_ICON_PX, EDGE_INSET, edgePoints } from './edge-space';

describe('edgePoints', () => {
  const [w, h] = [390, 380];
  const half = EDGE_ICON_PX / 2;
  const boxes = edgePoints(w, h).map(([x, y]) => ({
    x0: x - half,
    x1: x + half,
    y0: y - half,
    y1: y + half,
  }));
  const covered = (x: number, y: number) =>
    boxes.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);

  it('covers a strip EDGE_INSET px deep along every edge, corners included, without gaps', () => {
    for (let t = 0; t <= h; t += 1) {
      expect(covered(EDGE_INSET - 0.5, t)).toBe(true);
      expect(covered(w - EDGE_INSET + 0.5, t)).toBe(true);
    }
    for (let t = 0; t <= w; t += 1) {
      expect(covered(t, EDGE_INSET - 0.5)).toBe(true);
      expect(covered(t, h - EDGE_INSET + 0.5)).toBe(true);
    }
  });

  it('leaves the map inside the strip free', () => {
    for (let x = EDGE_INSET + 1; x < w - EDGE_INSET - 1; x += 7)
      for (let y = EDGE_INSET + 1; y < h - EDGE_INSET - 1; y += 7)
        expect(covered(x, y)).toBe(false);
  });
});
