/**
 * The map's poster: a still SVG of the map at rest (land, borders, every place by kind, and the
 * names the live map shows at the overview: server/context-svg) that
 * the page shows in the map's place until the live map is drawn, and on phones until the
 * reader first scrolls or touches the page (see MapView). Built at build time.
 *
 * It is drawn in MapLibre's own world coordinates at zoom 0 (Web Mercator, 512 units across)
 * and frames itself, at any size, the way the live map frames the overview: the box around
 * every place (`posterFrame`) fitted inside the camera's padding. So the page needs no script
 * to place it, and the live map, once drawn, takes its place without a jump.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { overviewBox } from '../core/camera';
import { CAMERA_MARGIN } from '../core/framing';
import type { Kind } from '../core/kinds';
import type { BuiltStory } from '../core/story';
import { labelPoint } from '../geo/labels';
import { WORLD, latitudeOf, toWorld as project } from '../geo/mercator';
import { FONT } from '../map/expressions';
import { colours, kindColour, kindDash, rest, restOutline } from '../tokens';
import { planContext, type PlannedLabel, type StillFrame } from './context-plan';
import { contextSources } from './context-sources';
import { storyLabels } from './story-labels';
import {
  FIXED,
  MIN_RING_AREA,
  dash,
  lineOf,
  linesOf,
  markerOf,
  pathData,
  round,
  waterPaths,
} from './poster-shapes';
import { mapData } from './map-data';
import { Placer } from './preview/placement';
import { escapeXml } from './preview/text';

/** Where the overview sits in the poster: [x, y, width, height] in poster units. */
export type PosterFrame = [number, number, number, number];

/**
 * Screen pixels per poster unit on a phone's overview (about 1.3 for the bundled story): the
 * map's marker radii (tokens' `rest`) divided by it are the poster's, in units.
 */
const PHONE_PX_PER_UNIT = 1.28;
/** The reference phone's map (390 px wide, 45% of an 844 px screen tall), for `pxPerUnit`. */
const PHONE_MAP = { width: 390, height: 380 };

/**
 * Screen pixels per unit on the reference phone's overview of `frame`, as fitBounds scales it;
 * never under PHONE_PX_PER_UNIT. A regional story (a river's countries) is scaled up tenfold,
 * and its markers must shrink as much to stay the map's size.
 */
function pxPerUnit([, , fw, fh]: PosterFrame): number {
  const pad = 2 * CAMERA_MARGIN.narrow;
  const fit = Math.min((PHONE_MAP.width - pad) / fw, (PHONE_MAP.height - pad) / fh);
  return Math.max(PHONE_PX_PER_UNIT, fit);
}

/**
 * Points that add less than this area to their outline are dropped, in square units of the
 * poster (Visvalingam, measured on the projected map so that high latitudes are not simplified
 * more than they look): under a square pixel on a phone's overview (about 1.3 px a unit).
 */
const MIN_AREA = 0.5;

/** The area of a triangle of [lon, lat] points once projected. */
function projectedArea(triangle: number[][]): number {
  const [a, b, c] = triangle.map(([lon, lat]) => project(lon, lat));
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}

/**
 * Borders in screen pixels: the map's own grow with zoom (rest.borderWidth); the poster shows
 * the overview, where they are a little over their width at zoom 1.
 */
const BORDER_WIDTH = 0.5;

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
const LAYOUTS = {
  wide: { width: 711, height: 800, pad: CAMERA_MARGIN.wide },
  narrow: { width: 412, height: 370, pad: CAMERA_MARGIN.narrow },
} as const;

/** The overview on a map of `layout`'s size, as a still frame in that map's pixels. */
function overviewFrame(
  [fx, fy, fw, fh]: PosterFrame,
  { width, height, pad }: { width: number; height: number; pad: number },
): StillFrame & { scale: number; left: number; top: number } {
  // fitBounds inside the padding, then kept within the world's top and bottom (posterSvg's CSS).
  const scale = Math.min((width - 2 * pad) / fw, (height - 2 * pad) / fh);
  const left = width / 2 - scale * (fx + fw / 2);
  const top = Math.max(Math.min(height / 2 - scale * (fy + fh / 2), 0), height - WORLD * scale);
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

/** What the live map names at the overview on the reference map of `layout` (LAYOUTS). */
export function posterNames(built: BuiltStory, layout: keyof typeof LAYOUTS) {
  const frame = posterFrame(built);
  const size = LAYOUTS[layout];
  const still = overviewFrame(frame, size);
  const sources = contextSources(built);
  // Labels anywhere on the map, as MapLibre places them, a few pixels from its edges.
  const space = new Placer({ left: 0, top: 0, right: size.width, bottom: size.height }, 4);
  const story = storyLabels(sources, still, space);
  const plan = planContext(sources, still, space, story.skip);
  return { still, story: story.labels, plan };
}

/**
 * The map's halo (text-halo-width 1.2 to 1.6 px in white) as CSS: text-shadow has no spread,
 * so four shadows a pixel out each way.
 */
const HALO_SHADOW = ['-1px 0', '1px 0', '0 -1px', '0 1px']
  .map((o) => `${o} 1px ${colours.halo}`)
  .join(',');

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
function namesHtml(names: ReturnType<typeof posterNames>, cls: string): string {
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
 * The poster's SVG. Three copies of the world side by side, as MapLibre draws them, so that a
 * wide map or a frame across the antimeridian never shows an empty edge. Styles follow the
 * map's at rest (map/style.ts). Strokes keep their pixel widths at any scale; circles are sized
 * for the overview on a phone; names are HTML over the map, at the map's type sizes.
 */
export function posterSvg(built: BuiltStory): string {
  // The site's own topology, so that places drawn from countries share their simplified arcs.
  const data = mapData(built);
  const topo = simplify(presimplify(data, projectedArea), MIN_AREA);
  const countries = topo.objects.countries as GeometryCollection;
  // Land is every country filled (topojson's merge leaves some rings of this topology open),
  // and the coast is drawn as the arcs that bound one country only, as the live map does.
  const land = (feature(topo, countries) as FeatureCollection).features.flatMap((f) =>
    f.geometry ? linesOf(f.geometry) : [],
  );
  const coast = mesh(topo, countries, (a, b) => a === b);
  const borders = mesh(topo, countries, (a, b) => a !== b);
  const shapes = new Map(
    (feature(topo, topo.objects.places) as FeatureCollection).features.map((f) => [
      String(f.properties?.id),
      f.geometry,
    ]),
  );

  const frame = posterFrame(built);
  const scale = pxPerUnit(frame);
  const areas: string[] = [];
  const lines: string[] = [];
  const markers: string[] = [];
  for (const p of built.story.places) {
    const g = built.geometry.get(p.id)! as Geometry;
    const kind = p.kind as Kind;
    if (g.type === 'Point') {
      markers.push(markerOf(g.coordinates, kind, p.approximate, scale));
      continue;
    }
    const shape = shapes.get(p.id) ?? g;
    if (g.type === 'LineString' || g.type === 'MultiLineString') {
      lines.push(lineOf(pathData(linesOf(shape), false), kind));
      continue;
    }
    // Under a pixel on the phone's overview, which a regional story scales up; a small lake
    // simplified away is drawn from its own outline.
    const minArea = MIN_RING_AREA * (PHONE_PX_PER_UNIT / scale) ** 2;
    const d = pathData(linesOf(shape), true, minArea) || pathData(linesOf(g), true, minArea);
    const { width, opacity } = restOutline(kind);
    // Only countries and water are tinted at rest: overlapping regions would add up.
    const tint = kind === 'water' ? rest.waterFillOpacity : rest.countryFillOpacity;
    const tone = kind === 'water' ? colours.waterFill : kindColour[kind];
    const fill =
      kind === 'country' || kind === 'water'
        ? `fill="${tone}" fill-opacity="${tint}"`
        : 'fill="none"';
    areas.push(
      `<path d="${d}" ${fill} stroke="${kindColour[kind]}" stroke-width="${width}" stroke-opacity="${opacity}"${dash(kindDash[kind], width)} ${FIXED}/>`,
    );
  }

  const world = [
    `<path d="${pathData(land, true)}" fill="${colours.land}"/>`,
    `<path d="${pathData(linesOf(coast), false)}" fill="none" stroke="${colours.coast}" stroke-width="${rest.coastWidth}" ${FIXED}/>`,
    `<path d="${pathData(linesOf(borders), false)}" fill="none" stroke="${colours.border}" stroke-width="${BORDER_WIDTH}" ${FIXED}/>`,
    ...areas,
    ...lines,
    ...markers,
  ].join('');
  const wide = posterNames(built, 'wide');
  const narrow = posterNames(built, 'narrow');
  const [fx, fy, fw, fh] = frame;
  // Where MapLibre's fitBounds puts the overview: as large as fits inside the padding, centred,
  // but never past the world's top or bottom edge (the camera then moves until the edge meets
  // the map's). In CSS, in units of the image's size (cqw, cqh), which is the map's: SVG alone
  // cannot subtract the padding from its size, HTML in a foreignObject can.
  const s = 'var(--s)';
  const style = [
    `.c{position:relative;width:100%;height:100%;overflow:hidden;container-type:size;background:${colours.water}}`,
    `.p,.l{--pad:${CAMERA_MARGIN.wide}px;--s:min((100cqw - 2 * var(--pad)) / ${fw},(100cqh - 2 * var(--pad)) / ${fh});` +
      `position:absolute;overflow:visible;` +
      `left:calc(50cqw - ${s} * ${round(WORLD + fx + fw / 2)});` +
      `top:max(min(calc(50cqh - ${s} * ${round(fy + fh / 2)}),0px),calc(100cqh - ${WORLD} * ${s}))}`,
    `.p{width:calc(${3 * WORLD} * ${s});height:calc(${WORLD} * ${s})}`,
    `@container (max-width:${CAMERA_MARGIN.narrowBelow - 0.02}px){.p,.l{--pad:${CAMERA_MARGIN.narrow}px}.w{display:none}}`,
    `@container (min-width:${CAMERA_MARGIN.narrowBelow}px){.n{display:none}}`,
    // The names as map/context-layers and map/label-layers set them: the map's local fonts,
    // centred on their points, haloed; sizes and spacing on each name.
    `.l b{position:absolute;transform:translate(-50%,-50%);white-space:nowrap;text-align:center;` +
      `line-height:1.2;font-weight:400;font-family:${FONT.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(',')};` +
      `text-shadow:${HALO_SHADOW}}`,
    `.s{color:${colours.label}}.k{color:${colours.countryLabel}}.t{color:${colours.contextCity}}`,
    `.a,.r{color:${colours.waterLabel};font-style:italic}.a{opacity:.85}`,
    `.d{position:absolute;width:4.6px;height:4.6px;margin:-3.3px 0 0 -3.3px;border-radius:50%;` +
      `background:${colours.cityDim};border:1px solid ${colours.markerRing}}` +
      `.D{width:6px;height:6px;margin:-4px 0 0 -4px}`,
  ].join('');
  // Where a browser draws no HTML in an SVG image, a fixed margin of 20 units comes close.
  const m = 20;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">` +
    `<style>${style}</style>` +
    `<defs><g id="w">${world}</g>` +
    `<g id="ww"><use href="#w" x="${-WORLD}"/><use href="#w"/><use href="#w" x="${WORLD}"/></g></defs>` +
    `<rect width="100%" height="100%" fill="${colours.water}"/>` +
    `<svg viewBox="${[fx - m, fy - m, fw + 2 * m, fh + 2 * m].map(round).join(' ')}" overflow="visible"><use href="#ww"/></svg>` +
    `<foreignObject width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml" class="c">` +
    `<svg xmlns="http://www.w3.org/2000/svg" class="p" viewBox="${-WORLD} 0 ${3 * WORLD} ${WORLD}"><use href="#ww"/>` +
    waterPaths(wide.plan, wide.still.view.zoom, 'w') +
    waterPaths(narrow.plan, narrow.still.view.zoom, 'n') +
    `</svg>` +
    namesHtml(wide, 'w') +
    namesHtml(narrow, 'n') +
    `</div></foreignObject></svg>`
  );
}
