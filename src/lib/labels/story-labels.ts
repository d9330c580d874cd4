/**
 * The story's own labels planned for a still image as the live map places them
 * (map/label-layers), before the context's (labels/context-plan).
 */
import type { Position } from 'geojson';
import { colours, storySetting, storyType } from '../design';
import {
  NEAR_AREA_ANCHORS,
  POINT_OFFSET,
  POINT_TEXT_SIZE,
  markerRoom,
  type AnchorOffset,
} from '../map/label-room';
import { setText } from './measure';
import type { FontTable } from './measure';
import { boxAt } from './context-plan';
import type { ContextSources, LabelSpace, PlannedLabel, StillView, StoryLabel } from './types';

/**
 * Whether a label shows at a zoom, by the rule map/label-layers gives MapLibre: it evaluates
 * the filter at the tile's whole zoom. A place the image names itself always shows.
 */
export function shownAtZoom(l: StoryLabel, zoom: number, except?: string): boolean {
  const z = Math.floor(zoom);
  if (l.group) return z >= l.group.from && z < l.group.until;
  return l.ownFrom === undefined || z >= l.ownFrom || l.name.toLowerCase() === except;
}

/**
 * The story's labels as map/label-layers sets them, in MapLibre's order (its top layer first):
 * points beside their markers, lines beside their course, water, then areas, countries first.
 */
const storyStyle = (l: StoryLabel) => {
  const { group, line, water, area } = storySetting;
  // Close points' names: their layer is above the other points' (map/label-layers).
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
 * Where MapLibre puts a label's centre for a variable anchor and its offset in ems: the anchor
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
 * places itself); `except` (lower case) is a place the image names itself.
 */
export function storyLabels(
  sources: ContextSources,
  frame: StillView,
  space: LabelSpace,
  opts: { only?: (l: StoryLabel) => boolean; except?: string } = {},
): { labels: PlannedLabel[]; skip: (name: string) => boolean } {
  const [west, south, east, north] = frame.view.box;
  const inView = ([x, y]: Position) =>
    y >= south && y <= north && ((x >= west && x <= east) || (x - 360 >= west && x - 360 <= east));
  const labels: PlannedLabel[] = [];
  const countries = new Set<string>();
  const shown = sources.story
    .filter((l) => inView(l.at) && shownAtZoom(l, frame.view.zoom, opts.except))
    .map((l) => ({ l, s: storyStyle(l) }))
    .sort((a, b) => a.s.order - b.s.order);
  for (const { l } of shown) if (l.kind === 'country') countries.add(l.name.toLowerCase());
  // Markers first, each with its room (map/place-layers, as the live map keeps it): a label
  // never covers a place's dot or ring, named on its own or in a group.
  const only = opts.only ?? (() => true);
  const drawn = shown.filter(({ l }) => only(l));
  for (const l of sources.story) {
    const marker =
      !l.group && !l.line && (l.kind === 'city' || l.kind === 'landmark' || l.approximate);
    const at = marker && only(l) && inView(l.at) ? frame.project(l.at) : undefined;
    if (!at) continue;
    const r = markerRoom(l.approximate) * frame.ratio;
    space.add(boxAt(at, 2 * r, 2 * r));
  }
  for (const { l, s } of drawn) {
    const at = frame.project(l.at);
    if (!at || l.name.toLowerCase() === opts.except) continue;
    const size = s.size * frame.ratio;
    const spacing = s.spacing * size;
    const text = 'upper' in s && s.upper ? l.name.toLocaleUpperCase('en') : l.name;
    const maxEm = 'maxEm' in s ? s.maxEm : undefined;
    const { lines, w, h } = setText(sources.font, text, size, spacing, maxEm);
    // Beside a marker (text-radial-offset in ems, from the dot's centre); a group's name
    // beyond its members' markers as well (map/label-layers GROUP_OFFSET, at the tile's whole
    // zoom). Otherwise centred or near its point, as MapLibre tries them.
    const spread = (l.group?.spread ?? 0) * 2 ** Math.floor(frame.view.zoom) * frame.ratio;
    const gap = s.beside !== undefined ? s.beside * size + spread : 0;
    const offsets: [number, number][] = gap
      ? [
          [w / 2 + gap, 0],
          [-w / 2 - gap, 0],
          [0, -h / 2 - gap],
          [0, h / 2 + gap],
        ]
      : NEAR_AREA_ANCHORS.map((a) => anchorCentre(a, w, h, size));
    for (const o of offsets) {
      const box = boxAt([at[0] + o[0], at[1] + o[1]], w, h);
      if (!space.tryAdd(box)) continue;
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
      });
      break;
    }
  }
  return { labels, skip: (n) => countries.has(n.toLowerCase()) };
}
