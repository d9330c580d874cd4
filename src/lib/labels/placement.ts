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

/** The clear space kept between two boxes, px; a name may come this close to a control. */
export const BOX_GAP = 3;

/** How far names keep inside the map's edges, px, on the live map and the poster alike. */
export const MAP_EDGE = 4;

/** Whether `a` and `b` come closer than `gap`. */
export const near = (a: Box, b: Box, gap = BOX_GAP) =>
  !(a.x1 + gap < b.x0 || a.x0 - gap > b.x1 || a.y1 + gap < b.y0 || a.y0 - gap > b.y1);

/** What a box on the map is: what a name that meets it was kept off. */
export type Obstacle = 'name' | 'marker' | 'dot' | 'control';

/** Why a spot was refused: past the map's edge, or on something already there. */
export type Refusal = 'edge' | Obstacle;

/** Keeps labels and markers apart and inside the map. */
export class Placer {
  private boxes: { b: Box; what: Obstacle }[] = [];
  constructor(
    private panel: Rect,
    private margin = 10,
  ) {}
  inside(b: Box): boolean {
    const m = this.margin;
    const p = this.panel;
    return b.x0 >= p.left + m && b.x1 <= p.right - m && b.y0 >= p.top + m && b.y1 <= p.bottom - m;
  }
  free(b: Box, gap = BOX_GAP): boolean {
    return this.boxes.every((o) => !near(b, o.b, gap));
  }
  /** Adds a name's box if it is inside the map and clear of every box added. */
  tryAdd(b: Box): boolean {
    if (!this.inside(b) || !this.free(b)) return false;
    this.boxes.push({ b, what: 'name' });
    return true;
  }
  /** Adds a box that names keep clear of, wherever it is. */
  add(b: Box, what: Obstacle = 'marker') {
    this.boxes.push({ b, what });
  }
  /** Why `b` would be refused (the first thing it meets), or undefined if it would not. */
  why(b: Box): Refusal | undefined {
    if (!this.inside(b)) return 'edge';
    return this.boxes.find((o) => near(b, o.b))?.what;
  }
}

/** Why each of `boxes` was refused in `space`, once each, in the order tried. */
export const refusals = (space: { why(b: Box): Refusal | undefined }, boxes: Box[]): Refusal[] => [
  ...new Set(boxes.flatMap((b) => space.why(b) ?? [])),
];
