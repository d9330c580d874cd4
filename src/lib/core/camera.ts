/**
 * The camera policy: what to frame and how to move there, as a pure function of its inputs
 * (the focus, "Show all places", each place's box and label point, the padding, the reader's
 * wish for less motion, how fast this browser draws, and the time). The map's camera
 * component (lib/components/map/Camera.svelte) only applies the result.
 */
import type { Position } from 'geojson';
import { bboxOf, type BBox, type Padding } from './framing';
import { clearOfLabels, windowOnLabels, type Reach } from './label-reach';
import { cameraMotion } from './motion';

/**
 * The box the map frames when no place is in focus: the box around every place's label
 * point. The live map's camera and the map's poster (lib/server/poster/poster) both call this, so the
 * two agree by construction.
 */
export function overviewBox(labelPoints: Position[]): BBox | undefined {
  return bboxOf([{ type: 'MultiPoint', coordinates: labelPoints }]);
}

/** Where to look for each place: the box around its main body and its label point. */
export interface PlaceFrames {
  boxes: ReadonlyMap<string, BBox>;
  labels: ReadonlyMap<string, Position>;
  /** How far each place's label reaches from its label point at rest (map data); optional. */
  reach?: ReadonlyMap<string, Reach>;
}

/**
 * Wider than this (degrees of longitude), a frame would show the globe centred on the
 * Pacific: "the West" reaches New Zealand and Russia reaches Alaska. Such a focus is framed on
 * its label points instead.
 */
export const GLOBAL_SPAN = 270;

/**
 * Most zoom for a focus of points alone (a city is shown with its country and neighbours
 * around it) and for one with areas.
 */
export const MAX_ZOOM = { points: 5, areas: 5.5 } as const;

/** A flight's length: long enough to follow, short enough not to hold up the reader. */
export const FLIGHT_MS = 1100;

/**
 * The focus changing again sooner than this means the reader is moving fast (a flick, quick
 * choices): the camera jumps, so it never trails behind with a queue of half flights.
 */
export const HURRIED_MS = 700;

const width = (b: BBox) => b[2] - b[0];

/** The box around the given places' main bodies. */
function focusBox(ids: string[], boxes: PlaceFrames['boxes']): BBox | undefined {
  const corners = ids.flatMap((id) => {
    const b = boxes.get(id);
    return b ? [b.slice(0, 2), b.slice(2)] : [];
  });
  return bboxOf([{ type: 'MultiPoint', coordinates: corners }]);
}

/** The box around the label points of the given places (all of them when `ids` is omitted). */
function labelBox(frames: PlaceFrames, ids?: string[]): BBox | undefined {
  const points = ids
    ? ids.flatMap((id) => {
        const p = frames.labels.get(id);
        return p ? [p] : [];
      })
    : [...frames.labels.values()];
  return overviewBox(points);
}

export interface Target {
  bbox: BBox;
  maxZoom: number;
}

/**
 * What to frame. Nothing in focus, or "Show all places": the overview. A focus of which one
 * place circles the globe by itself, or whose box would: the focus's label points. Otherwise
 * the box around the focus's main bodies.
 */
export function cameraTarget(
  focus: string[],
  overview: boolean,
  frames: PlaceFrames,
): Target | undefined {
  const all = overview || focus.length === 0;
  // A place that circles the globe by itself ("the West") makes the whole focus global, even
  // when the corners of its box happen to fit a narrower frame.
  const globalPlace = focus.some((id) => {
    const b = frames.boxes.get(id);
    return !!b && width(b) > GLOBAL_SPAN;
  });
  const full = all || globalPlace ? undefined : focusBox(focus, frames.boxes);
  let bbox = !full || width(full) > GLOBAL_SPAN ? labelBox(frames, all ? undefined : focus) : full;
  // A place that circles the globe, alone: one label point is no frame for it (the West
  // would be a close-up of Kansas), and its box's middle is an ocean. The story's overview
  // shows it highlighted with every other place.
  if (bbox && globalPlace && width(bbox) === 0 && bbox[1] === bbox[3])
    bbox = labelBox(frames) ?? bbox;
  if (!bbox) return undefined;
  const onlyPoints =
    !all &&
    focus.every((id) => {
      const b = frames.boxes.get(id);
      return !b || width(b) === 0;
    });
  return { bbox, maxZoom: onlyPoints ? MAX_ZOOM.points : MAX_ZOOM.areas };
}

/** What the camera remembers between framings of one map. */
export interface CameraMemory {
  /** Whether this map has been framed yet. */
  framed: boolean;
  /** The focus last framed (ids joined by spaces), and when it changed to that (ms). */
  focusKey: string | undefined;
  focusChangedAt: number;
  /**
   * The last framing planned, so the same one asked again is not: a padding measured again
   * to the same values would otherwise fly the camera where it already is.
   */
  last?: { key: string; bbox: BBox; maxZoom: number; padding: Padding };
}

export const FRESH_CAMERA: CameraMemory = {
  framed: false,
  focusKey: undefined,
  focusChangedAt: -Infinity,
};

export interface CameraInput {
  focus: string[];
  /** "Show all places" was pressed since the focus last changed. */
  overview: boolean;
  frames: PlaceFrames;
  padding: Padding;
  /** The map's size in pixels: with it, the padding also keeps the focus's labels on the map. */
  size?: { width: number; height: number };
  reducedMotion: boolean;
  /** Flights in a row whose frames came too slowly (core/motion). */
  slowFlights: number;
  /** The time of this framing (ms, any monotonic clock). */
  now: number;
}

export interface CameraPlan extends Target {
  padding: Padding;
  /** 0 for a cut; otherwise a flight of this many ms. */
  duration: number;
  /**
   * Apply one frame later, so the panel or paragraph marker paints first. The first framing
   * of a map is applied at once: it is drawn before the map is shown.
   */
  deferred: boolean;
}

/**
 * How to frame the input, and what to remember. The first framing of a map is a cut (a link
 * to a place opens on its place, with no flight in from the world); after it, the camera flies
 * unless the reader asked for less motion, the browser draws too slowly to fly, or the focus
 * is changing faster than a flight.
 */
export function planCamera(
  input: CameraInput,
  memory: CameraMemory,
): { plan: CameraPlan | undefined; memory: CameraMemory } {
  const key = input.focus.join(' ');
  const changed = key !== memory.focusKey;
  const hurried = changed && input.now - memory.focusChangedAt < HURRIED_MS;
  const next: CameraMemory = {
    ...memory,
    focusKey: key,
    focusChangedAt: changed ? input.now : memory.focusChangedAt,
  };
  const target = cameraTarget(input.focus, input.overview, input.frames);
  if (!target) return { plan: undefined, memory: next };
  const fitted = fitLabels(input, target);
  const last = {
    key: `${key} ${input.overview}`,
    bbox: fitted.bbox,
    maxZoom: target.maxZoom,
    padding: fitted.padding,
  };
  if (memory.last && sameFraming(memory.last, last)) return { plan: undefined, memory: next };
  const cut =
    !memory.framed || hurried || cameraMotion(input.reducedMotion, input.slowFlights) === 'jump';
  return {
    plan: {
      ...target,
      bbox: last.bbox,
      padding: last.padding,
      duration: cut ? 0 : FLIGHT_MS,
      deferred: memory.framed,
    },
    memory: { ...next, framed: true, last },
  };
}

/**
 * The frame and padding for a focus that keep its names on the map (core/framing): a window
 * over them when the frame is wider than the map can show, and padding grown where a name
 * would run off. Not at the overview, which the poster frames with the plain margins
 * (server/poster/poster).
 */
function fitLabels(input: CameraInput, target: Target): { bbox: BBox; padding: Padding } {
  const { focus, frames, size, padding } = input;
  if (!size || !frames.reach || input.overview || focus.length === 0)
    return { bbox: target.bbox, padding };
  const labels = focus.flatMap((id) => {
    const at = frames.labels.get(id);
    const reach = frames.reach?.get(id);
    return at && reach ? [{ at, reach }] : [];
  });
  const bbox = windowOnLabels(target.bbox, padding, size, labels);
  return { bbox, padding: clearOfLabels(bbox, padding, size, target.maxZoom, labels) };
}

function sameFraming(a: NonNullable<CameraMemory['last']>, b: NonNullable<CameraMemory['last']>) {
  const sides = ['top', 'right', 'bottom', 'left'] as const;
  return (
    a.key === b.key &&
    a.maxZoom === b.maxZoom &&
    a.bbox.every((v, i) => v === b.bbox[i]) &&
    sides.every((s) => a.padding[s] === b.padding[s])
  );
}

/** A flight found too slow ends at once where it was going. */
export function cutShort(plan: CameraPlan): CameraPlan {
  return { ...plan, duration: 0, deferred: false };
}
