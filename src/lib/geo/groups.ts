/**
 * Story points closer on the map than their markers: at the zooms where two markers would
 * overlap, the map names them once together ("Aleppo and Dabiq") beside their shared spot, and
 * each by its own name from the zoom where they stand apart. A click on the shared spot or name
 * offers every place it holds (map/hits, the chooser).
 *
 * Zooms are whole numbers: MapLibre evaluates a layer's filter at its tile's zoom, so a rule
 * holds from zoom Z to Z + 1. Two points stand apart at Z when their distance at Z is at least
 * the sum of their markers' radii at their largest (highlighted) and MARKER_GAP; the rest of
 * that step only widens the gap. Groups of three or more nest (single linkage): the two closest part first.
 */
import { toWorld } from './mercator';

export interface GroupPoint {
  id: string;
  /** Longitude and latitude. */
  at: [number, number];
  /** The marker's largest radius, px. */
  radius: number;
}

export interface PointGroup {
  /** The places it holds, in the order given. */
  members: string[];
  /** Where it is named: the middle of its members. */
  at: [number, number];
  /**
   * How far its farthest member's marker reaches from `at`, in zoom-0 world pixels without
   * the marker's radius (it doubles with each zoom): the group's name is set beyond it.
   */
  spread: number;
  /** The whole zooms it is named at: from `from` up to, not including, `until`. */
  from: number;
  until: number;
}

/**
 * The deepest zoom the map goes to (MapLibre's maxZoom in map/load): points apart only past
 * it are one group at every zoom.
 */
export const GROUP_MAX_ZOOM = 9;

/**
 * The clear space two markers need between them to be named apart (px): nearer, each name
 * beside its own marker would run past the other one, and MapLibre may set them crossed
 * (Mosul's and Aleppo's, 17 px apart at the world view, were).
 */
export const MARKER_GAP = 4;

/** The first whole zoom at which two points stand apart (0 when they always do). */
export function apartFrom(a: GroupPoint, b: GroupPoint): number {
  const [ax, ay] = toWorld(...a.at);
  const [bx, by] = toWorld(...b.at);
  const d = Math.hypot(ax - bx, ay - by);
  const needed = a.radius + b.radius + MARKER_GAP;
  if (d === 0) return GROUP_MAX_ZOOM + 1;
  return Math.min(GROUP_MAX_ZOOM + 1, Math.max(0, Math.ceil(Math.log2(needed / d))));
}

/**
 * The groups of close points, and for each grouped point the zoom its own name shows from.
 * Points that always stand apart are in neither.
 */
export function closeGroups(points: readonly GroupPoint[]): {
  groups: PointGroup[];
  ownFrom: Map<string, number>;
} {
  const pairs = points
    .flatMap((a, i) => points.slice(i + 1).map((b) => ({ a, b, z: apartFrom(a, b) })))
    .filter((p) => p.z > 0)
    // Closest first: they part last, at the deepest zoom.
    .sort((p, q) => q.z - p.z);
  /** A cluster: its members (indices), the zoom it parts at, the zoom it forms at. */
  interface Node {
    members: number[];
    until: number;
    from?: number;
  }
  const index = new Map(points.map((p, i) => [p.id, i]));
  /** Each point's largest cluster so far. */
  const top: (Node | undefined)[] = points.map(() => undefined);
  const nodes: Node[] = [];
  const ownFrom = new Map<string, number>();
  for (const { a, b, z } of pairs) {
    const ia = index.get(a.id)!;
    const ib = index.get(b.id)!;
    const [ta, tb] = [top[ia], top[ib]];
    if (ta && ta === tb) continue;
    const members = [...(ta?.members ?? [ia]), ...(tb?.members ?? [ib])].sort((x, y) => x - y);
    const node: Node = { members, until: z };
    // Pairs come closest first, so a cluster joining a larger one forms it at a lower zoom.
    for (const child of [ta, tb]) if (child) child.from = z;
    for (const i of members) {
      if (!top[i]) ownFrom.set(points[i].id, z);
      top[i] = node;
    }
    nodes.push(node);
  }
  const groups = nodes
    .filter((n) => (n.from ?? 0) < n.until)
    .map((n): PointGroup => {
      const at = n.members.map((i) => points[i].at);
      const mid = (k: 0 | 1) => at.reduce((s, p) => s + p[k], 0) / at.length;
      const centre = toWorld(mid(0), mid(1));
      const spread = Math.max(
        ...at.map((p) => {
          const [x, y] = toWorld(...p);
          return Math.hypot(x - centre[0], y - centre[1]);
        }),
      );
      return {
        members: n.members.map((i) => points[i].id),
        at: [mid(0), mid(1)],
        spread,
        from: n.from ?? 0,
        until: n.until,
      };
    });
  return { groups, ownFrom };
}
