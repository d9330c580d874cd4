/**
 * What the poster names at the overview (server/poster/poster-names), carried in the map data
 * (`map.json`'s `overview`): for each of the poster's steps (POSTER_STEPS), the
 * names it draws there and where. When the live map takes the poster's place at the overview,
 * it draws the names of the poster's step where the poster drew them (labels/still-names), so that
 * nothing appears, vanishes or moves; from its next rest on, the planner (labels/plan) names
 * its own view. The page also reads the room a regional overview leaves the map's controls.
 */
import type { Kind } from '../core/kinds';

import { posterLayout, type PosterLayout } from '../core/framing';

// The poster's two layouts (core/framing), re-exported for the map's modules.
export { posterLayout, type PosterLayout };

/**
 * The map sizes, in CSS pixels, that the poster plans its names for, by layout, each at least as
 * large as the one before it in both directions. A map shows the names of the largest size it
 * holds, so that names planned apart stay apart as the map spreads them (and of the smallest
 * when it holds none). Taken from common screens: phones of 360 to 430 px (the map is 45% of
 * the screen's height), tablets, laptops of 1024 to 1366 px and desktops to 1920 px (the map is
 * 1.25 / 2.25 of the width and the whole height).
 */
export const POSTER_STEPS: Record<PosterLayout, readonly { width: number; height: number }[]> = {
  narrow: [
    { width: 300, height: 240 },
    { width: 340, height: 300 },
    { width: 375, height: 340 },
    { width: 390, height: 370 },
    { width: 412, height: 400 },
  ],
  wide: [
    { width: 500, height: 380 },
    { width: 560, height: 640 },
    { width: 700, height: 700 },
    { width: 790, height: 840 },
    { width: 1050, height: 1000 },
  ],
};

/** One of POSTER_STEPS: its id (`n0`…, `w0`…, the poster's class for it) and layout. */
export interface PosterStep {
  id: string;
  layout: PosterLayout;
  width: number;
  height: number;
}

/** Every step, narrow then wide, smallest first. */
export const posterSteps = (): PosterStep[] =>
  (['narrow', 'wide'] as const).flatMap((layout) =>
    POSTER_STEPS[layout].map((s, i) => ({ id: `${layout[0]}${i}`, layout, ...s })),
  );

/** The step the poster shows on a map `width` by `height` (its container queries choose so). */
export function posterStep(width: number, height: number): PosterStep {
  const layout = posterLayout(width);
  const steps = posterSteps().filter((s) => s.layout === layout);
  return steps.findLast((s) => s.width <= width && s.height <= height) ?? steps[0];
}

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
