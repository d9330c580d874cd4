/**
 * Where a still image names a river (labels/context-plan): a straight stretch of its course,
 * the name turned along it, and the box that turned name takes.
 */
import type { Geometry, Position } from 'geojson';
import type { StillView } from './types';
import type { Box } from './placement';

/** The box round a `w` by `h` label centred on `at` and turned `angle` degrees. */
export function rotatedBox([x, y]: [number, number], w: number, h: number, angle: number): Box {
  const a = (angle * Math.PI) / 180;
  const hw = (Math.abs(Math.cos(a)) * w + Math.abs(Math.sin(a)) * h) / 2;
  const hh = (Math.abs(Math.sin(a)) * w + Math.abs(Math.cos(a)) * h) / 2;
  return { x0: x - hw, y0: y - hh, x1: x + hw, y1: y + hh };
}

/**
 * Where a river's name goes: the middle of a stretch as long as the name and a half whose
 * course strays from its chord by under half the type's size, the stretches nearest the middle
 * of the river's drawn course first. A still image does not bend type
 * along the line as the map does (symbol-placement line), so it keeps to straight stretches,
 * turned along them and never upside down. Measured on the projected line, in pixels:
 * `size` is the type's, `textWidth` the name's as set (labels/measure).
 */
export function riverSpot(
  g: Geometry,
  frame: StillView,
  size: number,
  textWidth: number,
): { at: [number, number]; angle: number }[] {
  const width = textWidth * 1.5;
  const lines: Position[][] =
    g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
  const spots: { at: [number, number]; angle: number; d: number }[] = [];
  for (const line of lines) {
    const pts = line.map((p) => frame.project(p)).filter((p): p is [number, number] => !!p);
    // Distance along the line at each point.
    const along = [0];
    for (let i = 1; i < pts.length; i++)
      along.push(along[i - 1] + Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]));
    const total = along.at(-1) ?? 0;
    if (total < width) continue;
    const pointAt = (d: number): [number, number] => {
      let i = 1;
      while (i < along.length - 1 && along[i] < d) i++;
      const t = (d - along[i - 1]) / (along[i] - along[i - 1] || 1);
      return [
        pts[i - 1][0] + t * (pts[i][0] - pts[i - 1][0]),
        pts[i - 1][1] + t * (pts[i][1] - pts[i - 1][1]),
      ];
    };
    for (let start = 0; start + width <= total; start += width / 3) {
      const a = pointAt(start);
      const b = pointAt(start + width);
      const inner = pts.filter((_, i) => along[i] > start && along[i] < start + width);
      const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (chord < width * 0.8) continue;
      const stray = Math.max(
        0,
        ...inner.map(
          ([x, y]) => Math.abs((b[0] - a[0]) * (a[1] - y) - (a[0] - x) * (b[1] - a[1])) / chord,
        ),
      );
      if (stray > size / 2) continue;
      const at: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      let angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
      if (angle > 90) angle -= 180;
      if (angle < -90) angle += 180;
      const d = Math.abs(start + width / 2 - total / 2);
      spots.push({ at, angle: Math.round(angle * 10) / 10, d });
    }
  }
  return spots.sort((a, b) => a.d - b.d);
}
