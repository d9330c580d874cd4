/**
 * The story's own names, planned before the context's (labels/context-plan): the places in
 * focus first, then close points' names, points beside their markers, lines beside their
 * course, water, and areas, countries first.
 */
import type { Position } from 'geojson';
import { colours, storySetting, storyType } from '../design';
import {
  NEAR_AREA_ANCHORS,
  POINT_OFFSET,
  POINT_TEXT_SIZE,
  focusAreaAnchors,
  markerRoom,
  type AnchorOffset,
} from './room';
import { setText } from './measure';
import type { FontTable } from './measure';
import { boxAt } from './context-plan';
import { near, refusals, type Box } from './placement';
import { riverSpot, rotatedBox } from './river-label';
import type {
  ContextSources,
  DroppedLabel,
  LabelSpace,
  PlannedLabel,
  StillView,
  StoryLabel,
} from './types';

/**
 * Whether a label shows at a zoom, at the whole zoom: a close point's own name from the zoom
 * its group parts, the group's name below it. A place the image names itself, or in `focus`,
 * is always named on its own, and its group's name is then not shown (it would name it twice).
 */
export function shownAtZoom(
  l: StoryLabel,
  zoom: number,
  except?: string,
  focus: ReadonlySet<string> = new Set(),
): boolean {
  const z = Math.floor(zoom);
  const focused = !!l.ids?.some((id) => focus.has(id));
  if (l.group) return z >= l.group.from && z < l.group.until && !focused;
  return l.ownFrom === undefined || z >= l.ownFrom || focused || l.name.toLowerCase() === except;
}

/** How each story name is set (design/label-type), and its place in the order names are placed. */
const storyStyle = (l: StoryLabel) => {
  const { group, line, water, area } = storySetting;
  // Close points' names, before the other points'.
  if (l.group) return { order: -1, size: storyType.group, spacing: 0, italic: false, ...group };
  const point = l.kind === 'city' || l.kind === 'landmark' || l.approximate;
  if (point && !l.line) {
    const beside = l.approximate ? POINT_OFFSET.approximate : POINT_OFFSET.city;
    return { order: 0, size: POINT_TEXT_SIZE, spacing: 0, beside, italic: false };
  }
  if (l.line)
    return { order: 1, size: storyType.line, spacing: 0, italic: l.kind === 'water', ...line };
  if (l.kind === 'water')
    return { order: 2, size: storyType.water, italic: true, upper: false, ...water };
  const spaced = (area.spacedKinds as readonly string[]).includes(l.kind);
  const rank = l.kind === 'country' || l.kind === 'historical' ? l.kind : 'other';
  return {
    order: 3 + area.order[rank],
    size: l.kind === 'country' ? storyType.country : storyType.area,
    spacing: spaced ? area.spaced : area.spacing,
    maxEm: area.maxEm,
    italic: false,
    upper: spaced,
  };
};

/**
 * A label's centre for an anchor and its offset in ems, as MapLibre reads them: the anchor
 * names the side of the text that sits on the point ('top': the text hangs below it).
 */
export function anchorCentre(
  [anchor, [ox, oy]]: AnchorOffset,
  w: number,
  h: number,
  size: number,
): [number, number] {
  const x = anchor.includes('left') ? w / 2 : anchor.includes('right') ? -w / 2 : 0;
  const y = anchor.startsWith('top') ? h / 2 : anchor.startsWith('bottom') ? -h / 2 : 0;
  return [x + ox * size, y + oy * size];
}

/**
 * How far a place's label reaches from its label point on the live map at rest, in pixels:
 * [sideways, up or down], rounded up. A name beside a marker reaches its whole width plus the
 * gap on either side (MapLibre may set it left or right); a centred name half its width.
 * The camera keeps the focus's names on the map with it (core/framing `clearOfLabels`).
 */
export function labelReach(l: StoryLabel, font: FontTable): [number, number] {
  const s = storyStyle(l);
  const text = 'upper' in s && s.upper ? l.name.toLocaleUpperCase('en') : l.name;
  const maxEm = 'maxEm' in s ? s.maxEm : undefined;
  const { w, h } = setText(font, text, s.size, s.spacing * s.size, maxEm);
  const reach: [number, number] =
    s.beside !== undefined ? [w + s.beside * s.size, h / 2] : [w / 2, h / 2];
  return [Math.ceil(reach[0]), Math.ceil(reach[1])];
}

/**
 * The story's labels in view, placed first (they win every collision on the map), and
 * `skip`, which leaves a story country whose label point is in view to its own label, as
 * components/map/ViewNames does. `only` picks the kinds drawn (a preview draws its other
 * places itself); `except` (lower case) is a place the image names itself. The names of the
 * places in `focus` go first, and a focused area's name may go farther from its point rather
 * than be dropped; with a focus, only the focus's markers keep their room.
 */
export function storyLabels(
  sources: ContextSources,
  frame: StillView,
  space: LabelSpace,
  opts: {
    only?: (l: StoryLabel) => boolean;
    except?: string;
    focus?: readonly string[];
    /** Boxes an area's name goes round where it can (the reference cities' dots). */
    avoid?: Box[];
  } = {},
): { labels: PlannedLabel[]; dropped: DroppedLabel[]; skip: (name: string) => boolean } {
  const focus = new Set(opts.focus ?? []);
  const focused = (l: StoryLabel) => !l.group && !!l.ids?.some((id) => focus.has(id));
  const [west, south, east, north] = frame.view.box;
  const inView = ([x, y]: Position) =>
    y >= south && y <= north && ((x >= west && x <= east) || (x - 360 >= west && x - 360 <= east));
  const labels: PlannedLabel[] = [];
  const dropped: DroppedLabel[] = [];
  const countries = new Set<string>();
  const shown = sources.story
    .filter(
      (l) => (inView(l.at) || !!l.course) && shownAtZoom(l, frame.view.zoom, opts.except, focus),
    )
    .map((l) => ({ l, s: storyStyle(l) }))
    .sort((a, b) => +focused(b.l) - +focused(a.l) || a.s.order - b.s.order);
  for (const { l } of shown) if (l.kind === 'country') countries.add(l.name.toLowerCase());
  // Markers first, each with its room (map/place-layers, as the live map keeps it): a label
  // never covers a place's dot or ring, named on its own or in a group.
  const only = opts.only ?? (() => true);
  const drawn = shown.filter(({ l }) => only(l));
  for (const l of sources.story) {
    const marker =
      !l.group && !l.line && (l.kind === 'city' || l.kind === 'landmark' || l.approximate);
    const kept = focus.size === 0 || focused(l);
    const at = marker && kept && only(l) && inView(l.at) ? frame.project(l.at) : undefined;
    if (!at) continue;
    const r = markerRoom(l.approximate) * frame.ratio;
    space.add(boxAt(at, 2 * r, 2 * r), 'marker');
  }
  for (const { l, s } of drawn) {
    if (l.name.toLowerCase() === opts.except) continue;
    if (!inView(l.at)) {
      // A river or a route whose label point is out of view: named along its course in view.
      const lost = l.course && alongCourse(l, s, sources, frame, space, labels);
      if (lost) dropped.push(lost);
      continue;
    }
    const at = frame.project(l.at);
    if (!at) continue;
    const size = s.size * frame.ratio;
    const spacing = s.spacing * size;
    const text = 'upper' in s && s.upper ? l.name.toLocaleUpperCase('en') : l.name;
    const maxEm = 'maxEm' in s ? s.maxEm : undefined;
    const { lines, w, h } = setText(sources.font, text, size, spacing, maxEm);
    // Beside a marker (in ems, from the dot's centre); a group's name beyond its members'
    // markers as well (`spread`, zoom-0 pixels doubling with each whole zoom). Otherwise
    // centred or near its point, in the order of labels/room's anchors.
    const spread = (l.group?.spread ?? 0) * 2 ** Math.floor(frame.view.zoom) * frame.ratio;
    const gap = s.beside !== undefined ? s.beside * size + spread : 0;
    const offsets: [number, number][] = gap
      ? [
          [w / 2 + gap, 0],
          [-w / 2 - gap, 0],
          [0, -h / 2 - gap],
          [0, h / 2 + gap],
        ]
      : (focused(l) ? focusAreaAnchors(l.kind) : NEAR_AREA_ANCHORS).map((a) =>
          anchorCentre(a, w, h, size),
        );
    // An area's name goes round a reference city's dot where one of its places allows,
    // rather than take the city's name away (Iraq's beside Baghdad); else where it can.
    const clear = (b: Box) => !(opts.avoid ?? []).some((a) => near(a, b));
    const boxes = offsets.map((o) => ({ o, box: boxAt([at[0] + o[0], at[1] + o[1]], w, h) }));
    const tries = gap ? boxes : [...boxes.filter((b) => clear(b.box)), ...boxes];
    const spot = tries.find(({ box }) => space.tryAdd(box));
    if (!spot) {
      const reasons = refusals(
        space,
        boxes.map((b) => b.box),
      );
      dropped.push({ t: 'story', name: l.name, reasons });
      continue;
    }
    const { o, box } = spot;
    labels.push({
      t: 'story',
      name: l.name,
      lines,
      at,
      offset: o,
      angle: 0,
      size,
      spacing,
      italic: s.italic,
      fill: l.kind === 'water' ? colours.waterLabel : colours.label,
      opacity: 0.95,
      box,
      place: {
        id: l.groupId ?? l.ids?.[0] ?? l.name,
        ids: l.ids ?? [],
        kind: l.kind,
        group: !!l.group,
      },
    });
  }
  return { labels, dropped, skip: (n) => countries.has(n.toLowerCase()) };
}

/**
 * A line's name along a straight stretch of its course in view, as a context river's is; or
 * why it could not be.
 */
function alongCourse(
  l: StoryLabel,
  s: ReturnType<typeof storyStyle>,
  sources: ContextSources,
  frame: StillView,
  space: LabelSpace,
  labels: PlannedLabel[],
): DroppedLabel | undefined {
  const size = s.size * frame.ratio;
  const { lines, w, h } = setText(sources.font, l.name, size);
  const course = { type: 'MultiLineString' as const, coordinates: l.course ?? [] };
  const spots = riverSpot(course, frame, size, w);
  const spot = spots.find((p) => space.tryAdd(rotatedBox(p.at, w, h, p.angle)));
  if (!spot) {
    const boxes = spots.map((p) => rotatedBox(p.at, w, h, p.angle));
    return {
      t: 'story',
      name: l.name,
      reasons: boxes.length ? refusals(space, boxes) : ['no-stretch'],
    };
  }
  labels.push({
    t: 'story',
    name: l.name,
    lines,
    at: spot.at,
    offset: [0, 0],
    angle: spot.angle,
    size,
    spacing: 0,
    italic: s.italic,
    fill: l.kind === 'water' ? colours.waterLabel : colours.label,
    opacity: 0.95,
    box: rotatedBox(spot.at, w, h, spot.angle),
    place: { id: l.ids?.[0] ?? l.name, ids: l.ids ?? [], kind: l.kind, group: false },
  });
}
