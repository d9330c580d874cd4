/**
 * The poster's names on the live map (map/overview-names): when the live map takes the
 * poster's place at the overview, it draws the names of the poster's step for its size where
 * the poster drew them, rather than planning its own (components/map/PlannedNames).
 */
import type { OverviewNames } from '../map/overview-names';
import type { LabelSpace, PlannedLabel } from './types';

/** A name of the poster's, on the live map: its point in the map's pixels, and its place. */
export type StillLabel = Omit<PlannedLabel, 'fill' | 'opacity'>;

/**
 * The names of the poster's step `id` on a map that projects a point to its pixels with
 * `project`: each at its point plus its offset, as the poster sets it, and added to `space` in
 * the order placed; one that does not fit there (past the map's edge, on a control or on a name
 * before it: a map larger than the step spreads its names apart, so this is rare) is left out.
 * A reference city's dot comes with its name.
 */
export function stillNames(
  overview: OverviewNames,
  id: string,
  project: (p: [number, number]) => [number, number],
  space: LabelSpace,
): { labels: StillLabel[]; cities: { name: string; at: [number, number]; cap: boolean }[] } {
  const labels: StillLabel[] = [];
  const cities: { name: string; at: [number, number]; cap: boolean }[] = [];
  for (const [i, dx, dy] of overview.steps[id] ?? []) {
    const n = overview.names[i];
    if (!n) continue;
    const at = project(n.at);
    const [cx, cy] = [at[0] + dx, at[1] + dy];
    const box = { x0: cx + n.box[0], y0: cy + n.box[1], x1: cx + n.box[2], y1: cy + n.box[3] };
    if (!space.tryAdd(box)) continue;
    const { t, name, lines, size, spacing, angle, italic, place } = n;
    labels.push({ t, name, lines, size, spacing, angle, italic, at, offset: [dx, dy], box, place });
    if (t === 'city') cities.push({ name, at, cap: n.cap ?? false });
  }
  return { labels, cities };
}
