/**
 * The locator map's context (server/map-data/locator-context, map/context-layers) planned for a still image of
 * one framing: which country and sea names, rivers, lakes and reference cities the live map
 * shows at that framing's zoom, where, and in which style. The poster and the preview images
 * both draw from this plan (drawn by server/labels/context-svg; the story's own labels are planned by
 * labels/story-labels), so that nothing appears or vanishes when the live map takes over.
 *
 * Labels are placed in the live map's order (the story's first, then countries, seas, cities,
 * rivers: map/context-layers), each context label dropped when its box meets one placed
 * before it. Names are measured and wrapped with labels/measure, in the face
 * the live map draws them in.
 */
import type { Point, Position } from 'geojson';
import { countryNames, waterNames, type WaterPoint } from '../geo/view-names';
import type { ContextProps } from '../map/data';
import { byRank, cityOrder, colours, contextSetting, contextType } from '../design';
import { setText } from './measure';
import { refusals, type Box } from './placement';
import { riverSpot, rotatedBox } from './river-label';
import type {
  ContextKind,
  ContextPlan,
  ContextSources,
  DroppedLabel,
  LabelSpace,
  PlannedLabel,
  StillView,
} from './types';

/** map/context-layers' type, in map pixels: sizes by rank, spacing in ems. */
const STYLE = {
  country: {
    size: (r: number) => byRank(contextType.country, r),
    spacing: contextSetting.country.spacing,
    fill: colours.countryLabel,
  },
  water: {
    size: (r: number) => byRank(contextType.water, r),
    spacing: contextSetting.water.spacing,
    fill: colours.waterLabel,
  },
  city: {
    size: (cap: boolean) => (cap ? contextType.city.capital : contextType.city.other),
    spacing: contextSetting.city.spacing,
    fill: colours.contextCity,
  },
  river: {
    size: contextType.river,
    spacing: contextSetting.river.spacing,
    fill: colours.waterLabel,
  },
} as const;
/** A city's dot's radius and its name's text-radial-offset (design/label-type). */
export const CITY_RADIUS = contextSetting.city.radius;
const RADIAL_OFFSET = contextSetting.city.beside;
/** The river's width (map px): interpolated from 0.5 at z1 to 1.6 at z6 (context-layers). */
export function riverWidth(zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 1) / 5));
  return 0.5 + t * 1.1;
}

export const boxAt = ([x, y]: [number, number], w: number, h: number): Box => ({
  x0: x - w / 2,
  y0: y - h / 2,
  x1: x + w / 2,
  y1: y + h / 2,
});

/** A reference city's dot as placed: its radius and a pixel round it, in image pixels. */
const dotBox = (at: [number, number], cap: boolean, ratio: number) => {
  const r = (cap ? CITY_RADIUS.cap : CITY_RADIUS.other) * ratio + ratio;
  return boxAt(at, 2 * r, 2 * r);
};

/** The dots of the reference cities shown at this framing's zoom, in view. */
export function cityDots(sources: ContextSources, frame: StillView): Box[] {
  const [west, south, east, north] = frame.view.box;
  return sources.context.features.flatMap((f) => {
    if (f.properties.t !== 'city' || frame.view.zoom < f.properties.z) return [];
    const [x, y] = (f.geometry as Point).coordinates;
    if (x < west || x > east || y < south || y > north) return [];
    const at = frame.project([x, y]);
    return at ? [dotBox(at, !!f.properties.cap, frame.ratio)] : [];
  });
}

/**
 * The context of one framing: `skip` leaves out the story countries the story names there,
 * `space` already holds the story's labels and markers.
 */
export function planContext(
  sources: ContextSources,
  frame: StillView,
  space: LabelSpace,
  skip: (name: string) => boolean,
): ContextPlan {
  const { view, ratio } = frame;
  const zoom = view.zoom;
  const labels: PlannedLabel[] = [];
  const dropped: DroppedLabel[] = [];
  const place = (
    t: ContextKind,
    name: string,
    at: [number, number],
    size: number,
    spacingEm: number,
    opts: { maxEm?: number; offsets?: [number, number][]; fill: string; opacity?: number },
  ): boolean => {
    const px = size * ratio;
    const spacing = spacingEm * px;
    const text = t === 'country' ? name.toLocaleUpperCase('en') : name;
    const { lines, w, h } = setText(sources.font, text, px, spacing, opts.maxEm);
    const tried: Box[] = [];
    for (const offset of opts.offsets ?? [[0, 0]]) {
      const o: [number, number] = [offset[0] * (w / 2), offset[1] * (h / 2)];
      // An offset is given in half-sizes of the text plus the marker's gap (a city's name).
      const gap = offset[0] || offset[1] ? RADIAL_OFFSET * px + CITY_RADIUS.cap * ratio : 0;
      const c: [number, number] = [
        at[0] + o[0] + Math.sign(offset[0]) * gap,
        at[1] + o[1] + Math.sign(offset[1]) * gap,
      ];
      const box = boxAt(c, w, h);
      tried.push(box);
      if (!space.tryAdd(box)) continue;
      labels.push({
        t,
        name,
        lines,
        at,
        offset: [c[0] - at[0], c[1] - at[1]],
        angle: 0,
        size: px,
        spacing,
        italic: t === 'water' || t === 'river',
        fill: opts.fill,
        opacity: opts.opacity ?? 1,
        box,
      });
      return true;
    }
    dropped.push({ t, name, reasons: refusals(space, tried) });
    return false;
  };

  // Countries, then seas, as components/map/ViewNames names them for this view.
  for (const f of countryNames(sources.countries, view, sources.font, skip)) {
    const at = frame.project(f.geometry.coordinates);
    if (!at) continue;
    const r = f.properties.r;
    place('country', f.properties.name, at, STYLE.country.size(r), STYLE.country.spacing, {
      maxEm: contextSetting.country.maxEm,
      fill: STYLE.country.fill,
    });
  }
  const features = sources.context.features;
  const waters = features.flatMap((f): WaterPoint[] =>
    f.properties.t === 'water' ? [{ ...f.properties, at: (f.geometry as Point).coordinates }] : [],
  );
  for (const f of waterNames(waters, view, sources.font)) {
    const at = frame.project(f.geometry.coordinates);
    if (!at) continue;
    place('water', f.properties.name, at, STYLE.water.size(f.properties.r), STYLE.water.spacing, {
      maxEm: contextSetting.water.maxEm,
      fill: STYLE.water.fill,
      // text-opacity 0.85 on the map.
      opacity: 0.85,
    });
  }

  const shown = (t: ContextProps['t']) =>
    features.filter((f) => f.properties.t === t && zoom >= f.properties.z);
  const [west, south, east, north] = view.box;
  const inView = ([x, y]: Position) => x >= west && x <= east && y >= south && y <= north;

  // Reference cities: capitals first, then by rank (the map's symbol-sort-key), each name
  // right, left, above or below its dot (text-variable-anchor), the dot with it.
  const cities: ContextPlan['cities'] = [];
  const inOrder = shown('city')
    .filter((f) => inView((f.geometry as Point).coordinates))
    .sort((a, b) => cityOrder(a.properties) - cityOrder(b.properties));
  for (const f of inOrder) {
    const at = frame.project((f.geometry as Point).coordinates);
    if (!at) continue;
    const cap = !!f.properties.cap;
    // A dot goes with its name or not at all: a still image has no zoom to name it later.
    const dot = dotBox(at, cap, ratio);
    if (!space.free(dot)) {
      dropped.push({ t: 'city', name: f.properties.name, reasons: refusals(space, [dot]) });
      continue;
    }
    const named = place('city', f.properties.name, at, STYLE.city.size(cap), STYLE.city.spacing, {
      offsets: [
        [1, 0],
        [-1, 0],
        [0, -1],
        [0, 1],
      ],
      fill: STYLE.city.fill,
    });
    if (!named) continue;
    space.add(dot, 'dot');
    cities.push({ name: f.properties.name, at, cap });
  }

  // Rivers, drawn from `z`, named along a straight enough stretch from `z + 1`.
  const rivers = shown('river');
  for (const f of [...rivers]
    .filter((f) => zoom >= f.properties.z + 1)
    .sort((a, b) => a.properties.r - b.properties.r)) {
    const px = STYLE.river.size * ratio;
    const spacing = STYLE.river.spacing * px;
    const { lines, w, h } = setText(sources.font, f.properties.name, px, spacing);
    const spots = riverSpot(f.geometry, frame, px, w);
    const spot = spots.find((s) => space.tryAdd(rotatedBox(s.at, w, h, s.angle)));
    if (!spot) {
      const boxes = spots.map((s) => rotatedBox(s.at, w, h, s.angle));
      const reasons = boxes.length ? refusals(space, boxes) : ['no-stretch' as const];
      dropped.push({ t: 'river', name: f.properties.name, reasons });
      continue;
    }
    const box = rotatedBox(spot.at, w, h, spot.angle);
    labels.push({
      t: 'river',
      name: f.properties.name,
      lines,
      at: spot.at,
      offset: [0, 0],
      angle: spot.angle,
      size: px,
      spacing,
      italic: true,
      fill: STYLE.river.fill,
      opacity: 1,
      box,
    });
  }
  return { rivers, lakes: shown('lake'), cities, labels, dropped };
}
