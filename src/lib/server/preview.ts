/**
 * Preview images for link sharing (1200x630 PNG, the size social networks show): one per place,
 * a locator map of the place with its name, and one for the whole story. Built at build time
 * from the same data as the site: the Natural Earth countries and the story's place geometry.
 *
 * The SVG builders are pure (data in, string out; text is measured with the DejaVu fonts'
 * own metrics); `renderPng` rasterises with resvg and only the bundled DejaVu fonts, so the
 * output is the same on every machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { geoContains, geoMercator, geoOrthographic, geoPath, type GeoProjection } from 'd3-geo';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { mesh } from 'topojson-client';
import type { Rect } from '../core/framing';
import type { PlaceGeometry } from '../core/geometry';
import type { BuiltStory, PlaceInfo, Story } from '../core/story';
import { kindDash, theme } from '../map/theme';
import { strings } from '../strings';
import {
  forD3,
  frameOf,
  frameOfPoints,
  outline,
  polygonsOf,
  signedArea,
  type Frame,
} from './frame';
import { labelPoint } from './map-data';
import { countriesTopology, countryFeatures } from './natural-earth';
import { fontMetrics, type FontMetrics } from './text-metrics';

export const WIDTH = 1200;
export const HEIGHT = 630;
/** The map: the right 60% of the image; the text panel takes the rest. */
export const MAP_PANEL: Rect = { left: 480, top: 0, right: WIDTH, bottom: HEIGHT };

/** Wording only the previews use; kept here so that strings.ts stays the page's. */
/** The preview's own phrases live with every other interface string, for translation. */
export const previewStrings = strings.preview;

const PAPER = '#fbfaf7';
const MUTED = '#4f5b66';
const FAINT = '#6b7580';
const RULE = '#ddd6ca';
/** Country names on the basemap: quiet, but 4:1 against the land. */
const COUNTRY_LABEL = '#7a7166';
/** The place's name on the map: the accent, darkened to read at 17 px over its own fill. */
const ACCENT_DARK = '#8e2a1f';
const PAD_X = 56;
const TEXT_WIDTH = MAP_PANEL.left - PAD_X - 44;

// ---------------------------------------------------------------------------------------------
// Fonts

const FONTS = {
  sans: { family: 'DejaVu Sans', weight: 400, file: 'DejaVuSans.ttf' },
  sansBold: { family: 'DejaVu Sans', weight: 700, file: 'DejaVuSans-Bold.ttf' },
  serifBold: { family: 'DejaVu Serif', weight: 700, file: 'DejaVuSerif-Bold.ttf' },
} as const;
type FontKey = keyof typeof FONTS;

/** Resolved from the package, not the working directory, so the built server finds it too. */
function fontDir(): string {
  const pkg = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  return join(dirname(pkg), 'ttf');
}

export function fontFiles(): string[] {
  const dir = fontDir();
  return Object.values(FONTS).map((f) => join(dir, f.file));
}

let metricsCache: Record<FontKey, FontMetrics> | undefined;

function metrics(): Record<FontKey, FontMetrics> {
  if (!metricsCache) {
    const dir = fontDir();
    const read = (k: FontKey) => fontMetrics(readFileSync(join(dir, FONTS[k].file)));
    metricsCache = { sans: read('sans'), sansBold: read('sansBold'), serifBold: read('serifBold') };
  }
  return metricsCache;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Characters XML 1.0 forbids (control characters, lone surrogates): dropped, not escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe for SVG element content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** One line of text as it will be drawn: forbidden characters gone, whitespace collapsed. */
function clean(s: string): string {
  return s.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
}

export interface Wrapped {
  lines: string[];
  /** True when a word had to be broken or the text cut with an ellipsis. */
  overflow: boolean;
}

/** Greedy word wrap to `maxWidth` px in at most `maxLines` lines, ending in "…" if cut. */
export function wrapText(
  text: string,
  font: FontMetrics,
  size: number,
  maxWidth: number,
  maxLines: number,
  letterSpacing = 0,
): Wrapped {
  const fits = (s: string) => font.width(s, size, letterSpacing) <= maxWidth;
  const lines: string[] = [];
  let overflow = false;
  let line = '';
  for (const word of clean(text).split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word wider than the line (a long name, or hostile input) is broken where it must be.
    while (!fits(line)) {
      overflow = true;
      const chars = [...line];
      let n = chars.length - 1;
      while (n > 1 && !fits(chars.slice(0, n).join(''))) n--;
      lines.push(chars.slice(0, n).join(''));
      line = chars.slice(n).join('');
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, overflow };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && !fits(`${last}…`)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.replace(/[\s,;:–—-]+$/u, '')}…`;
  return { lines: kept, overflow: true };
}

interface TextStyle {
  font: FontKey;
  size: number;
  fill: string;
  spacing?: number;
  anchor?: 'start' | 'middle' | 'end';
  /** A halo: the colour drawn behind the glyphs, so labels read over lines. */
  halo?: string;
  haloWidth?: number;
}

function svgText(x: number, y: number, content: string, s: TextStyle): string {
  const f = FONTS[s.font];
  const attrs = [
    `x="${r1(x)}"`,
    `y="${r1(y)}"`,
    `font-family="${f.family}"`,
    `font-weight="${f.weight}"`,
    `font-size="${s.size}"`,
    `fill="${s.fill}"`,
  ];
  if (s.spacing) attrs.push(`letter-spacing="${s.spacing}"`);
  if (s.anchor && s.anchor !== 'start') attrs.push(`text-anchor="${s.anchor}"`);
  if (s.halo)
    attrs.push(
      `stroke="${s.halo}"`,
      `stroke-width="${s.haloWidth ?? 4}"`,
      'stroke-linejoin="round"',
      'paint-order="stroke"',
    );
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * A Mercator projection (the site's map is Web Mercator too) centred on the frame and scaled
 * so the frame fills the panel: fitExtent's arithmetic, done on the frame's box directly
 * because in a world view the context may reach past ±180°, where inverse points would wrap.
 */
export function frameProjection(frame: Frame, panel: Rect = MAP_PANEL): GeoProjection {
  const rad = Math.PI / 180;
  const [west, south, east, north] = frame.box;
  const x0 = (west - frame.centre) * rad;
  const x1 = (east - frame.centre) * rad;
  const y0 = mercatorY(south);
  const y1 = mercatorY(north);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  let hw = (x1 - x0) / 2 / frame.fill;
  let hh = (y1 - y0) / 2 / frame.fill;
  // Minimum context: a circle of minRadiusDeg around the centre (Mercator is conformal, so
  // the circle's box is its latitude extent, scaled by the local stretch).
  const lat = (2 * Math.atan(Math.exp(cy)) - Math.PI / 2) / rad;
  const r = frame.minRadiusDeg;
  const top = mercatorY(Math.min(lat + r, 85));
  const bottom = mercatorY(Math.max(lat - r, -85));
  hh = Math.max(hh, top - cy, cy - bottom);
  hw = Math.max(hw, (r * rad) / Math.cos(lat * rad));
  // A world map stops at the antimeridian: beyond it d3 draws nothing but water, so the view
  // is kept within ±180° of the centre.
  hw = Math.min(hw, Math.PI);
  const width = panel.right - panel.left;
  const height = panel.bottom - panel.top;
  const k = Math.min(width / (2 * hw), height / (2 * hh));
  const seen = Math.min(Math.PI, width / (2 * k));
  const x = Math.min(Math.max(cx, -Math.PI + seen), Math.PI - seen);
  return geoMercator()
    .rotate([-frame.centre, 0])
    .scale(k)
    .translate([panel.left + width / 2 - k * x, panel.top + height / 2 + k * cy]);
}

/** The projection a place's preview uses. */
export function placeProjection(g: PlaceGeometry, panel: Rect = MAP_PANEL): GeoProjection {
  return frameProjection(frameOf(g), panel);
}

// ---------------------------------------------------------------------------------------------
// Basemap

interface CountryLabel {
  name: string;
  at: Position;
  /** Its largest polygon, ready for d3: labels go only where the country has room. */
  main: MultiPolygon;
}

export interface Basemap {
  land: FeatureCollection<MultiPolygon>;
  borders: MultiLineString;
  coast: MultiLineString;
  labels: CountryLabel[];
}

let basemapCache: Basemap | undefined;

/**
 * The basemap: the site's countries (Natural Earth, simplified, cut at the antimeridian) for
 * the land, and their shared arcs for borders and coast, drawn as lines so that the cut never
 * shows. Built once per process.
 */
export function loadBasemap(): Basemap {
  if (basemapCache) return basemapCache;
  const countries = countryFeatures();
  const topo = countriesTopology();
  const land: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: countries.map((f): Feature<MultiPolygon> => ({
      type: 'Feature',
      properties: {},
      geometry: forD3(polygonsOf(f.geometry)),
    })),
  };
  const labels = countries.map((f) => {
    const polys = polygonsOf(f.geometry);
    const largest = polys.reduce((a, b) =>
      Math.abs(signedArea(b[0])) > Math.abs(signedArea(a[0])) ? b : a,
    );
    return { name: f.properties.name, at: labelPoint(f.geometry), main: forD3([largest]) };
  });
  basemapCache = {
    land,
    borders: mesh(topo, topo.objects.countries, (a, b) => a !== b),
    coast: mesh(topo, topo.objects.countries, (a, b) => a === b),
    labels,
  };
  return basemapCache;
}

// ---------------------------------------------------------------------------------------------
// Map drawing

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Keeps labels and markers apart and inside the map. */
class Placer {
  private boxes: Box[] = [];
  constructor(
    private panel: Rect,
    private margin = 10,
  ) {}
  inside(b: Box): boolean {
    const m = this.margin;
    const p = this.panel;
    return b.x0 >= p.left + m && b.x1 <= p.right - m && b.y0 >= p.top + m && b.y1 <= p.bottom - m;
  }
  free(b: Box, gap = 3): boolean {
    return this.boxes.every(
      (o) => b.x1 + gap < o.x0 || b.x0 - gap > o.x1 || b.y1 + gap < o.y0 || b.y0 - gap > o.y1,
    );
  }
  tryAdd(b: Box): boolean {
    if (!this.inside(b) || !this.free(b)) return false;
    this.boxes.push(b);
    return true;
  }
  add(b: Box) {
    this.boxes.push(b);
  }
}

function pathOf(projection: GeoProjection) {
  return geoPath(projection).digits(1);
}

function basemapSvg(projection: GeoProjection, basemap: Basemap, panel: Rect): string {
  const path = pathOf(projection);
  const { left, top, right, bottom } = panel;
  return [
    `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="${theme.water}"/>`,
    `<path d="${path(basemap.land) ?? ''}" fill="${theme.land}"/>`,
    `<path d="${path(basemap.coast) ?? ''}" fill="none" stroke="${theme.coast}" stroke-width="0.8" stroke-linejoin="round"/>`,
    `<path d="${path(basemap.borders) ?? ''}" fill="none" stroke="${theme.border}" stroke-width="0.9" stroke-linejoin="round"/>`,
  ].join('');
}

const LABEL_SIZE = 13;
const LABEL_SPACING = 1.4;

/** A shape as drawn: its projected (and clipped) rings, for point tests in pixels. */
interface Screen {
  contains(x: number, y: number): boolean;
}

/**
 * Projects a shape once and tests points against it in the plane (even-odd, so holes work):
 * far cheaper than geoContains on the sphere for every point of a grid.
 */
function onScreen(projection: GeoProjection, shape: MultiPolygon): Screen {
  const rings: number[][][] = [];
  geoPath(projection, {
    moveTo: (x, y) => void rings.push([[x, y]]),
    lineTo: (x, y) => void rings[rings.length - 1].push([x, y]),
    closePath: () => {},
    beginPath: () => {},
    arc: () => {},
  })(shape);
  return {
    contains(x, y) {
      let inside = false;
      for (const ring of rings)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i];
          const [xj, yj] = ring[j];
          if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        }
      return inside;
    },
  };
}

/**
 * Where a label of `w` x `h` px fits inside the visible part of a shape: on a grid over the
 * panel, the spot nearest the middle of the visible part whose whole box is inside. For
 * neighbours whose own label point is off the map (Turkey and Iran round Mosul).
 */
function visibleSpot(
  shape: Screen,
  bounds: [[number, number], [number, number]],
  w: number,
  h: number,
): [number, number] | undefined {
  const step = 14;
  const [[x0, y0], [x1, y1]] = bounds;
  const cols = Math.floor((x1 - x0) / step) + 1;
  const rows = Math.floor((y1 - y0) / step) + 1;
  const a = Math.ceil((w / 2 + 4) / step);
  const b = Math.ceil((h / 2 + 4) / step);
  if (cols < 2 * a + 1 || rows < 2 * b + 1) return undefined;
  // Summed-area table of the inside cells: a box is inside when its sum is its cell count.
  const sum = new Float64Array((rows + 1) * (cols + 1));
  let [sx, sy, n] = [0, 0, 0];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const inside = shape.contains(x0 + j * step, y0 + i * step) ? 1 : 0;
      if (inside) [sx, sy, n] = [sx + j, sy + i, n + 1];
      sum[(i + 1) * (cols + 1) + j + 1] =
        inside +
        sum[i * (cols + 1) + j + 1] +
        sum[(i + 1) * (cols + 1) + j] -
        sum[i * (cols + 1) + j];
    }
  if (!n) return undefined;
  const [ci, cj] = [sy / n, sx / n];
  const boxSum = (i0: number, j0: number, i1: number, j1: number) =>
    sum[(i1 + 1) * (cols + 1) + j1 + 1] -
    sum[i0 * (cols + 1) + j1 + 1] -
    sum[(i1 + 1) * (cols + 1) + j0] +
    sum[i0 * (cols + 1) + j0];
  let best: [number, number] | undefined;
  let bestD = Infinity;
  for (let i = b; i < rows - b; i++)
    for (let j = a; j < cols - a; j++) {
      if (boxSum(i - b, j - a, i + b, j + a) < (2 * a + 1) * (2 * b + 1)) continue;
      const d = (i - ci) ** 2 + (j - cj) ** 2;
      if (d < bestD) [best, bestD] = [[x0 + j * step, y0 + i * step], d];
    }
  return best;
}

/** Country names where they fit, biggest countries first, never over what is placed. */
function countryLabelsSvg(
  projection: GeoProjection,
  basemap: Basemap,
  placer: Placer,
  skip: (at: Position) => boolean,
  max = 12,
): string {
  // The projection clips to the panel, so areas and bounds are those of the visible parts.
  const path = pathOf(projection);
  const font = metrics().sans;
  const out: string[] = [];
  const h = LABEL_SIZE;
  const candidates = basemap.labels
    .map((l) => ({ l, area: path.area(l.main) }))
    .filter((c) => c.area > 0 && !skip(c.l.at))
    .sort((a, b) => b.area - a.area);
  for (const { l, area } of candidates) {
    if (out.length >= max) break;
    const name = clean(l.name).toLocaleUpperCase('en');
    const w = font.width(name, LABEL_SIZE, LABEL_SPACING);
    if (area < w * h * 3) continue;
    const bounds = path.bounds(l.main);
    const [[bx0, by0], [bx1, by1]] = bounds;
    // Only where the country (its largest part) is wide enough to hold its name.
    if (bx1 - bx0 < w * 0.9 || by1 - by0 < h * 1.4) continue;
    const boxAt = ([x, y]: [number, number]) => ({
      x0: x - w / 2,
      y0: y - h * 0.8,
      x1: x + w / 2,
      y1: y + h * 0.4,
    });
    const own = projection(l.at as [number, number]);
    let at: [number, number] | undefined;
    if (own && placer.tryAdd(boxAt(own))) at = own;
    else {
      const spot = visibleSpot(onScreen(projection, l.main), bounds, w, h);
      if (spot && placer.tryAdd(boxAt(spot))) at = spot;
    }
    if (!at) continue;
    out.push(
      svgText(at[0], at[1] + h * 0.35, name, {
        font: 'sans',
        size: LABEL_SIZE,
        fill: COUNTRY_LABEL,
        spacing: LABEL_SPACING,
        anchor: 'middle',
        halo: theme.land,
        haloWidth: 3,
      }),
    );
  }
  return out.join('');
}

/** A point label beside a marker: right of it if there is room, else left, above or below. */
function pointLabel(
  placer: Placer,
  [x, y]: [number, number],
  gap: number,
  name: string,
  style: TextStyle,
): string {
  const w = metrics()[style.font].width(name, style.size, style.spacing ?? 0);
  const h = style.size;
  const d = gap * 0.7;
  // Right, left, above, below, then the diagonals: [box left, box top] for each.
  const spots: [number, number][] = [
    [x + gap, y - h / 2],
    [x - gap - w, y - h / 2],
    [x - w / 2, y - gap - h],
    [x - w / 2, y + gap],
    [x + d, y - d - h],
    [x + d, y + d],
    [x - d - w, y - d - h],
    [x - d - w, y + d],
  ];
  for (const [bx, by] of spots)
    if (placer.tryAdd({ x0: bx, y0: by, x1: bx + w, y1: by + h }))
      return svgText(bx, by + h * 0.86, name, { ...style, anchor: 'start' });
  return '';
}

function markerSvg([x, y]: [number, number], approximate: boolean, r: number, opacity = 1): string {
  const a = theme.accent;
  if (approximate)
    return (
      `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="${a}" fill-opacity="${0.14 * opacity}" stroke="#fff" stroke-width="7" stroke-opacity="${0.9 * opacity}"/>` +
      `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="none" stroke="${a}" stroke-width="3.5" stroke-opacity="${opacity}"/>`
    );
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="${a}" fill-opacity="${opacity}" stroke="#fff" stroke-width="3"/>`;
}

/** Degrees of longitude the map shows across the panel. */
function spanOf(projection: GeoProjection, panel: Rect): number {
  return ((panel.right - panel.left) / projection.scale()) * (180 / Math.PI);
}

const GLOBE_RADIUS = 54;
const GLOBE_INSET = 18;

/**
 * Where the globe goes: the corner of the map that hides least of the place (sampled on a
 * grid), bottom right when it hides nothing.
 */
function globeCorner(
  projection: GeoProjection,
  panel: Rect,
  shape: MultiPolygon | undefined,
): [number, number] {
  const off = GLOBE_RADIUS + GLOBE_INSET;
  const corners: [number, number][] = [
    [panel.right - off, panel.bottom - off],
    [panel.right - off, panel.top + off],
    [panel.left + off, panel.bottom - off],
    [panel.left + off, panel.top + off],
  ];
  if (!shape) return corners[0];
  const screen = onScreen(projection, shape);
  const hidden = ([cx, cy]: [number, number]) => {
    let n = 0;
    for (let i = -3; i <= 3; i++)
      for (let j = -3; j <= 3; j++) {
        const step = (GLOBE_RADIUS + GLOBE_INSET) / 3;
        if (screen.contains(cx + i * step, cy + j * step)) n++;
      }
    return n;
  };
  const scores = corners.map(hidden);
  return corners[scores.indexOf(Math.min(...scores))];
}

/** A small globe in the corner showing where the map is, for maps smaller than a continent. */
function globeSvg(
  projection: GeoProjection,
  basemap: Basemap,
  panel: Rect,
  [cx, cy]: [number, number],
): string {
  if (spanOf(projection, panel) > 70) return '';
  const tl = projection.invert!([panel.left, panel.top]);
  const br = projection.invert!([panel.right, panel.bottom]);
  if (!tl || !br) return '';
  const [west, north, south] = [tl[0], tl[1], br[1]];
  const east = br[0] < west ? br[0] + 360 : br[0];
  const radius = GLOBE_RADIUS;
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  const globe = geoOrthographic()
    .rotate([-centre[0], -centre[1] * 0.75])
    .scale(radius)
    .translate([cx, cy])
    .clipAngle(90);
  const path = geoPath(globe).digits(1);
  // The map's extent, edges densified: parallels are not great circles. Clockwise for d3.
  const ring: Position[] = [];
  const steps = 12;
  for (let i = 0; i <= steps; i++) ring.push([west, south + ((north - south) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([west + ((east - west) * i) / steps, north]);
  for (let i = 1; i <= steps; i++) ring.push([east, north - ((north - south) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([east - ((east - west) * i) / steps, south]);
  const extent: Polygon = { type: 'Polygon', coordinates: [ring] };
  return [
    `<circle cx="${cx}" cy="${cy}" r="${radius + 3}" fill="#fff" fill-opacity="0.85"/>`,
    `<path d="${path({ type: 'Sphere' }) ?? ''}" fill="${theme.water}" stroke="${theme.coast}" stroke-width="1"/>`,
    `<path d="${path(basemap.land) ?? ''}" fill="${theme.land}"/>`,
    `<path d="${path(basemap.coast) ?? ''}" fill="none" stroke="${theme.coast}" stroke-width="0.4"/>`,
    `<path d="${path(extent) ?? ''}" fill="${theme.accent}" fill-opacity="0.25" stroke="${theme.accent}" stroke-width="1.6" stroke-linejoin="round"/>`,
  ].join('');
}

export interface PreviewPlace {
  id: string;
  name: string;
  kind: PlaceInfo['kind'];
  approximate: boolean;
  count: number;
  note?: string;
}

/** Another place shown for context (the story's cities near the one in the preview). */
export interface ContextPoint {
  name: string;
  at: Position;
}

function placeMapSvg(
  place: PreviewPlace,
  geometry: PlaceGeometry,
  basemap: Basemap,
  context: ContextPoint[],
  panel: Rect,
  lang: string,
): string {
  const projection = placeProjection(geometry, panel);
  const pad = 2;
  projection.clipExtent([
    [panel.left - pad, panel.top - pad],
    [panel.right + pad, panel.bottom + pad],
  ]);
  const path = pathOf(projection);
  const placer = new Placer(panel);
  const shape = geometry.type === 'Point' ? undefined : forD3(polygonsOf(geometry));
  const corner = globeCorner(projection, panel, shape);
  const globe = globeSvg(projection, basemap, panel, corner);
  if (globe) {
    const r = GLOBE_RADIUS + 6;
    placer.add({ x0: corner[0] - r, y0: corner[1] - r, x1: corner[0] + r, y1: corner[1] + r });
  }
  const parts: string[] = [basemapSvg(projection, basemap, panel)];
  const labels: string[] = [];
  const cityStyle: TextStyle = {
    font: 'sansBold',
    size: 22,
    fill: theme.ink,
    halo: '#fff',
    haloWidth: 5,
  };

  if (geometry.type === 'Point') {
    const p = projection(geometry.coordinates as [number, number]);
    if (p) {
      const r = place.approximate ? 16 : 9;
      if (!place.approximate)
        parts.push(
          `<circle cx="${r1(p[0])}" cy="${r1(p[1])}" r="22" fill="${theme.accent}" fill-opacity="0.16"/>`,
        );
      parts.push(markerSvg(p, place.approximate, r));
      placer.add({ x0: p[0] - r - 3, y0: p[1] - r - 3, x1: p[0] + r + 3, y1: p[1] + r + 3 });
      labels.push(pointLabel(placer, p, r + 8, clean(place.name), cityStyle));
    }
  } else if (shape) {
    const polys = polygonsOf(geometry);
    // On a world map, a thinner line, and none round islands too small to show a pattern: the
    // fill still marks them.
    const width = spanOf(projection, panel) > 250 ? 2.25 : 3;
    const outlined = polys.filter((rings) => {
      const [[x0, y0], [x1, y1]] = path.bounds(forD3([rings]));
      return Math.max(x1 - x0, y1 - y0) >= 10;
    });
    const dash = (kindDash[place.kind] ?? []).map((d) => d * width).join(' ');
    parts.push(
      `<path d="${path(shape) ?? ''}" fill="${theme.accent}" fill-opacity="0.18"/>`,
      `<path d="${path(outline(outlined)) ?? ''}" fill="none" stroke="${theme.accent}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    // The place's own name on the map, in the accent colour, where its label sits on the site.
    const at = projection(labelPoint(geometry) as [number, number]);
    if (at) {
      const font = metrics().sansBold;
      const size = 17;
      const spacing = 1.6;
      const { lines } = wrapText(
        clean(place.name).toLocaleUpperCase(lang),
        font,
        size,
        230,
        2,
        spacing,
      );
      const w = Math.max(...lines.map((l) => font.width(l, size, spacing)));
      const lh = size * 1.2;
      const y0 = at[1] - (lh * lines.length) / 2;
      const box = { x0: at[0] - w / 2, y0, x1: at[0] + w / 2, y1: y0 + lh * lines.length };
      if (placer.tryAdd(box))
        lines.forEach((l, i) =>
          labels.push(
            svgText(at[0], y0 + lh * i + size * 0.95, l, {
              font: 'sansBold',
              size,
              fill: ACCENT_DARK,
              spacing,
              anchor: 'middle',
              halo: '#fff',
              haloWidth: 4,
            }),
          ),
        );
    }
  }

  // The story's other cities in view, small and dark: they place the highlight. Only on
  // regional maps; on a continent they would be specks.
  for (const c of spanOf(projection, panel) <= 45 ? context : []) {
    const p = projection(c.at as [number, number]);
    if (!p) continue;
    const box = { x0: p[0] - 5, y0: p[1] - 5, x1: p[0] + 5, y1: p[1] + 5 };
    if (!placer.tryAdd(box)) continue;
    parts.push(
      `<circle cx="${r1(p[0])}" cy="${r1(p[1])}" r="4" fill="${theme.ink}" stroke="#fff" stroke-width="1.5"/>`,
    );
    labels.push(
      pointLabel(placer, p, 10, clean(c.name), {
        font: 'sans',
        size: 16,
        fill: theme.ink,
        halo: '#fff',
        haloWidth: 4,
      }),
    );
  }

  // Country names, except the highlighted country's own (it has its accent label).
  const skip = (at: Position) =>
    place.kind === 'country' && !!shape && geoContains(shape, at as [number, number]);
  labels.unshift(countryLabelsSvg(projection, basemap, placer, skip));
  return parts.join('') + labels.join('') + globe;
}

// ---------------------------------------------------------------------------------------------
// Whole images

export interface PreviewText {
  headline: string;
  source: string;
  /** The story's language, for upper-casing its place names (never the machine's locale). */
  lang?: string;
}

function frameSvg(inner: string): string {
  const { left, top, right, bottom } = MAP_PANEL;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<defs><clipPath id="map"><rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}"/></clipPath></defs>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${PAPER}"/>` +
    inner +
    `<line x1="${left + 0.5}" y1="${top}" x2="${left + 0.5}" y2="${bottom}" stroke="${RULE}" stroke-width="1"/>` +
    `</svg>`
  );
}

/** The footer and, above it, the headline: the bottom of the text panel. Returns its top. */
function panelFooter(text: PreviewText, headline: boolean, out: string[]): number {
  const m = metrics();
  const footerY = HEIGHT - 44;
  const footer = `${strings.source(clean(text.source))} · ${previewStrings.boundaries}`;
  const { lines: footLines } = wrapText(footer, m.sans, 15, TEXT_WIDTH, 1);
  out.push(svgText(PAD_X, footerY, footLines[0], { font: 'sans', size: 15, fill: FAINT }));
  let topY = footerY - 15;
  if (headline) {
    const size = 20;
    const lh = 27;
    const { lines } = wrapText(text.headline, m.sans, size, TEXT_WIDTH, 3);
    const bottom = footerY - 40;
    const first = bottom - lh * (lines.length - 1);
    lines.forEach((l, i) =>
      out.push(svgText(PAD_X, first + lh * i, l, { font: 'sans', size, fill: MUTED })),
    );
    topY = first - size - 22;
    out.push(`<rect x="${PAD_X}" y="${topY}" width="40" height="3" fill="${theme.accent}"/>`);
  }
  return topY;
}

/** The largest size at which `text` wraps in `maxLines` without breaking a word. */
function fitTitle(
  text: string,
  sizes: number[],
  maxLines: (size: number) => number,
): { size: number; lines: string[] } {
  const font = metrics().serifBold;
  for (const size of sizes) {
    const w = wrapText(text, font, size, TEXT_WIDTH, maxLines(size));
    if (!w.overflow) return { size, lines: w.lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: wrapText(text, font, size, TEXT_WIDTH, maxLines(size)).lines };
}

/**
 * Draws a fitted title below the kicker, `leading` times its size apart, and returns the
 * baseline of its last line.
 */
function drawTitle(out: string[], title: { size: number; lines: string[] }, leading: number) {
  const lh = Math.round(title.size * leading);
  let y = 92 + 22 + title.size * 0.92;
  for (const l of title.lines) {
    out.push(svgText(PAD_X - 2, y, l, { font: 'serifBold', size: title.size, fill: theme.ink }));
    y += lh;
  }
  return y - lh;
}

/** The SVG preview of one place. */
export function placeSvg(
  place: PreviewPlace,
  geometry: PlaceGeometry,
  text: PreviewText,
  basemap: Basemap = loadBasemap(),
  context: ContextPoint[] = [],
): string {
  const out: string[] = [];
  const kicker = strings.kind[place.kind].toLocaleUpperCase('en');
  out.push(
    svgText(PAD_X, 92, kicker, {
      font: 'sansBold',
      size: 19,
      fill: theme.accent,
      spacing: 2.4,
    }),
  );
  const bottomTop = panelFooter(text, true, out);
  const title = fitTitle(place.name, [76, 68, 60, 54, 48, 44, 40, 36, 32], (s) =>
    s >= 48 ? 2 : 3,
  );
  let y = drawTitle(out, title, 1.08) + 48 + 12;
  const facts = [strings.mentionedTimes(place.count)];
  if (place.approximate) facts.push(strings.legendApproximate);
  for (const f of facts) {
    if (y > bottomTop - 20) break;
    out.push(svgText(PAD_X, y, f, { font: 'sans', size: 23, fill: theme.ink }));
    y += 34;
  }
  // The place's note (what "the West" stands for, why Chechnya is a ring) where it has room:
  // whole, or its first sentence, or not at all; never cut mid-sentence.
  if (place.note) {
    const size = 18;
    const lh = 25;
    const room = Math.floor((bottomTop - 30 - (y + 6)) / lh) + 1;
    const font = metrics().sans;
    const note = clean(place.note);
    const firstSentence = note.split(/(?<=[.!?])\s/u)[0];
    for (const candidate of [note, firstSentence]) {
      if (room < 1) break;
      const w = wrapText(candidate, font, size, TEXT_WIDTH, room);
      if (w.overflow) continue;
      w.lines.forEach((l, i) =>
        out.push(svgText(PAD_X, y + 6 + lh * i, l, { font: 'sans', size, fill: MUTED })),
      );
      break;
    }
  }
  const map = placeMapSvg(place, geometry, basemap, context, MAP_PANEL, text.lang ?? 'en');
  return frameSvg(`<g clip-path="url(#map)">${map}</g>` + out.join(''));
}

/** The SVG preview of the whole story: the headline, and every place on one map. */
export function storySvg(
  story: Pick<Story, 'meta' | 'places'>,
  geometry: Map<string, PlaceGeometry>,
  basemap: Basemap = loadBasemap(),
): string {
  const out: string[] = [];
  out.push(
    svgText(PAD_X, 92, strings.kicker.toLocaleUpperCase('en'), {
      font: 'sansBold',
      size: 19,
      fill: theme.accent,
      spacing: 2.4,
    }),
  );
  const bottomTop = panelFooter({ headline: '', source: story.meta.source }, false, out);
  const title = fitTitle(story.meta.title, [56, 52, 48, 44, 40, 36, 32, 28], () => 5);
  let y = drawTitle(out, title, 1.12) + 44 + 10;
  const maxCount = Math.max(1, ...story.places.map((p) => p.count));
  const dotRadius = (count: number) => 4 + 1.7 * Math.sqrt(count);
  if (y < bottomTop - 20)
    out.push(
      svgText(PAD_X, y, previewStrings.placesNamed(story.places.length), {
        font: 'sans',
        size: 23,
        fill: theme.ink,
      }),
    );
  // A key for the dots: their size is how often the article names the place.
  y += 46;
  if (y < bottomTop - 10) {
    const sans = metrics().sans;
    const items: { r: number; approximate: boolean; label: string }[] = [
      { r: dotRadius(1), approximate: false, label: previewStrings.keyOnce },
      { r: dotRadius(maxCount), approximate: false, label: previewStrings.keyTimes(maxCount) },
    ];
    if (story.places.some((p) => p.approximate))
      items.push({ r: dotRadius(1), approximate: true, label: previewStrings.keyApproximate });
    let x = PAD_X;
    for (const item of items) {
      const r = item.r;
      if (x + 2 * r + 8 + sans.width(item.label, 17) > PAD_X + TEXT_WIDTH) {
        // On to a second line, if there is room for one.
        if (x === PAD_X || y + 30 > bottomTop - 10) break;
        [x, y] = [PAD_X, y + 30];
      }
      out.push(markerSvg([x + r, y - 6], item.approximate, r, 0.85));
      out.push(svgText(x + 2 * r + 8, y, item.label, { font: 'sans', size: 17, fill: MUTED }));
      x += 2 * r + 8 + sans.width(item.label, 17) + 22;
    }
  }

  // Every place as a marker at its label point, sized by how often the article names it.
  const marks = story.places
    .map((p) => ({ p, at: labelPoint(geometry.get(p.id)!) }))
    .sort((a, b) => b.p.count - a.p.count);
  const projection = frameProjection(frameOfPoints(marks.map((m) => m.at)));
  projection.clipExtent([
    [MAP_PANEL.left - 2, MAP_PANEL.top - 2],
    [MAP_PANEL.right + 2, MAP_PANEL.bottom + 2],
  ]);
  const placer = new Placer(MAP_PANEL);
  const map: string[] = [basemapSvg(projection, basemap, MAP_PANEL)];
  const drawn: { at: [number, number]; r: number; m: (typeof marks)[number] }[] = [];
  for (const m of marks) {
    const at = projection(m.at as [number, number]);
    if (!at) continue;
    const r = dotRadius(m.p.count);
    drawn.push({ at, r, m });
    placer.add({ x0: at[0] - r, y0: at[1] - r, x1: at[0] + r, y1: at[1] + r });
  }
  // Smallest on top so that none hides under a bigger one.
  for (const d of [...drawn].reverse()) map.push(markerSvg(d.at, d.m.p.approximate, d.r, 0.85));
  const labels: string[] = [];
  for (const d of drawn.filter((d) => d.m.p.count >= 3))
    labels.push(
      pointLabel(placer, d.at, d.r + 6, clean(d.m.p.name), {
        font: 'sansBold',
        size: 17,
        fill: theme.ink,
        halo: '#fff',
        haloWidth: 4,
      }),
    );
  labels.unshift(countryLabelsSvg(projection, basemap, placer, () => false, 8));
  return frameSvg(`<g clip-path="url(#map)">${map.join('')}${labels.join('')}</g>` + out.join(''));
}

// ---------------------------------------------------------------------------------------------
// PNG

/** Rasterises a preview SVG with the bundled DejaVu fonts only, never the machine's. */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'DejaVu Sans' },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

/** The story's cities, for context on other places' maps. */
function contextPoints(built: BuiltStory, except: string): ContextPoint[] {
  const out: ContextPoint[] = [];
  for (const p of built.story.places) {
    const g = built.geometry.get(p.id);
    if (p.id !== except && p.kind === 'city' && g?.type === 'Point')
      out.push({ name: p.name, at: g.coordinates });
  }
  return out;
}

/** The PNG preview of a place, or undefined for an unknown id. */
export function placePreviewPng(built: BuiltStory, id: string): Buffer | undefined {
  const place = built.story.places.find((p) => p.id === id);
  const geometry = built.geometry.get(id);
  if (!place || !geometry) return undefined;
  const { title, source, lang } = built.story.meta;
  const text = { headline: title, source, lang };
  return renderPng(placeSvg(place, geometry, text, loadBasemap(), contextPoints(built, id)));
}

/** The PNG preview of the whole story. */
export function storyPreviewPng(built: BuiltStory): Buffer {
  return renderPng(storySvg(built.story, built.geometry, loadBasemap()));
}
