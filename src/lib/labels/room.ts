/**
 * The room a story name takes and leaves, for the planner (labels/story-labels): the markers'
 * room, how far a point's name sits from its marker, and where an area's name may go, tried
 * in order.
 */
import { rest, storyType } from '../design';

/**
 * The room each marker takes at rest, in px from its centre (its radius and ring): no name is
 * set over a place's dot or ring.
 */
export const markerRoom = (approximate: boolean) =>
  (approximate ? rest.approximateRadius : rest.cityRadius) + rest.markerStroke;

/** The clear space between a marker's room and its name, px: more than the 3 px between boxes. */
const NAME_GAP = 4;
/** The size of a point's name, px. */
export const POINT_TEXT_SIZE = storyType.point;

/**
 * How far a point's name sits from its marker's centre (text-radial-offset, ems): a city's
 * 0.9 em clears its dot; an approximate place's clears its wider ring.
 */
export const POINT_OFFSET = {
  city: 0.9,
  approximate: Math.max(0.9, (markerRoom(true) + NAME_GAP) / POINT_TEXT_SIZE),
} as const;

/** A text anchor and its offset in ems (MapLibre's text-variable-anchor-offset pairs). */
export type AnchorOffset = [
  (
    | 'center'
    | 'top'
    | 'bottom'
    | 'left'
    | 'right'
    | 'top-left'
    | 'top-right'
    | 'bottom-left'
    | 'bottom-right'
  ),
  [number, number],
];

/**
 * Where an area's name may go, tried in order: centred, then half an em beside its point each
 * way. Every area name at rest; the stills place theirs the same way (labels/story-labels).
 */
export const NEAR_AREA_ANCHORS: AnchorOffset[] = [
  ['center', [0, 0]],
  ['top', [0, 0.5]],
  ['bottom', [0, -0.5]],
  ['left', [0.5, 0]],
  ['right', [-0.5, 0]],
  ['top-left', [0.35, 0.35]],
  ['top-right', [-0.35, 0.35]],
  ['bottom-left', [0.35, -0.35]],
  ['bottom-right', [-0.35, -0.35]],
];

/** Below, above, right of and left of the point: `down` ems off, or `side` ems beside it. */
const ring = (down: number, side: number): AnchorOffset[] => [
  ['top', [0, down]],
  ['bottom', [0, -down]],
  ['left', [side, 0]],
  ['right', [-side, 0]],
];

/**
 * A focused area's name may then go farther above, below and beside its point rather than be
 * dropped: a focused region beside a focused country whose name holds its middle (West Asia
 * beside Iraq and Syria). Only in focus: at rest a name that far off reads as the
 * neighbour's.
 */
const FOCUS_AREA_ANCHORS: AnchorOffset[] = [...NEAR_AREA_ANCHORS, ...ring(1.6, 2)];

/**
 * A focused region's or concept's name may go farther still (3 em above or below it, 3.5 em
 * beside): such areas span continents, so the name still reads as theirs, and their label
 * point may hold a focused place's marker (Asia's is in Kashmir).
 */
const WIDE_AREA_ANCHORS: AnchorOffset[] = [...FOCUS_AREA_ANCHORS, ...ring(3, 3.5)];

/** Where a focused area's name may go, by its kind: farther still for a region or a concept. */
export const focusAreaAnchors = (kind: string): AnchorOffset[] =>
  kind === 'region' || kind === 'concept' ? WIDE_AREA_ANCHORS : FOCUS_AREA_ANCHORS;
