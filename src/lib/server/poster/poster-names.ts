/**
 * The poster's names (server/poster/poster): the overview framed as the live map frames it, on
 * maps of several sizes (map/overview-names POSTER_STEPS), and the names planned there (labels/plan).
 * The poster draws each size's names as HTML over its world and shows those of the size its
 * map holds; the map data carries the same plans (`overview`), so that the live map draws
 * exactly those names, where the poster drew them, when it takes the poster's place
 * (components/map/PlannedNames).
 */
import { MAX_ZOOM, overviewBox } from '../../core/camera';
import { CAMERA_MARGIN } from '../../core/framing';
import type { BuiltStory } from '../../core/story';
import { labelPoint } from '../../geo/label-points';
import { WORLD, latitudeOf, toWorld as project } from '../../geo/mercator';
import {
  posterStep,
  posterSteps,
  type OverviewNames,
  type PosterLayout,
  type PosterStep,
  type StillName,
  type StillStep,
} from '../../map/overview-names';
import { zoomedIn } from '../../map/locator';
import { planNames } from '../../labels/plan';
import type { PlannedLabel, StillView } from '../../labels/types';
import { contextSources } from '../labels/context-sources';
import { round } from './shapes';
import { controlBoxes, overviewRoom } from './controls';
import { BOX_GAP, MAP_EDGE, Placer } from '../../labels/placement';
import { escapeXml } from '../text/svg-text';

/** Where the overview sits in the poster: [x, y, width, height] in poster units. */
export type PosterFrame = [number, number, number, number];

/**
 * The box the map frames when no place is in focus, in poster units: core/camera's
 * `overviewBox` around every place's label point, as the live camera frames it.
 */
export function posterFrame(built: BuiltStory): PosterFrame {
  const box = overviewBox(built.story.places.map((p) => labelPoint(built.geometry.get(p.id)!)));
  if (!box) return [0, 0, WORLD, WORLD];
  const [x0, y1] = project(box[0], box[1]);
  const [x1, y0] = project(box[2], box[3]);
  return [round(x0), round(y0), round(x1 - x0), round(y1 - y0)];
}

/**
 * Each layout's reference map: a desktop's (1280 x 800: the map is 1.25 / 2.25 of the width,
 * components/Explainer) and a phone's (390 x 844: the map 45% of the height, app.css), as the
 * poster's steps for them. A regional overview's room for the controls is measured on them,
 * and a layout's plan is read from them where one stands for all (the tests, the golden files).
 */
export const REFERENCE: Record<PosterLayout, PosterStep> = {
  wide: posterStep(711, 800),
  narrow: posterStep(390, 380),
};

/**
 * The room, in pixels, the poster's names keep from the map's edges and controls beyond the
 * live map's: a map larger than a step shows the step's names, and spreads them apart, a name
 * far from the middle a little past where the step put it. Enough that the live map, taking
 * the poster's place, keeps every one of them on the common screens between steps.
 */
const POSTER_SLACK = 8;

/** A step's map: its size and the camera's margin there. */
const sizeOf = (step: PosterStep) => ({
  width: step.width,
  height: step.height,
  pad: CAMERA_MARGIN[step.layout],
});

/**
 * The overview's largest scale, in pixels per unit: the camera frames it at most at the zoom
 * of a framing with areas (core/camera MAX_ZOOM), which a regional story reaches on a desktop.
 */
export const OVERVIEW_SCALE = 2 ** MAX_ZOOM.areas;

/** A reference map's size and margin, and the room its overview leaves the controls, if any. */
interface Layout {
  width: number;
  height: number;
  pad: number;
  room?: { top: number; bottom: number };
}

/** The overview on a map of `layout`'s size, as a still frame in that map's pixels. */
function overviewFrame(
  [fx, fy, fw, fh]: PosterFrame,
  { width, height, pad, room }: Layout,
): StillView & {
  scale: number;
  left: number;
  top: number;
  unproject: (p: [number, number]) => [number, number];
} {
  // fitBounds inside the padding, then kept within the world's top and bottom (posterSvg's CSS).
  const [above, below] = [Math.max(pad, room?.top ?? 0), Math.max(pad, room?.bottom ?? 0)];
  const scale = Math.min((width - 2 * pad) / fw, (height - above - below) / fh, OVERVIEW_SCALE);
  const left = width / 2 - scale * (fx + fw / 2);
  const middle = (height + above - below) / 2;
  const top = Math.max(Math.min(middle - scale * (fy + fh / 2), 0), height - WORLD * scale);
  const lon = (x: number) => (((x - left) / scale) * 360) / WORLD - 180;
  const lat = (y: number) => latitudeOf(Math.PI - (((y - top) / scale) * 2 * Math.PI) / WORLD);
  return {
    // The copy of the world nearest the middle of the map (the poster draws three).
    project: ([lng, la]) => {
      const [x, y] = project(lng, la);
      const shift = Math.round((width / 2 - left - scale * x) / (scale * WORLD)) * WORLD;
      return [left + scale * (x + shift), top + scale * y];
    },
    view: { box: [lon(0), lat(height), lon(width), lat(0)], zoom: Math.log2(scale) },
    ratio: 1,
    scale,
    left,
    top,
    unproject: ([x, y]) => [lon(x), lat(y)],
  };
}

/**
 * The reference map of `layout`: a regional overview (past continent scale at the margins
 * alone, where the scale bar shows) leaves room above and below it for the map's controls
 * (server/poster/controls), on the poster and on the live map (MapView) alike.
 */
export function referenceMap(built: BuiltStory, layout: PosterLayout): Layout {
  const size = sizeOf(REFERENCE[layout]);
  if (!zoomedIn(overviewFrame(posterFrame(built), size).view.zoom)) return size;
  return { ...size, room: overviewRoom(built, layout, size) };
}

/**
 * What the poster names at the overview on a map of `step`'s size (a layout: its reference
 * map), with its layout's room for the controls.
 */
export function posterNames(built: BuiltStory, at: PosterStep | PosterLayout): StepNames {
  const step = typeof at === 'string' ? REFERENCE[at] : at;
  // Planned once a story and step: the poster, its embedded face and the map data read the
  // same plans (about 0.1 s a step).
  let byStep = namesCache.get(built);
  if (!byStep) namesCache.set(built, (byStep = new Map()));
  let names = byStep.get(step.id);
  if (!names) byStep.set(step.id, (names = planStep(built, step)));
  return names;
}

type StepNames = ReturnType<typeof planStep>;
const namesCache = new WeakMap<BuiltStory, Map<string, StepNames>>();

function planStep(built: BuiltStory, step: PosterStep) {
  const layout = step.layout;
  const frame = posterFrame(built);
  const { room } = referenceMap(built, layout);
  const size: Layout = { ...sizeOf(step), ...(room ? { room } : {}) };
  const still = overviewFrame(frame, size);
  const sources = contextSources(built);
  // Names anywhere on the map, as the live map places them (components/map/PlannedNames), a
  // few pixels from its edges, and clear of its controls; with POSTER_SLACK more of both, for
  // the larger maps that show this step's names (the live map then draws them all).
  const space = new Placer(
    { left: 0, top: 0, right: size.width, bottom: size.height },
    MAP_EDGE + POSTER_SLACK,
  );
  // A control is a box of its own, not a name: a name may come up to it, not the 3 px that
  // names keep from each other (a name just under the scale bar's slot at a regional overview).
  const gap = BOX_GAP - POSTER_SLACK;
  for (const b of controlBoxes(built, layout, size, still.view.zoom))
    space.add({ x0: b.x0 + gap, y0: b.y0 + gap, x1: b.x1 - gap, y1: b.y1 - gap }, 'control');
  const { story, context, dropped } = planNames(sources, still, space);
  return { still, story, plan: context, dropped: [...dropped, ...context.dropped] };
}

/**
 * The text the poster draws, by the face it is drawn in (posterSvg's style: water and rivers in
 * italic), at every step: the poster embeds just these characters of the label face, so that
 * the image the page paints first stays small.
 */
export function posterTexts(built: BuiltStory): Record<'regular' | 'italic', string[]> {
  const texts = { regular: [] as string[], italic: [] as string[] };
  for (const step of posterSteps()) {
    const { story, plan } = posterNames(built, step);
    for (const l of [...story, ...plan.labels])
      texts[l.t === 'water' || l.t === 'river' ? 'italic' : 'regular'].push(...l.lines);
  }
  return texts;
}

/** Labels' classes by kind (rules in posterSvg's style), so each label carries its position only. */
const LABEL_CLASS: Record<PlannedLabel['t'], string> = {
  story: 's',
  country: 'k',
  water: 'a',
  city: 't',
  river: 'r',
};

/**
 * The names of one layout as HTML over the poster, each at its point in the world's units
 * (`var(--s)` a unit's pixels, as the world's own `<svg>`) plus its offset in pixels, so that
 * names keep their size at any scale, as the map's do.
 */
export function namesHtml(names: ReturnType<typeof posterNames>, cls: string): string {
  const { still, plan } = names;
  // A point of the layout's map in the world's units, one world in (the <svg>'s viewBox).
  const pos = (at: [number, number], dx = 0, dy = 0) =>
    `left:calc(var(--s) * ${round((at[0] - still.left) / still.scale + WORLD)} + ${round(dx)}px);` +
    `top:calc(var(--s) * ${round((at[1] - still.top) / still.scale)} + ${round(dy)}px)`;
  const dots = plan.cities.map(
    (c) => `<i class="${c.cap ? 'd D' : 'd'}" style="${pos(c.at)}"></i>`,
  );
  const labels = [...names.story, ...plan.labels].map((l) => {
    const turn = l.angle ? `;transform:translate(-50%,-50%) rotate(${l.angle}deg)` : '';
    const spacing = l.spacing ? `;letter-spacing:${round(l.spacing)}px` : '';
    return `<b class="${LABEL_CLASS[l.t]}" style="${pos(l.at, l.offset[0], l.offset[1])};font-size:${l.size}px${spacing}${turn}">${l.lines.map(escapeXml).join('<br/>')}</b>`;
  });
  return `<div class="l x ${cls}">${dots.join('')}${labels.join('')}</div>`;
}

/**
 * What the poster names at every step, for the live map to draw the same when it takes the
 * poster's place (`map.json`'s `overview`): each name's shape once (its text, style, the point
 * it names in degrees, its box around its middle), and each step's names in the order placed,
 * by that shape and the offset from its point in pixels. The same name set the same way at two
 * steps is one shape, so the steps cost the file little.
 */
export function overviewNames(built: BuiltStory): OverviewNames {
  const r2 = (n: number) => Math.round(n * 100) / 100;
  const r5 = (n: number) => Math.round(n * 1e5) / 1e5;
  const names: StillName[] = [];
  const index = new Map<string, number>();
  const steps: Record<string, StillStep> = {};
  for (const step of posterSteps()) {
    const { still, story, plan } = posterNames(built, step);
    const caps = new Map(plan.cities.map((c) => [c.name, c.cap]));
    steps[step.id] = [...story, ...plan.labels].map((l) => {
      const [cx, cy] = [l.at[0] + l.offset[0], l.at[1] + l.offset[1]];
      const [lng, lat] = still.unproject(l.at);
      const shape: StillName = {
        t: l.t,
        name: l.name,
        lines: l.lines,
        size: l.size,
        spacing: r2(l.spacing),
        angle: l.angle,
        italic: l.italic,
        at: [r5(lng), r5(lat)],
        box: [r2(l.box.x0 - cx), r2(l.box.y0 - cy), r2(l.box.x1 - cx), r2(l.box.y1 - cy)],
        ...(l.t === 'city' ? { cap: caps.get(l.name) ?? false } : {}),
        ...(l.place ? { place: l.place } : {}),
      };
      const key = JSON.stringify(shape);
      if (!index.has(key)) index.set(key, names.push(shape) - 1);
      return [index.get(key)!, r2(l.offset[0]), r2(l.offset[1])];
    });
  }
  const room = Object.fromEntries(
    (['wide', 'narrow'] as const).flatMap((layout) => {
      const r = referenceMap(built, layout).room;
      return r ? [[layout, r]] : [];
    }),
  );
  return { names, steps, ...(Object.keys(room).length ? { room } : {}) };
}
