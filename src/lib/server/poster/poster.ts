/**
 * The map's poster: a still SVG of the map at rest (land, borders, every place by kind, and the
 * names the live map shows at the overview: server/labels/context-svg) that
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
import { CAMERA_MARGIN } from '../../core/framing';
import { posterSteps } from '../../map/overview-names';
import type { Kind } from '../../core/kinds';
import type { BuiltStory } from '../../core/story';
import { WORLD, toWorld as project } from '../../geo/mercator';
import { FONT, LABEL_FACES, type LabelFace } from '../../labels/font-face';
import { colours, kindColour, kindDash, rest, restOutline } from '../../design';
import { followScheme } from '../../design/scheme-svg';
import {
  namesHtml,
  posterFrame,
  posterNames,
  referenceMap,
  OVERVIEW_SCALE,
  type PosterFrame,
} from './poster-names';
import {
  FIXED,
  MIN_RING_AREA,
  dash,
  lineOf,
  linesOf,
  markerOf,
  markersCss,
  markersHtml,
  pathData,
  round,
  waterPaths,
} from './shapes';
import { mapData } from '../map-data/map-json';

/**
 * Screen pixels per poster unit on a phone's overview (about 1.3 for the bundled story): the
 * map's marker radii (tokens' `rest`) divided by it are the SVG markers', in units (drawn where
 * a browser draws no HTML in an SVG image).
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
 * The map's halo (text-halo-width 1.2 to 1.6 px in white) as CSS: text-shadow has no spread,
 * so four shadows a pixel out each way.
 */
const HALO_SHADOW = ['-1px 0', '1px 0', '0 -1px', '0 1px']
  .map((o) => `${o} 1px ${colours.halo}`)
  .join(',');

/**
 * The poster's SVG. Three copies of the world side by side, as MapLibre draws them, so that a
 * wide map or a frame across the antimeridian never shows an empty edge. Styles follow the
 * map's at rest (map/style.ts). Strokes keep their pixel widths at any scale; markers and names
 * are HTML over the map, at the map's sizes in pixels (where a browser draws no HTML in an SVG
 * image, the markers are SVG circles sized for the overview on a phone).
 */
/**
 * The label face's files (labels/font-face) in the poster itself: an SVG shown as an image
 * loads nothing from outside, so the faces go in as data, under the family name the map's
 * stack starts with, the oblique as its italic.
 */
function fontFaceCss(fonts: Partial<Record<LabelFace, Uint8Array>>): string {
  return Object.entries(fonts)
    .map(
      ([face, file]) =>
        `@font-face{font-family:'${LABEL_FACES.regular.name}';font-style:${face === 'italic' ? 'italic' : 'normal'};` +
        `src:url(data:font/woff2;base64,${Buffer.from(file).toString('base64')}) format('woff2')}`,
    )
    .join('');
}

/** The poster of `built`; `fonts`, the label face's files, are embedded when given. */
export function posterSvg(
  built: BuiltStory,
  fonts: Partial<Record<LabelFace, Uint8Array>> = {},
): string {
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
  const points: Parameters<typeof markersHtml>[0] = [];
  for (const p of built.story.places) {
    const g = built.geometry.get(p.id)! as Geometry;
    const kind = p.kind as Kind;
    if (g.type === 'Point') {
      markers.push(markerOf(g.coordinates, kind, p.approximate, scale));
      points.push({ at: g.coordinates, kind, approximate: p.approximate });
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
  ].join('');
  // Each step's names (map/overview-names POSTER_STEPS), and the rivers and lakes its zoom shows:
  // drawn once for all the steps that show the same.
  const steps = posterSteps().map((step) => ({ step, names: posterNames(built, step) }));
  const water = new Map<string, string[]>();
  for (const { step, names } of steps) {
    const d = waterPaths(names.plan, names.still.view.zoom, '');
    water.set(d, [...(water.get(d) ?? []), step.id]);
  }
  const [fx, fy, fw, fh] = frame;
  // Where MapLibre's fitBounds puts the overview: as large as fits inside the padding, centred,
  // but never past the world's top or bottom edge (the camera then moves until the edge meets
  // the map's). In CSS, in units of the image's size (cqw, cqh), which is the map's: SVG alone
  // cannot subtract the padding from its size, HTML in a foreignObject can.
  const s = 'var(--s)';
  // A regional overview leaves room above and below for the map's controls (poster-names
  // `referenceMap`): --pt and --pb, the padding above and below, then differ from --pad.
  const rooms = {
    wide: referenceMap(built, 'wide').room,
    narrow: referenceMap(built, 'narrow').room,
  };
  const roomy = !!(rooms.wide || rooms.narrow);
  // Each layout's padding above and below (once one layout has room, both set theirs).
  const room = (r?: { top: number; bottom: number }) =>
    r
      ? `;--pt:max(var(--pad),${r.top}px);--pb:max(var(--pad),${r.bottom}px)`
      : ';--pt:var(--pad);--pb:var(--pad)';
  const pads = (r?: { top: number; bottom: number }) => (roomy ? room(r) : '');
  // The height the box fits in, and the middle of it, from the map's top.
  const fitHeight = roomy ? '100cqh - var(--pt) - var(--pb)' : '100cqh - 2 * var(--pad)';
  const middle = roomy ? '(100cqh + var(--pt) - var(--pb)) / 2' : '50cqh';
  const style = [
    fontFaceCss(fonts),
    `.c{position:relative;width:100%;height:100%;overflow:hidden;container-type:size;background:${colours.water}}`,
    `.p,.l,.m{--pad:${CAMERA_MARGIN.wide}px${pads(rooms.wide)};--s:min((100cqw - 2 * var(--pad)) / ${fw},(${fitHeight}) / ${fh},${round(OVERVIEW_SCALE)}px);` +
      `position:absolute;overflow:visible;` +
      `left:calc(50cqw - ${s} * ${round(WORLD + fx + fw / 2)});` +
      `top:max(min(calc(${middle} - ${s} * ${round(fy + fh / 2)}),0px),calc(100cqh - ${WORLD} * ${s}))}`,
    `.p{width:calc(${3 * WORLD} * ${s});height:calc(${WORLD} * ${s})}`,
    `@container (max-width:${CAMERA_MARGIN.narrowBelow - 0.02}px){.p,.l,.m{--pad:${CAMERA_MARGIN.narrow}px${pads(rooms.narrow)}}}`,
    // One step's names and water at a time: of its layout, the largest step the map holds (the
    // smallest when it holds none), as map/overview-names `posterStep` chooses. Later rules win.
    `.x{display:none}`,
    ...steps.map(({ step }, i) => {
      const first = i === 0 || steps[i - 1].step.layout !== step.layout;
      const side =
        step.layout === 'narrow'
          ? `(max-width:${CAMERA_MARGIN.narrowBelow - 0.02}px)`
          : `(min-width:${CAMERA_MARGIN.narrowBelow}px)`;
      const holds = first
        ? ''
        : ` and (min-width:${step.width}px) and (min-height:${step.height}px)`;
      return `@container ${side}${holds}{.x{display:none}.${step.id}{display:inline}}`;
    }),
    // The names as map/context-layers and map/label-layers set them: the map's face, centred
    // on their points, haloed; sizes and spacing on each name.
    `.l b{position:absolute;transform:translate(-50%,-50%);white-space:nowrap;text-align:center;` +
      `line-height:1.2;font-weight:400;font-family:${FONT.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(',')};` +
      `text-shadow:${HALO_SHADOW}}`,
    `.s{color:${colours.label}}.k{color:${colours.countryLabel}}.t{color:${colours.contextCity}}`,
    `.a,.r{color:${colours.waterLabel};font-style:italic}.a{opacity:.85}`,
    // The story's markers, in the map's pixels (poster-shapes).
    markersCss('m'),
    `.d{position:absolute;width:4.6px;height:4.6px;margin:-3.3px 0 0 -3.3px;border-radius:50%;` +
      `background:${colours.cityDim};border:1px solid ${colours.markerRing}}` +
      `.D{width:6px;height:6px;margin:-4px 0 0 -4px}`,
  ].join('');
  // Where a browser draws no HTML in an SVG image, a fixed margin of 20 units comes close.
  const m = 20;
  return followScheme(
    `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">` +
      `<style>${style}</style>` +
      `<defs><g id="w">${world}</g>` +
      `<g id="ww"><use href="#w" x="${-WORLD}"/><use href="#w"/><use href="#w" x="${WORLD}"/></g>` +
      `<g id="mk">${markers.join('')}</g></defs>` +
      `<rect width="100%" height="100%" fill="${colours.water}"/>` +
      `<svg viewBox="${[fx - m, fy - m, fw + 2 * m, fh + 2 * m].map(round).join(' ')}" overflow="visible"><use href="#ww"/>` +
      `<use href="#mk" x="${-WORLD}"/><use href="#mk"/><use href="#mk" x="${WORLD}"/></svg>` +
      `<foreignObject width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml" class="c">` +
      `<svg xmlns="http://www.w3.org/2000/svg" class="p" viewBox="${-WORLD} 0 ${3 * WORLD} ${WORLD}"><use href="#ww"/>` +
      [...water]
        .filter(([d]) => d !== '<g class=""></g>')
        .map(([d, ids]) => d.replace('<g class="">', `<g class="x ${ids.join(' ')}">`))
        .join('') +
      `</svg>` +
      `<div class="m">${markersHtml(points)}</div>` +
      steps.map(({ step, names }) => namesHtml(names, step.id)).join('') +
      `</div></foreignObject></svg>`,
  );
}
