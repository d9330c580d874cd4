import { describe, expect, it } from 'vitest';
import type { PlaceGeometry } from '../../src/lib/core/geometry';
import type { Kind } from '../../src/lib/core/kinds';
import type { BuiltStory, PlaceInfo } from '../../src/lib/core/story';
import { bboxOf } from '../../src/lib/core/framing';
import { posterStep, posterSteps } from '../../src/lib/map/overview-names';
import { Placer } from '../../src/lib/labels/placement';
import { stillNames } from '../../src/lib/labels/still-names';
import { labelPoint } from '../../src/lib/geo/label-points';
import { WORLD, toWorld } from '../../src/lib/geo/mercator';
import { FONT } from '../../src/lib/labels/font-face';
import { inScheme } from '../../src/lib/design/scheme-svg';
import { posterSvg } from '../../src/lib/server/poster/poster';
import {
  OVERVIEW_SCALE,
  REFERENCE,
  overviewNames,
  posterFrame,
  posterNames,
  referenceMap,
} from '../../src/lib/server/poster/poster-names';
import { placePreviewSvg, storyPreviewSvg } from '../../src/lib/server/previews';
import { colours, kindColour, rest } from '../../src/lib/design';
import { loadStoryFrom } from '../../src/lib/server/load-story';
import { GET } from '../../src/routes/data/map-poster.svg/+server';
import { expectGoldenJson } from '../fixtures/golden/golden';
import { mapDataSummary, plannedNames, posterMarkers, posterPlan } from '../fixtures/golden/plans';
import {
  declared,
  evaluate,
  holds,
  parseCss,
  type Rule,
  type Size,
} from '../helpers/container-css';
import type { Point } from 'geojson';

const built = loadStoryFrom('src/content/article.md', 'geo/places.geojson');
const frame = posterFrame(built);
const svg = posterSvg(built);
const styleOf = (s: string) => parseCss(/<style>(.*?)<\/style>/.exec(s)![1]);
const rules = styleOf(svg);
/** The names the poster draws at one of its steps (map/overview-names POSTER_STEPS). */
const stepHtml = (id: string) => new RegExp(`<div class="l x ${id}">(.*?)</div>`).exec(svg)![1];

/**
 * Where the poster's CSS puts the world in a map of `size`, worked out from its rules as a
 * browser would: the scale (`--s`, pixels a unit), the padding, and where the world's point
 * [0, 0] lands (the world's <svg> starts one world to the west); then where the box `frame`
 * lands, in the map's pixels.
 */
function placed(css: Rule[], size: Size, [fx, fy, fw, fh]: number[], selector = '.p') {
  const vars = declared(css, selector, size);
  const px = (expr: string) => evaluate(expr, vars, size);
  const s = px('var(--s)');
  const pad = px('var(--pad)');
  const [left, top] = [px(vars.left), px(vars.top)];
  const origin = [left + WORLD * s, top];
  return {
    s,
    pad,
    top,
    origin,
    box: [
      origin[0] + s * fx,
      origin[1] + s * fy,
      origin[0] + s * (fx + fw),
      origin[1] + s * (fy + fh),
    ],
  };
}

/**
 * Whether two positions on the map agree to a hundredth of a world unit (`s` pixels a unit):
 * what the CSS rounds its numbers to.
 */
function near(actual: number, expected: number, s: number, at: string) {
  expect(Math.abs(actual - expected) / s, `${at}: ${actual} for ${expected}`).toBeLessThan(0.01);
}

/**
 * Checks that the poster's CSS frames `b`'s overview on the reference map of `layout` as
 * its names were planned there (server/poster/poster-names): the same scale (but for the
 * CSS's rounding), and the box's corners at the same pixels.
 */
function framedAsPlanned(css: Rule[], b: BuiltStory, layout: 'wide' | 'narrow') {
  const { still } = plannedNames(b, layout);
  const f = posterFrame(b);
  const { s, box } = placed(css, referenceMap(b, layout), f);
  expect(s / still.scale, layout).toBeCloseTo(1, 3);
  const [x0, y0] = [still.left + still.scale * f[0], still.top + still.scale * f[1]];
  const planned = [x0, y0, x0 + still.scale * f[2], y0 + still.scale * f[3]];
  box.forEach((v, i) => near(v, planned[i], s, `${layout}, corner ${i}`));
}

/** Maps of many shapes: the reference desktop and phone, either side of 500 px, huge, flat. */
const SIZES: Size[] = [
  { width: 711, height: 800 },
  { width: 412, height: 370 },
  { width: 1280, height: 800 },
  { width: 390, height: 380 },
  { width: 499, height: 2000 },
  { width: 500, height: 2000 },
  { width: 527, height: 600 },
  { width: 1600, height: 300 },
  { width: 100_000, height: 60_000 },
];

describe('the poster frames the overview as the live map does', () => {
  it('locates the box around every label point in MapLibre world units at zoom 0', () => {
    const box = bboxOf(
      built.story.places.map((p): Point => ({
        type: 'Point',
        coordinates: labelPoint(built.geometry.get(p.id)!),
      })),
    )!;
    const [x, y, w, h] = frame;
    // x grows eastwards from 180°W; Mercator y grows southwards from 0 at 85.05°N.
    const [west, north] = toWorld(box[0], box[3]);
    const [east, south] = toWorld(box[2], box[1]);
    expect(x).toBeCloseTo(west, 1);
    expect(x + w).toBeCloseTo(east, 1);
    expect(y).toBeCloseTo(north, 1);
    expect(y + h).toBeCloseTo(south, 1);
  });

  it('places that box in CSS as fitBounds does, inside the padding and the world', () => {
    const [, fy, fw, fh] = frame;
    for (const size of SIZES) {
      const { width: W, height: H } = size;
      const at = `${W} x ${H}`;
      const { s, pad, top, box } = placed(rules, size, frame);
      // The padding: 48 px, 24 px on a map under 500 px wide (core/framing CAMERA_MARGIN).
      expect(pad, at).toBe(W < 500 ? 24 : 48);
      // The scale: the box as large as fits inside the padding, up to the camera's largest
      // zoom for a framing with areas (5.5: 2^5.5 px a unit), so one side fits or the cap.
      expect(s, at).toBeLessThanOrEqual(OVERVIEW_SCALE);
      const slack = [W - 2 * pad - s * fw, H - 2 * pad - s * fh, OVERVIEW_SCALE - s];
      expect(Math.min(...slack), at).toBeCloseTo(0, 2);
      // Centred across the map, inside the padding.
      near((box[0] + box[2]) / 2, W / 2, s, at);
      expect(box[0], at).toBeGreaterThanOrEqual(pad - 0.01 * s);
      // Centred down it, but with the world's top edge no lower than the map's, and its
      // bottom no higher: then one edge of the world meets the map's.
      const centred = H / 2 - s * (fy + fh / 2);
      const bottom = top + WORLD * s;
      expect(bottom, at).toBeGreaterThanOrEqual(H - 0.01);
      if (WORLD * s >= H) expect(top, at).toBeLessThanOrEqual(0.01);
      if (centred <= 0 && centred + WORLD * s >= H) {
        near(top, centred, s, at);
        expect(box[1], at).toBeGreaterThanOrEqual(pad - 0.01 * s);
        expect(box[3], at).toBeLessThanOrEqual(H - pad + 0.01 * s);
      } else expect(Math.min(Math.abs(top), Math.abs(bottom - H)), at).toBeCloseTo(0, 2);
      // The names and the markers move with the world.
      for (const other of ['.l', '.m'])
        expect(placed(rules, size, frame, other), `${other} at ${at}`).toEqual(
          placed(rules, size, frame),
        );
    }
    // Of those maps, a tall one is framed by the world's top edge, not by centring the box.
    expect(placed(rules, { width: 527, height: 600 }, frame).top).toBe(0);
    // Width-bound either side of the breakpoint: the box's left edge is the padding.
    for (const [width, pad] of [
      [499, 24],
      [500, 48],
    ]) {
      const { s, box } = placed(rules, { width, height: 2000 }, frame);
      near(box[0], pad, s, `${width} px wide`);
    }
    // Up to the largest zoom, not past it, on a huge map.
    expect(placed(rules, { width: 100_000, height: 60_000 }, frame).s).toBeCloseTo(
      OVERVIEW_SCALE,
      2,
    );
  });

  it('frames the reference maps in CSS as the names were planned on them', () => {
    for (const layout of ['wide', 'narrow'] as const) framedAsPlanned(rules, built, layout);
  });
});

describe('the poster image', () => {
  it('is one small SVG with every place and three copies of the world', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.length).toBeLessThan(320_000);
    const cities = built.story.places.filter((p) => built.geometry.get(p.id)!.type === 'Point');
    expect(svg.match(/<circle /g)).toHaveLength(cities.length);
    const areas = built.story.places.length - cities.length;
    // The world: land, coast, borders, then one outline per area.
    const world = /<g id="w">(.*?)<\/g>/.exec(svg)![1];
    expect(world.match(/<path /g)).toHaveLength(3 + areas);
    expect(svg.match(/<use href="#w"/g)).toHaveLength(3);
    // The worlds are drawn once by the HTML-placed <svg>, once by the fallback behind it.
    expect(svg.match(/<use href="#ww"\/>/g)).toHaveLength(2);
    expect(svg).toContain('<foreignObject width="100%" height="100%">');
  });

  it('names what the live map names at the overview, for a desktop and a phone', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const html = stepHtml(REFERENCE[layout].id);
      const { story, plan } = plannedNames(built, layout);
      const drawn = [...html.matchAll(/<b class="(\w)"[^>]*>(.*?)<\/b>/g)].map((m) => [
        m[1],
        m[2].replace(/<br\/>/g, ' '),
      ]);
      expect(drawn).toHaveLength(story.length + plan.labels.length);
      // Countries in grey capitals and seas in italic, as on the map; each country once.
      const countries = drawn.filter(([c]) => c === 'k').map(([, n]) => n);
      expect(countries.length).toBeGreaterThan(2);
      for (const n of countries) expect(n).toBe(n.toUpperCase());
      expect(new Set(countries).size).toBe(countries.length);
      expect(drawn.some(([c, n]) => c === 'a' && /Ocean/.test(n))).toBe(true);
      // A reference city's dot for each of its names.
      expect(html.match(/<i class="d/g)?.length ?? 0).toBe(drawn.filter(([c]) => c === 't').length);
    }
    // The phone's names on a phone, the desktop's from the padding's breakpoint (500 px) up;
    // of each, the names of the largest step the map holds, as the live map chooses them.
    const display = (id: string, size: Size) => {
      let d = '';
      for (const r of rules)
        if (
          (r.selectors.includes('.x') || r.selectors.includes(`.${id}`)) &&
          (!r.container || holds(r.container, size))
        )
          for (const [k, v] of r.declarations) if (k === 'display') d = v;
      return d;
    };
    const shown = (width: number, height: number) =>
      posterSteps()
        .filter((s) => display(s.id, { width, height }) !== 'none')
        .map((s) => s.id);
    for (const [w, h] of [
      [250, 200],
      [390, 380],
      [412, 823],
      [499.9, 800],
      [500, 300],
      [569, 768],
      [711, 800],
      [1067, 1080],
      [1400, 700],
    ])
      expect(shown(w, h), `${w} x ${h}`).toEqual([posterStep(w, h).id]);
    expect(posterStep(499.9, 800).layout).toBe('narrow');
    expect(posterStep(500, 800).layout).toBe('wide');
  });

  it('sets each name and city dot where the plan put it on its reference map', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const size = referenceMap(built, layout);
      const { s, top, origin } = placed(rules, size, frame, '.l');
      const html = stepHtml(REFERENCE[layout].id);
      // Each at its point in world units, one world in, plus its offset in pixels.
      const onMap = (style: string) =>
        [
          /left:calc\(var\(--s\) \* ([\d.-]+) \+ ([\d.-]+)px\)/,
          /top:calc\(var\(--s\) \* ([\d.-]+) \+ ([\d.-]+)px\)/,
        ].map((re, i) => {
          const [, units, offset] = re.exec(style)!;
          return (i ? top : origin[0] - WORLD * s) + s * Number(units) + Number(offset);
        });
      const names = [...html.matchAll(/<b [^>]*style="([^"]*)"/g)].map((m) => onMap(m[1]));
      const dots = [...html.matchAll(/<i class="d[^"]*" style="([^"]*)"/g)].map((m) => onMap(m[1]));
      const { story, plan } = plannedNames(built, layout);
      const planned = [...story, ...plan.labels].map((l) => [
        l.at[0] + l.offset[0],
        l.at[1] + l.offset[1],
      ]);
      expect(names).toHaveLength(planned.length);
      names.forEach((p, i) => {
        expect(p[0], `${layout} ${i}`).toBeCloseTo(planned[i][0], 1);
        expect(p[1], `${layout} ${i}`).toBeCloseTo(planned[i][1], 1);
      });
      expect(dots).toHaveLength(plan.cities.length);
      dots.forEach((p, i) => {
        expect(p[0], plan.cities[i].name).toBeCloseTo(plan.cities[i].at[0], 1);
        expect(p[1], plan.cities[i].name).toBeCloseTo(plan.cities[i].at[1], 1);
      });
    }
  });

  it('gives the live map every step’s names, to draw them where the poster drew them', () => {
    const told = overviewNames(built);
    expect(Object.keys(told.steps)).toEqual(posterSteps().map((s) => s.id));
    // Shapes are shared between the steps: far fewer than the names drawn.
    const drawnInAll = Object.values(told.steps).flat().length;
    expect(told.names.length).toBeLessThan(drawnInAll / 2);
    for (const step of posterSteps()) {
      const { still, story, plan } = posterNames(built, step);
      const planned = [...story, ...plan.labels];
      // On a map of the step's size, framed as the poster frames it, every name comes back at
      // its place, in the order placed, the dots with their cities.
      const room = new Placer({ left: 0, top: 0, right: step.width, bottom: step.height }, 0);
      const again = stillNames(told, step.id, (p) => still.project(p)!, room);
      expect(
        again.labels.map((l) => l.name),
        step.id,
      ).toEqual(planned.map((l) => l.name));
      again.labels.forEach((l, i) => {
        const p = planned[i];
        expect(l.at[0] + l.offset[0], l.name).toBeCloseTo(p.at[0] + p.offset[0], 1);
        expect(l.at[1] + l.offset[1], l.name).toBeCloseTo(p.at[1] + p.offset[1], 1);
        expect(l.box.x1 - l.box.x0, l.name).toBeCloseTo(p.box.x1 - p.box.x0, 1);
        expect([l.lines, l.size, l.italic, l.place?.ids], l.name).toEqual([
          p.lines,
          p.size,
          p.italic,
          p.place?.ids,
        ]);
      });
      expect(again.cities.map((c) => c.name)).toEqual(plan.cities.map((c) => c.name));
    }
    // A group's name names its members.
    const group = told.names.find((n) => n.name === 'Mosul, Dabiq and Aleppo');
    expect(group?.place?.ids).toEqual(['mosul', 'dabiq', 'aleppo']);
  });

  it('leaves out a name of the poster’s that does not fit the live map', () => {
    const told = overviewNames(built);
    const step = REFERENCE.wide;
    const { still } = posterNames(built, step);
    const all = stillNames(
      told,
      step.id,
      (p) => still.project(p)!,
      new Placer({ left: 0, top: 0, right: step.width, bottom: step.height }, 0),
    );
    // A control over the first name placed: that name goes, the others stay.
    const first = all.labels[0];
    const room = new Placer({ left: 0, top: 0, right: step.width, bottom: step.height }, 0);
    room.add(first.box);
    const fewer = stillNames(told, step.id, (p) => still.project(p)!, room);
    expect(fewer.labels.map((l) => l.name)).toEqual(all.labels.slice(1).map((l) => l.name));
  });

  it('draws the markers at the map’s sizes in pixels, whatever the size of the image', () => {
    const points = built.story.places.filter((p) => built.geometry.get(p.id)!.type === 'Point');
    // Each at its point, in the three copies of the world; an approximate place a ring, a
    // landmark a diamond.
    const markers = posterMarkers(svg);
    expect(markers).toHaveLength(3 * points.length);
    points.forEach((p, i) => {
      const [x, y] = toWorld(
        ...((built.geometry.get(p.id) as Point).coordinates as [number, number]),
      );
      for (let copy = 0; copy < 3; copy++) {
        const m = markers[3 * i + copy];
        expect(m.class, p.id).toBe(p.approximate ? 'ma' : p.kind === 'landmark' ? 'ml' : 'mc');
        expect(m.at[0], p.id).toBeCloseTo(x + copy * WORLD, 2);
        expect(m.at[1], p.id).toBeCloseTo(y, 2);
      }
    });
    // Sized in pixels, not in the world's units: a city's dot is MapLibre's circle-radius,
    // with its stroke outside it; an approximate place's ring is wider.
    const size = { width: 800, height: 600 };
    const rule = (cls: string) => declared(rules, `.m ${cls}`, size);
    expect(rule('i').border).toBe(`${rest.markerStroke}px solid var(--marker-ring)`);
    expect(rule('i')['box-sizing']).toBe('content-box');
    expect([rule('.mc').width, rule('.mc').height]).toEqual(
      Array(2).fill(`${2 * rest.cityRadius}px`),
    );
    expect([rule('.ma').width, rule('.ma').height]).toEqual(
      Array(2).fill(`${2 * rest.approximateRadius}px`),
    );
  });

  it('draws no open ring and no jump across the map', () => {
    for (const [, d] of svg.matchAll(/ d="([^"]*)"/g)) {
      // Relative moves and lines: every step is small, the world is 512 units across.
      for (const [, dx, dy] of d.matchAll(/l(-?[\d.]+),?(-?[\d.]+)/g))
        expect(Math.hypot(+dx, +dy)).toBeLessThan(40);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
  });

  it('plans and draws as committed in poster.json', async () => {
    await expectGoldenJson('poster.json', posterPlan(built, svg));
  });

  it('is served as an SVG image, with the label face the live map draws in', async () => {
    const res = await GET();
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    const served = await res.text();
    // The same drawing, with both faces embedded as data under the map's family name.
    const faces = [
      ...served.matchAll(
        /@font-face\{font-family:'([^']+)';font-style:(\w+);src:url\(data:font\/woff2;base64,/g,
      ),
    ];
    expect(faces.map((f) => [f[1], f[2]])).toEqual([
      [FONT[0], 'normal'],
      [FONT[0], 'italic'],
    ]);
    expect(served.replace(/@font-face\{[^}]*\}/g, '')).toBe(svg);
  });
});

describe('the map data the poster and the previews are drawn from', () => {
  it('holds what map-json.json says', async () => {
    await expectGoldenJson('map-json.json', mapDataSummary(built));
  });
});

/**
 * A story with one place of each new kind beside a city, built by hand so that the test does
 * not depend on the places parser: the Danube (a river), a route, a landmark and a lake.
 */
function newKindsStory(): BuiltStory {
  const shapes: [string, Kind, PlaceGeometry][] = [
    ['vienna', 'city', { type: 'Point', coordinates: [16.373, 48.208] }],
    [
      'danube',
      'water',
      {
        type: 'LineString',
        coordinates: [
          [8.5, 47.95],
          [12.1, 48.6],
          [16.37, 48.21],
          [19.04, 47.5],
          [20.46, 44.82],
          [22.6, 44.3],
          [29.6, 45.2],
        ],
      },
    ],
    [
      'balkan-route',
      'route',
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [26.0, 41.7],
            [21.9, 42.0],
            [20.46, 44.82],
          ],
          [
            [19.04, 47.5],
            [16.37, 48.21],
          ],
        ],
      },
    ],
    ['parliament', 'landmark', { type: 'Point', coordinates: [19.046, 47.507] }],
    [
      'lake-balaton',
      'water',
      {
        type: 'Polygon',
        coordinates: [
          [
            [17.25, 46.72],
            [18.17, 46.95],
            [18.1, 47.05],
            [17.22, 46.85],
            [17.25, 46.72],
          ],
        ],
      },
    ],
  ];
  const places = shapes.map(([id, kind, geometry]): PlaceInfo => ({
    id,
    name: id,
    kind,
    approximate: false,
    shape: geometry.type === 'Point' ? 'point' : /Line/.test(geometry.type) ? 'line' : 'area',
    count: 1,
    excerpts: [],
    related: [],
  }));
  return {
    story: {
      meta: { title: 'Floodwater moves down the Danube', source: 'Test Desk', lang: 'en' },
      headline: [],
      paragraphs: [],
      places,
    } as BuiltStory['story'],
    geometry: new Map(shapes.map(([id, , g]) => [id, g])),
    warnings: [],
  };
}

describe('rivers, routes, lakes and landmarks', () => {
  const built = newKindsStory();
  const colourOf = (kind: Kind) => new RegExp(`stroke="${kindColour[kind]}"`, 'g');

  it('are on the poster in their colours and symbols', () => {
    // Its colours as the light scheme draws them (design/scheme-svg).
    const svg = inScheme(posterSvg(built), 'light');
    // The river and the route: each a casing and a line; the route dashed.
    expect(svg.match(colourOf('water'))?.length).toBeGreaterThanOrEqual(2);
    expect(svg).toMatch(new RegExp(`stroke="${kindColour.route}"[^>]*stroke-dasharray=`));
    // The lake tinted blue; the landmark a diamond (a closed path), the city a dot.
    expect(svg).toContain(`fill="${colours.waterFill}" fill-opacity="${rest.waterFillOpacity}"`);
    expect(svg).toMatch(new RegExp(`<path d="M[^"]*z" fill="${kindColour.landmark}"`));
    expect(svg.match(/<circle /g)).toHaveLength(1);
    // A regional story is scaled up on the page; its markers shrink to stay the map's size
    // (a city's dot is 5 px at about 1.3 px a unit on the bundled world overview).
    const r = Number(/<circle [^>]*\br="([\d.]+)"/.exec(svg)![1]);
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(1);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('are on the story’s preview and on their own previews', () => {
    const story = storyPreviewSvg(built);
    expect(story).toContain(`stroke="${kindColour.water}"`);
    expect(story).toContain(`stroke="${kindColour.route}"`);
    expect(story).not.toMatch(/NaN|Infinity/);
    for (const id of ['danube', 'balkan-route', 'parliament', 'lake-balaton']) {
      const svg = placePreviewSvg(built, id)!;
      expect(svg, id).not.toMatch(/NaN|Infinity/);
      // The place is named on its map, beside the line or marker.
      expect(svg, id).toMatch(new RegExp(`>${id}<`));
    }
    // The river in the accent over a white casing; the route dashed; the landmark a diamond.
    expect(placePreviewSvg(built, 'danube')).toMatch(/stroke="#fff"[^>]*stroke-width="8"/);
    expect(placePreviewSvg(built, 'balkan-route')).toMatch(/stroke-dasharray="12 6"/);
    expect(placePreviewSvg(built, 'parliament')).toMatch(/<path d="M[\d. ]+L[^"]*Z" fill=/);
  });
});

describe('a regional overview keeps clear of the map’s controls', () => {
  const danube = loadStoryFrom(
    'tests/fixtures/danube/article.md',
    'tests/fixtures/danube/places.geojson',
  );
  const clear = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
    a.x1 <= b.x0 || a.x0 >= b.x1 || a.y1 <= b.y0 || a.y0 >= b.y1;
  const nav = { x0: 10, y0: 10, x1: 40, y1: 70 };
  const scale = { x0: 10, y0: 80, x1: 110, y1: 100 };
  const showAll = { x0: 50, y0: 10, x1: 160, y1: 40 };

  it('frames the places below the zoom buttons and the scale bar, above the key', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const { room, height } = referenceMap(danube, layout);
      // Past continent scale at the margins alone: the scale bar shows (map/locator).
      expect(room).toBeDefined();
      expect(room!.top).toBe(scale.y1 + 8);
      const { still } = plannedNames(danube, layout);
      for (const p of danube.story.places) {
        const g = danube.geometry.get(p.id)!;
        if (g.type !== 'Point') continue;
        const [, y] = still.project(g.coordinates as [number, number])!;
        // A marker's room: a dot of 5 px and its stroke.
        expect(y - 7, p.id).toBeGreaterThanOrEqual(scale.y1);
        expect(y + 7, p.id).toBeLessThanOrEqual(height - room!.bottom + 8);
      }
    }
    // The world's overview needs no room: the poles leave it.
    expect(referenceMap(built, 'narrow').room).toBeUndefined();
    expect(referenceMap(built, 'wide').room).toBeUndefined();
  });

  it('names nothing under the zoom buttons, "Show all places" or the scale bar', () => {
    const { story, plan } = plannedNames(danube, 'narrow');
    const labels = [...story, ...plan.labels];
    expect(labels.length).toBeGreaterThan(5);
    for (const l of labels)
      for (const c of [nav, scale, showAll]) expect(clear(l.box, c), l.name).toBe(true);
  });

  it('is framed so in the poster’s CSS, for each layout', () => {
    const css = styleOf(posterSvg(danube));
    const box = posterFrame(danube);
    const [, , fw, fh] = box;
    const rooms = {
      narrow: referenceMap(danube, 'narrow').room!,
      wide: referenceMap(danube, 'wide').room!,
    };
    for (const size of [...SIZES.slice(0, -1), { width: 2000, height: 500 }]) {
      const { width: W, height: H } = size;
      const at = `${W} x ${H}`;
      const { s, pad, box: on } = placed(css, size, box);
      // The room of the layout shown at that width, each edge at least the padding.
      const room = rooms[W < 500 ? 'narrow' : 'wide'];
      const [above, below] = [Math.max(pad, room.top), Math.max(pad, room.bottom)];
      // As large as fits between the controls above and the key below (or the cap)...
      const slack = [W - 2 * pad - s * fw, H - above - below - s * fh, OVERVIEW_SCALE - s];
      expect(Math.min(...slack), at).toBeCloseTo(0, 2);
      expect(on[1], at).toBeGreaterThanOrEqual(above - 0.01 * s);
      expect(on[3], at).toBeLessThanOrEqual(H - below + 0.01 * s);
      // ...and centred between them (a regional overview is far from the world's edges).
      near((on[1] + on[3]) / 2, (H + above - below) / 2, s, at);
      near((on[0] + on[2]) / 2, W / 2, s, at);
    }
    // On the reference maps, as the names were planned there.
    for (const layout of ['wide', 'narrow'] as const) framedAsPlanned(css, danube, layout);
  });
});
