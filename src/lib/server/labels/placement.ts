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
