/**
 * The shapes the still images' label planning passes between its modules: the view of one
 * still image, the room labels are placed in, a planned label, and what the plan reads (the
 * story's labels and the context, decoded from the map data the site serves). Types only, so
 * that the planning modules depend on them and never on each other in a circle.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Kind } from '../core/kinds';
import type { CountryShape, View } from '../geo/view-names';
import type { ContextProps } from '../map/data';
import type { FontTable } from './measure';
import type { Box, Obstacle, Refusal } from './placement';

/** Where labels may go: boxes kept apart (labels/placement's Placer). */
export interface LabelSpace {
  /** Adds `b` if it is inside the map and clear of every box added. */
  tryAdd(b: Box): boolean;
  /** Whether `b` is clear of every box added. */
  free(b: Box): boolean;
  add(b: Box, what?: Obstacle): void;
  /** Why `b` would be refused, or undefined if it would not. */
  why(b: Box): Refusal | undefined;
}

/**
 * A name the planner could not place, with why: each spot it tried was past the map's edge or
 * met a name, a marker, a city's dot or a control (the reasons of its spots, once each, in
 * the order tried), or a line had no straight stretch in view to be named along.
 */
export interface DroppedLabel {
  t: ContextKind;
  name: string;
  reasons: (Refusal | 'no-stretch')[];
}

/** A still image's framing, in the image's pixels. */
export interface StillView {
  /** Longitude and latitude to the image's pixels; undefined off the drawing. */
  project(p: Position): [number, number] | undefined;
  /** What the reader sees (geo/view-names `View`): the box in degrees and the MapLibre zoom. */
  view: View;
  /** Image pixels per pixel of the live map: sizes of type, dots and lines are scaled by it. */
  ratio: number;
}

export type ContextKind = 'country' | 'water' | 'city' | 'river' | 'story';

/** One name as drawn: its lines centred on `at` + `offset`, turned by `angle` degrees. */
export interface PlannedLabel {
  t: ContextKind;
  name: string;
  lines: string[];
  /** The point it names (a city's dot), in image pixels. */
  at: [number, number];
  /** From `at` to the middle of the text, in image pixels. */
  offset: [number, number];
  angle: number;
  size: number;
  /** Letter spacing in pixels. */
  spacing: number;
  italic: boolean;
  fill: string;
  opacity: number;
  /** Its box in image pixels, as placed. */
  box: Box;
  /** A story name's place: its id (a group's id), and the places it names. */
  place?: { id: string; ids: string[]; kind: Kind; group: boolean };
}

export interface ContextPlan {
  /** Rivers shown at this zoom (the map draws them from `z`), as the data holds them. */
  rivers: Feature<Geometry, ContextProps>[];
  /** Lakes shown at this zoom (from `z`). */
  lakes: Feature<Geometry, ContextProps>[];
  /** Reference cities shown at this zoom, at their points in image pixels. */
  cities: { name: string; at: [number, number]; cap: boolean }[];
  labels: PlannedLabel[];
  /** The context's names not placed, and why. */
  dropped: DroppedLabel[];
}

/** A story place's label as the map data carries it (server/map-data `labels`). */
export interface StoryLabel {
  name: string;
  kind: Kind;
  approximate: boolean;
  /** Named beside its course (a river or a route). */
  line: boolean;
  at: Position;
  /** A point named with others below this whole zoom (geo/groups). */
  ownFrom?: number;
  /** A group's name (geo/groups): the whole zooms it shows at, `from` up to `until`. */
  group?: { from: number; until: number; spread?: number };
  /** The places it names: its own id, or a group's members (labels/sources). */
  ids?: string[];
  /** A group's own id (`group:a+b`), for its feature state on the live map. */
  groupId?: string;
  /** A river's or a route's course, to name it along where its label point is out of view. */
  course?: Position[][];
}

/** What the live map reads its context from, decoded from the same map data file. */
export interface ContextSources {
  countries: CountryShape[];
  context: FeatureCollection<Geometry, ContextProps>;
  /** The story's labels (server/map-data `labels`). */
  story: StoryLabel[];
  /** The label face's advances for every name the map draws (labels/measure). */
  font: FontTable;
}
