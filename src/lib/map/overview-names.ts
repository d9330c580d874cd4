/**
 * What the poster names at the overview (server/poster/poster-names), carried in the map data
 * (`map.json`'s `overview`): the planner (labels/plan) names the live map's overview the same,
 * so these are also what the live map names there on the reference screens. The page reads the
 * room a regional overview leaves the map's controls from it.
 */

// The poster's two sets of names (core/framing), re-exported for the map's modules.
export { posterLayout, type PosterLayout } from '../core/framing';

/** What the poster names in one layout. */
export interface PosterNames {
  /** The story places named, a group's name counting for each place it holds. */
  story: string[];
  /** The names drawn, the story's first, then the context's, in the map's order. */
  names: string[];
  /** The story's names where the poster draws them. */
  labels: PosterLabel[];
  /**
   * At a regional overview, the room above and below it for the map's controls, in pixels:
   * the poster frames it so, and so does the camera (server/poster/controls).
   */
  room?: { top: number; bottom: number };
}

/** A story name on the poster: the places it names, its point, its box around the point in pixels. */
export interface PosterLabel {
  ids: string[];
  at: [number, number];
  /** [left, top, right, bottom], in pixels from the point. */
  box: [number, number, number, number];
}
