/**
 * Where labels and markers may go on a map: boxes kept apart and inside the panel.
 */
import type { Rect } from '../core/framing';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Keeps labels and markers apart and inside the map. */
export class Placer {
  private boxes: Box[] = [];
  constructor(
    private panel: Rect,
    private margin = 10,
  ) {}
  inside(b: Box): boolean {
    const m = this.margin;
    const p = this.panel;
    return b.x0 >= p.left + m && b.x1 <= p.right - m && b.y0 >= p.top + m && b.y1 <= p.bottom - m;
  }
  free(b: Box, gap = 3): boolean {
    return this.boxes.every(
      (o) => b.x1 + gap < o.x0 || b.x0 - gap > o.x1 || b.y1 + gap < o.y0 || b.y0 - gap > o.y1,
    );
  }
  tryAdd(b: Box): boolean {
    if (!this.inside(b) || !this.free(b)) return false;
    this.boxes.push(b);
    return true;
  }
  add(b: Box) {
    this.boxes.push(b);
  }
}
