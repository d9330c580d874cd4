/**
 * The poster's names (server/poster/poster): the overview framed as the live map frames it, on the
 * reference maps of a desktop and a phone, and the names planned there (labels/plan). The
 * poster draws them as HTML over
 * its world, and the live map shows that same drawing until its camera first moves
 * (map/poster-overlay), so the map data carries what they name, for the map's description.
 */
import { MAX_ZOOM, overviewBox } from '../../core/camera';
import { CAMERA_MARGIN } from '../../core/framing';
import type { BuiltStory } from '../../core/story';
import { labelPoint } from '../../geo/label-points';
import { WORLD, latitudeOf, toWorld as project } from '../../geo/mercator';
import type { PosterLabel, PosterLayout, PosterNames } from '../../map/overview-names';
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
 * The live map's first view on the reference screens, for the names the poster shows: a
 * desktop's (1280 x 800: the map is 1.25 / 2.25 of the width, components/Explainer) and a
 * phone's (412 x 823: the map 45% of the height, app.css). Each set is shown on its side of
 * the padding's breakpoint (CAMERA_MARGIN.narrowBelow), so that on those screens the live map
 * names what the poster named.
 */
const LAYOUTS: Record<PosterLayout, { width: number; height: number; pad: number }> = {
  wide: { width: 711, height: 800, pad: CAMERA_MARGIN.wide },
  narrow: { width: 412, height: 370, pad: CAMERA_MARGIN.narrow },
};

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
): StillView & { scale: number; left: number; top: number } {
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
  };
}

/**
 * The reference map of `layout`: a regional overview (past continent scale at the margins
 * alone, where the scale bar shows) leaves room above and below it for the map's controls
 * (server/poster/controls), on the poster and on the live map (MapView) alike.
 */
export function referenceMap(built: BuiltStory, layout: PosterLayout): Layout {
  const size = LAYOUTS[layout];
  if (!zoomedIn(overviewFrame(posterFrame(built), size).view.zoom)) return size;
  return { ...size, room: overviewRoom(built, layout, size) };
}

/** What the live map names at the overview on the reference map of `layout` (LAYOUTS). */
export function posterNames(built: BuiltStory, layout: PosterLayout) {
  const frame = posterFrame(built);
  const size = referenceMap(built, layout);
  const still = overviewFrame(frame, size);
  const sources = contextSources(built);
  // Names anywhere on the map, as the live map places them (components/map/PlannedNames), a
  // few pixels from its edges, and clear of its controls.
  const space = new Placer({ left: 0, top: 0, right: size.width, bottom: size.height }, MAP_EDGE);
  // A control is a box of its own, not a name: a name may come up to it, not the 3 px that
  // names keep from each other (a name just under the scale bar's slot at a regional overview).
  const gap = BOX_GAP;
  for (const b of controlBoxes(built, layout, size, still.view.zoom))
    space.add({ x0: b.x0 + gap, y0: b.y0 + gap, x1: b.x1 - gap, y1: b.y1 - gap });
  const { story, context } = planNames(sources, still, space);
  return { still, story, plan: context };
}

/**
 * The text the poster draws, by the face it is drawn in (posterSvg's style: water and rivers in
 * italic), in both layouts: the poster embeds just these characters of the label face, so that
 * the image the page paints first stays small.
 */
export function posterTexts(built: BuiltStory): Record<'regular' | 'italic', string[]> {
  const texts = { regular: [] as string[], italic: [] as string[] };
  for (const layout of ['wide', 'narrow'] as const) {
    const { story, plan } = posterNames(built, layout);
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
  return `<div class="l ${cls}">${dots.join('')}${labels.join('')}</div>`;
}

/**
 * What the poster names in each layout: the story places (by id; a group's name for each of
 * its members), the names drawn, the story's first, then the context's in the map's order, and
 * where the story's are, so that the live map can be clicked on them while they stand for its
 * own.
 */
export function overviewNames(built: BuiltStory): Record<PosterLayout, PosterNames> {
  // Each story label by its name: its point and the places it names (a group's, its members).
  const byName = new Map(contextSources(built).story.map((l) => [l.name, l]));
  const order: PlannedLabel['t'][] = ['story', 'country', 'water', 'river', 'city'];
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const of = (layout: PosterLayout): PosterNames => {
    const { story, plan } = posterNames(built, layout);
    // Later names were placed clear of earlier ones, so none overlap: any order finds the one.
    const labels = story.flatMap((l): PosterLabel[] => {
      const { at, ids } = byName.get(l.name) ?? {};
      if (!at || !ids) return [];
      const { x0, y0, x1, y1 } = l.box;
      const [x, y] = l.at;
      return [
        {
          ids,
          at: [at[0], at[1]],
          box: [r1(x0 - x), r1(y0 - y), r1(x1 - x), r1(y1 - y)],
        },
      ];
    });
    const drawn = [...story, ...plan.labels].sort(
      (a, b) => order.indexOf(a.t) - order.indexOf(b.t),
    );
    const { room } = referenceMap(built, layout);
    return {
      story: [...new Set(story.flatMap((l) => byName.get(l.name)?.ids ?? []))].sort(),
      names: [...new Set(drawn.map((l) => l.name))],
      labels,
      ...(room ? { room } : {}),
    };
  };
  return { wide: of('wide'), narrow: of('narrow') };
}
