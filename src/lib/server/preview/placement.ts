/**
 * Where labels and markers may go on a preview's map: boxes kept apart and inside the panel,
 * and point tests against shapes as drawn.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import type { Rect } from '../../core/framing';

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

/** A shape as drawn: its projected (and clipped) rings, for point tests in pixels. */
export interface Screen {
  contains(x: number, y: number): boolean;
}

/**
 * Projects a shape once and tests points against it in the plane (even-odd, so holes work):
 * far cheaper than geoContains on the sphere for every point of a grid.
 */
export function onScreen(projection: GeoProjection, shape: MultiPolygon): Screen {
  const rings: number[][][] = [];
  geoPath(projection, {
    moveTo: (x, y) => void rings.push([[x, y]]),
    lineTo: (x, y) => void rings[rings.length - 1].push([x, y]),
    closePath: () => {},
    beginPath: () => {},
    arc: () => {},
  })(shape);
  return {
    contains(x, y) {
      let inside = false;
      for (const ring of rings)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i];
          const [xj, yj] = ring[j];
          if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        }
      return inside;
    },
  };
}

/**
 * Where a label of `w` x `h` px fits inside the visible part of a shape: on a grid over the
 * panel, the spot nearest the middle of the visible part whose whole box is inside. For
 * neighbours whose own label point is off the map (Turkey and Iran round Mosul).
 */
export function visibleSpot(
  shape: Screen,
  bounds: [[number, number], [number, number]],
  w: number,
  h: number,
): [number, number] | undefined {
  const step = 14;
  const [[x0, y0], [x1, y1]] = bounds;
  const cols = Math.floor((x1 - x0) / step) + 1;
  const rows = Math.floor((y1 - y0) / step) + 1;
  const a = Math.ceil((w / 2 + 4) / step);
  const b = Math.ceil((h / 2 + 4) / step);
  if (cols < 2 * a + 1 || rows < 2 * b + 1) return undefined;
  // Summed-area table of the inside cells: a box is inside when its sum is its cell count.
  const sum = new Float64Array((rows + 1) * (cols + 1));
  let [sx, sy, n] = [0, 0, 0];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const inside = shape.contains(x0 + j * step, y0 + i * step) ? 1 : 0;
      if (inside) [sx, sy, n] = [sx + j, sy + i, n + 1];
      sum[(i + 1) * (cols + 1) + j + 1] =
        inside +
        sum[i * (cols + 1) + j + 1] +
        sum[(i + 1) * (cols + 1) + j] -
        sum[i * (cols + 1) + j];
    }
  if (!n) return undefined;
  const [ci, cj] = [sy / n, sx / n];
  const boxSum = (i0: number, j0: number, i1: number, j1: number) =>
    sum[(i1 + 1) * (cols + 1) + j1 + 1] -
    sum[i0 * (cols + 1) + j1 + 1] -
    sum[(i1 + 1) * (cols + 1) + j0] +
    sum[i0 * (cols + 1) + j0];
  let best: [number, number] | undefined;
  let bestD = Infinity;
  for (let i = b; i < rows - b; i++)
    for (let j = a; j < cols - a; j++) {
      if (boxSum(i - b, j - a, i + b, j + a) < (2 * a + 1) * (2 * b + 1)) continue;
      const d = (i - ci) ** 2 + (j - cj) ** 2;
      if (d < bestD) [best, bestD] = [[x0 + j * step, y0 + i * step], d];
    }
  return best;
}
