import { describe, expect, it } from 'vitest';
import type { PlaceGeometry } from '../../src/lib/core/geometry';
import type { Kind } from '../../src/lib/core/kinds';
import type { BuiltStory, PlaceInfo } from '../../src/lib/core/story';
import { bboxOf } from '../../src/lib/core/framing';
import { labelPoint } from '../../src/lib/geo/label-points';
import { toWorld } from '../../src/lib/geo/mercator';
import { posterSvg } from '../../src/lib/server/poster/poster';
import {
  overviewNames,
  posterFrame,
  posterNames,
  referenceMap,
} from '../../src/lib/server/poster/poster-names';
import { placePreviewSvg, storyPreviewSvg } from '../../src/lib/server/previews';
import { colours, kindColour, rest } from '../../src/lib/tokens';
import { loadStoryFrom } from '../../src/lib/server/load-story';
import { GET } from '../../src/routes/data/map-poster.svg/+server';
import { expectGolden } from '../fixtures/golden/golden';
import type { Point } from 'geojson';

const built = loadStoryFrom('src/content/article.md', 'geo/places.geojson');
const frame = posterFrame(built);

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
    const svg = posterSvg(built);
    const [x, y, w, h] = frame;
    const css = /<style>(.*)<\/style>/.exec(svg)![1];
    // The scale: the box as large as fits inside the padding (48 px, 24 px below 500 px), up
    // to the camera's largest zoom for a framing with areas (5.5: 2^5.5 px a unit).
    expect(css).toContain(
      `--s:min((100cqw - 2 * var(--pad)) / ${w},(100cqh - 2 * var(--pad)) / ${h},45.25px)`,
    );
    expect(css).toContain('@container (max-width:499.98px){.p,.l,.m{--pad:24px}');
    // Centred on the box (the image starts one world to the west)...
    expect(css).toContain(
      `left:calc(50cqw - var(--s) * ${Math.round((512 + x + w / 2) * 100) / 100})`,
    );
    // ...but with the world's top edge no lower than the map's, and its bottom no higher.
    expect(css).toContain(
      `top:max(min(calc(50cqh - var(--s) * ${Math.round((y + h / 2) * 100) / 100}),0px),calc(100cqh - 512 * var(--s)))`,
    );
  });
});

describe('the poster image', () => {
  const svg = posterSvg(built);

  it('is one small SVG with every place and three copies of the world', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.length).toBeLessThan(260_000);
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
    for (const [cls, layout] of [
      ['w', 'wide'],
      ['n', 'narrow'],
    ] as const) {
      const html = new RegExp(`<div class="l ${cls}">(.*?)</div>`).exec(svg)![1];
      const { story, plan } = posterNames(built, layout);
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
    // The phone's names on a phone, the desktop's above the padding's breakpoint.
    expect(svg).toContain('.w{display:none}');
    expect(svg).toContain('@container (min-width:500px){.n{display:none}}');
  });

  it('tells the live map what it names, for its description while its names are shown', () => {
    const told = overviewNames(built);
    for (const layout of ['wide', 'narrow'] as const) {
      const { story, plan } = posterNames(built, layout);
      const drawn = [...story, ...plan.labels].map((l) => l.name);
      // Every name drawn, once, the story's first; in their own case, as the map's description
      // reads them ("Eurasia", drawn in capitals).
      expect(new Set(told[layout].names)).toEqual(new Set(drawn));
      expect(told[layout].names.slice(0, story.length)).toEqual(story.map((l) => l.name));
      expect(told[layout].names).toContain('Eurasia');
      // The places named, by id: a group's name for each of its members.
      const group = story.find((l) => l.name === 'Mosul, Dabiq and Aleppo');
      expect(group).toBeDefined();
      expect(told[layout].story).toEqual(expect.arrayContaining(['mosul', 'dabiq', 'aleppo']));
      const byName = new Map(built.story.places.map((p) => [p.name, p.id]));
      const own = story.flatMap((l) => byName.get(l.name) ?? []);
      expect(told[layout].story).toEqual([...new Set([...own, 'mosul', 'dabiq', 'aleppo'])].sort());
      // Where each story name is, to be clicked: its box around its point, as drawn.
      expect(told[layout].labels).toHaveLength(story.length);
      const kashmir = told[layout].labels.find((l) => l.ids.join() === 'kashmir')!;
      const drawnK = story.find((l) => l.name === 'Kashmir')!;
      expect(kashmir.box[2] - kashmir.box[0]).toBeCloseTo(drawnK.box.x1 - drawnK.box.x0, 0);
      expect(kashmir.box[0]).toBeCloseTo(drawnK.box.x0 - drawnK.at[0], 0);
      const g = told[layout].labels.find((l) => l.ids.length === 3)!;
      expect(g.ids).toEqual(['mosul', 'dabiq', 'aleppo']);
    }
  });

  it('draws the markers at the map’s sizes in pixels, whatever the size of the image', () => {
    const html = /<div class="m">(.*?)<\/div>/.exec(svg)![1];
    const points = built.story.places.filter((p) => built.geometry.get(p.id)!.type === 'Point');
    // Each in the three copies of the world.
    expect(html.match(/<i class="m[acl]"/g)).toHaveLength(3 * points.length);
    const rings = points.filter((p) => p.approximate).length;
    expect(html.match(/<i class="ma"/g)?.length ?? 0).toBe(3 * rings);
    // A city's dot: MapLibre's circle-radius, and its stroke outside it.
    expect(svg).toContain(`.m .mc{width:${2 * rest.cityRadius}px;height:${2 * rest.cityRadius}px;`);
    expect(svg).toContain(
      `.m i{position:absolute;box-sizing:content-box;border:${rest.markerStroke}px solid ${colours.markerRing};`,
    );
    expect(svg).toContain(`.m .ma{width:${2 * rest.approximateRadius}px;`);
  });

  it('shows its names alone, on nothing, at its #names fragment', () => {
    // The names' target comes before everything its :target rules hide.
    const target = svg.indexOf('<g id="names"/>');
    expect(target).toBeGreaterThan(0);
    expect(target).toBeLessThan(svg.indexOf('<rect '));
    expect(svg).toContain(
      '#names:target~rect,#names:target~svg,#names:target~foreignObject :is(.p,.m){display:none}',
    );
    expect(svg).toContain('#names:target~foreignObject .c{background:none}');
  });

  it('draws no open ring and no jump across the map', () => {
    for (const [, d] of svg.matchAll(/ d="([^"]*)"/g)) {
      // Relative moves and lines: every step is small, the world is 512 units across.
      for (const [, dx, dy] of d.matchAll(/l(-?[\d.]+),?(-?[\d.]+)/g))
        expect(Math.hypot(+dx, +dy)).toBeLessThan(40);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
  });

  it('is the committed golden file, byte for byte', () => {
    expectGolden('poster.svg', svg);
  });

  it('is served as an SVG image', async () => {
    const res = GET();
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toBe(svg);
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
    const svg = posterSvg(built);
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
      const { still } = posterNames(danube, layout);
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
    const { story, plan } = posterNames(danube, 'narrow');
    const labels = [...story, ...plan.labels];
    expect(labels.length).toBeGreaterThan(5);
    for (const l of labels)
      for (const c of [nav, scale, showAll]) expect(clear(l.box, c), l.name).toBe(true);
  });

  it('is framed so in the poster’s CSS, for each layout', () => {
    const css = /<style>(.*?)<\/style>/.exec(posterSvg(danube))![1];
    const [narrow, wide] = [
      referenceMap(danube, 'narrow').room!,
      referenceMap(danube, 'wide').room!,
    ];
    expect(css).toContain(
      `--pt:max(var(--pad),${wide.top}px);--pb:max(var(--pad),${wide.bottom}px);`,
    );
    expect(css).toContain(
      `--pad:24px;--pt:max(var(--pad),${narrow.top}px);--pb:max(var(--pad),${narrow.bottom}px)}`,
    );
    expect(css).toContain('(100cqh - var(--pt) - var(--pb))');
    expect(css).toContain('top:max(min(calc((100cqh + var(--pt) - var(--pb)) / 2 - var(--s) * ');
  });
});
