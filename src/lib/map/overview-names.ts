/**
 * What the poster names at the overview (server/poster/poster-names), carried in the map data
 * (`map.json`'s `overview`): for each of the poster's steps (core/framing POSTER_STEPS), the
 * names it draws there and where. When the live map takes the poster's place at the overview,
 * it draws the names of the poster's step where the poster drew them (labels/still-names), so that
 * nothing appears, vanishes or moves; from its next rest on, the planner (labels/plan) names
 * its own view. The page also reads the room a regional overview leaves the map's controls.
 */
import type { Kind } from '../core/kinds';

// The poster's layouts and steps (core/framing), re-exported for the map's modules.
export { posterLayout, posterStep, type PosterLayout, type PosterStep } from '../core/framing';

/**
 * What a name names: labels/types `ContextKind`, spelt out here so that the map data's types do
 * not import the planner's (which read the map data's); the build checks that they agree.
 */
type NameKind = 'country' | 'water' | 'city' | 'river' | 'story';

/** A name as the poster sets it, wherever it stands. */
export interface StillName {
  t: NameKind;
  name: string;
  lines: string[];
  size: number;
  /** Letter spacing in pixels. */
  spacing: number;
  angle: number;
  italic: boolean;
  /** The point it names, in degrees (a city's dot). */
  at: [number, number];
  /** Its box around the middle of its text, in pixels: [left, top, right, bottom]. */
  box: [number, number, number, number];
  /** A reference city's: whether it is a capital (its dot is larger). */
  cap?: boolean;
  place?: { id: string; ids: string[]; kind: Kind; group: boolean };
}

/** One step's names, in the order placed: [index into `names`, offset x, offset y] in pixels. */
export type StillStep = [number, number, number][];

export interface OverviewNames {
  /** Every name's shape, once for all the steps. */
  names: StillName[];
  /** By step id (`n0`…, `w0`…). */
  steps: Record<string, StillStep>;
  /**
   * At a regional overview, the room above and below it for the map's controls, in pixels, by
   * layout: the poster frames it so, and so does the camera (server/poster/controls).
   */
  room?: Partial<Record<'wide' | 'narrow', { top: number; bottom: number }>>;
}
