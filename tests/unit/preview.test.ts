// @vitest-environment jsdom
// jsdom for DOMParser: a real XML parser checks that the previews are well-formed.
import { geoPath } from 'd3-geo';
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
  HEIGHT,
  MAP_PANEL,
  WIDTH,
  loadBasemap,
  placePreviewSvg,
  placeProjection,
  placeSvg,
  renderPng,
  storyPreviewSvg,
  storySvg,
  wrapText,
} from '../../src/lib/server/previews';
import { forD3 } from '../../src/lib/geo/polygons';
import { frameOf, lonRange } from '../../src/lib/server/map-data/main-body';
import { fontMetrics } from '../../src/lib/server/text/text-metrics';
import { loadStoryFrom } from '../../src/lib/server/load-story';
import { colours } from '../../src/lib/design';
import { expectGoldenImage, expectGoldenJson } from '../fixtures/golden/golden';
import { previewPlan, previewStill, previewSummary } from '../fixtures/golden/plans';
import { decodePng, shrink } from '../fixtures/golden/png';
import { labelPoint } from '../../src/lib/geo/label-points';
import { GET as placeGet } from '../../src/routes/og/[id].png/+server';
import { GET as storyGet } from '../../src/routes/og/story.png/+server';
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';

const built = loadStoryFrom('src/content/article.md', 'geo/places.geojson');
const text = { headline: built.story.meta.title, source: built.story.meta.source };
const basemap = loadBasemap();
const place = (id: string) => built.story.places.find((p) => p.id === id)!;
const geometry = (id: string) => built.geometry.get(id)!;

/** Width and height from the IHDR chunk, which must come first after the PNG signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Parses an SVG with a real XML parser (jsdom's), which rejects what is not well-formed: tags
 * that do not nest or close, an & that starts no entity, a < outside a tag. Returns every
 * element's name and attributes and the text of each <text> element. resvg's own parser is as
 * strict; the tests render too.
 */
function parseSvg(svg: string): { elements: { name: string; attrs: string }[]; texts: string[] } {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  expect(doc.documentElement.nodeName).toBe('svg');
  const elements = [...doc.querySelectorAll('*')].map((e) => ({
    name: e.nodeName,
    attrs: [...e.attributes].map((a) => ` ${a.name}="${a.value}"`).join(''),
  }));
  const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  return { elements, texts };
}

const inside = ([x, y]: [number, number], margin = 0) =>
  x >= MAP_PANEL.left + margin &&
  x <= MAP_PANEL.right - margin &&
  y >= MAP_PANEL.top + margin &&
  y <= MAP_PANEL.bottom - margin;

describe('preview SVG', () => {
  const hostile = '<script>alert(1)</script> & "x"';

  it('escapes markup in names, notes, headline and source', async () => {
    const svg = placeSvg(
      { ...place('mosul'), name: hostile, note: hostile },
      geometry('mosul'),
      { headline: hostile, source: hostile },
      basemap,
      [{ name: hostile, at: [37.134, 36.202] }],
    );
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp;');
    expect(svg).toContain('&quot;x&quot;');
    const { elements, texts } = parseSvg(svg);
    expect(elements.map((e) => e.name)).not.toContain('script');
    // The text itself survives, as text.
    expect(texts.join(' ')).toContain('alert(1)');
    expect(pngSize(await renderPng(svg))).toEqual({ width: WIDTH, height: HEIGHT });
  });

  it('checks well-formedness for real: unescaped markup fails', async () => {
    const bad = `<svg xmlns="http://www.w3.org/2000/svg"><text>${hostile}</text></svg>`;
    expect(() => parseSvg(bad)).toThrow();
    await expect(renderPng(bad)).rejects.toThrow();
  });

  it('drops characters XML cannot hold', async () => {
    const svg = placeSvg(
      { ...place('iraq'), name: 'Ir\u0000aq\uD800 \u0007' },
      geometry('iraq'),
      text,
      basemap,
    );
    parseSvg(svg);
    await renderPng(svg);
    expect(svg).toContain('>Iraq<');
  });

  it('highlights the place in the accent colour', () => {
    const svg = (id: string) => placeSvg(place(id), geometry(id), text, basemap);
    const a = colours.accent;
    // An area: a light fill and a 3 px outline.
    const iraq = svg('iraq');
    expect(iraq).toContain(`fill="${a}" fill-opacity="0.18"`);
    expect(iraq).toContain(`stroke="${a}" stroke-width="3"`);
    // A city: a dot with a white ring; an approximate place: a ring.
    expect(svg('mosul')).toMatch(new RegExp(`<circle [^>]*fill="${a}" [^>]*stroke="#fff"`));
    expect(svg('chechnya')).toMatch(new RegExp(`<circle [^>]*fill="none" stroke="${a}"`));
    for (const id of ['iraq', 'mosul', 'chechnya', 'the-west']) parseSvg(svg(id));
  });

  it('draws the story with the headline and a marker per place', () => {
    const svg = storySvg(built.story, built.geometry, basemap);
    const { elements, texts } = parseSvg(svg);
    expect(texts.join(' ')).toContain('loss in West Asia?');
    // Markers draw with the accent colour, one (or two, for a ring) per place.
    const markers = elements.filter(
      (e) =>
        e.name === 'circle' &&
        (e.attrs.includes(`fill="${colours.accent}"`) ||
          e.attrs.includes(`stroke="${colours.accent}"`)),
    );
    expect(markers.length).toBeGreaterThanOrEqual(built.story.places.length);
  });

  it('wraps long text and breaks words wider than a line', () => {
    const font = fontMetrics(
      readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf'),
    );
    const w = wrapText('Bosnia and Herzegovina', font, 48, 376, 3);
    expect(w).toEqual({ lines: ['Bosnia and', 'Herzegovina'], overflow: false });
    const long = wrapText('x'.repeat(200), font, 48, 376, 2);
    expect(long.overflow).toBe(true);
    expect(long.lines).toHaveLength(2);
    expect(long.lines[1].endsWith('…')).toBe(true);
    for (const l of long.lines) expect(font.width(l, 48)).toBeLessThanOrEqual(376);
  });
});

describe('preview context', () => {
  it('names the neighbours, the water and the reference cities round Mosul', () => {
    const svg = placePreviewSvg(built, 'mosul')!;
    const { texts } = parseSvg(svg);
    // Turkey and Iran in the context's grey capitals; Syria and Iraq by the story's labels.
    expect(texts).toEqual(expect.arrayContaining(['TURKEY', 'IRAN', 'Syria', 'Iraq', 'Tigris']));
    expect(svg).toContain(`stroke="${colours.contextRiver}"`);
    expect(svg).toContain(`fill="${colours.cityDim}"`);
    // Nothing is named twice.
    const upper = texts.map((t) => t.toUpperCase());
    for (const n of ['TURKEY', 'SYRIA', 'IRAQ', 'IRAN'])
      expect(upper.filter((t) => t === n)).toHaveLength(1);
  });

  it('names the Mediterranean beside Dabiq, in italic as on the map', async () => {
    const svg = placePreviewSvg(built, 'dabiq')!;
    expect(svg).toMatch(
      /font-style="italic"[^>]*><tspan[^>]*>Mediterranean<\/tspan><tspan[^>]*>Sea</,
    );
    expect(pngSize(await renderPng(svg))).toEqual({ width: WIDTH, height: HEIGHT });
  });
});

describe('preview golden files', () => {
  // What each preview plans: the story's, a country's and a city's in full, every other
  // place's in brief; and the story's as an image, to a tolerance.
  const story = storyPreviewSvg(built);
  const places = Object.fromEntries(
    built.story.places.map((p) => [p.id, placePreviewSvg(built, p.id)!]),
  );
  const plans = Object.fromEntries(
    Object.entries({ story, ...places }).map(([id, svg]) => [id, previewPlan(built, id, svg)]),
  );
  /** The places and story cities a preview's markers stand for. */
  const marked = (id: string) =>
    Object.values(plans[id].map)
      .flat()
      .flatMap((s) => (s.place ? String(s.place).split(' ') : []));

  it('frames each preview as drawn: its markers stand where the view puts their places', () => {
    // Every place's marker on the story's map; a city's own on its preview; a country's
    // name at its label point.
    expect(new Set(marked('story'))).toEqual(new Set(built.story.places.map((p) => p.id)));
    for (const p of built.story.places)
      if (geometry(p.id).type === 'Point') expect(marked(p.id), p.id).toContain(p.id);
    const [x, y] = previewStill(built, 'iraq').project(labelPoint(geometry('iraq')))!;
    const iraq = Object.values(plans.iraq.labels)
      .flat()
      .find((l) => l.text === 'IRAQ')!;
    expect(iraq.at[0]).toBeCloseTo(x, 1);
    expect(Math.abs(iraq.at[1] - y)).toBeLessThan(iraq.size);
  });

  // The story's, a country's and a city's, each in full.
  for (const id of ['story', 'iraq', 'mosul'])
    it(`plans the ${id} preview as committed in preview-${id}.json`, async () => {
      await expectGoldenJson(`preview-${id}.json`, plans[id]);
    });

  it('plans every other place’s preview as committed', async () => {
    const others = built.story.places.filter((p) => !['iraq', 'mosul'].includes(p.id));
    await expectGoldenJson(
      'previews.json',
      Object.fromEntries(others.map((p) => [p.id, previewSummary(plans[p.id])])),
    );
  });

  it('renders the story’s preview as committed, to a tolerance', async () => {
    // The PNG as served, a third of its size each way (each pixel the mean of 3 x 3).
    expectGoldenImage('preview-story.png', shrink(decodePng(await renderPng(story)), 3));
  });

  it('draws no NaN or Infinity in any preview', () => {
    for (const svg of [story, ...Object.values(places)]) expect(svg).not.toMatch(/NaN|Infinity/);
  });
});

describe('preview PNG', () => {
  it('is 1200x630', async () => {
    const svg = placeSvg(place('russia'), geometry('russia'), text, basemap);
    expect(pngSize(await renderPng(svg))).toEqual({ width: 1200, height: 630 });
  });
});

describe('framing', () => {
  it('puts a city in the map panel, with about 1,200 km around it', () => {
    const projection = placeProjection(geometry('mosul'));
    const mosul = projection([43.119, 36.335])!;
    expect(inside(mosul, 100)).toBe(true);
    // Aleppo, 550 km west, is on the map too.
    expect(inside(projection([37.134, 36.202])!, 10)).toBe(true);
  });

  it('frames Russia across the antimeridian, not around the world', () => {
    const g = geometry('russia') as MultiPolygon;
    const projection = placeProjection(g);
    const [[x0], [x1]] = geoPath(projection).bounds(forD3(g.coordinates));
    const panelWidth = MAP_PANEL.right - MAP_PANEL.left;
    expect(x1 - x0).toBeLessThan(3 * panelWidth);
    // The main body is in view: Moscow, Novosibirsk and Vladivostok.
    for (const city of [
      [37.62, 55.75],
      [82.92, 55.03],
      [131.89, 43.12],
    ] as [number, number][])
      expect(inside(projection(city)!, 20)).toBe(true);
    // Chukotka east of 180° lies east of Vladivostok: the shape is drawn in one piece.
    expect(projection([-172, 65])![0]).toBeGreaterThan(projection([131.89, 43.12])![0]);
  });

  it('keeps outlying parts out of a frame', () => {
    // Europe without French Guiana (-53°) and Réunion (-21°S).
    const [west, south] = frameOf(geometry('europe')).box;
    expect(west).toBeGreaterThan(-30);
    expect(south).toBeGreaterThan(30);
  });

  it('finds the narrowest longitude range round the globe', () => {
    expect(
      lonRange([
        [27, 180],
        [-180, -169],
      ]),
    ).toEqual([27, 191]);
    expect(
      lonRange([
        [38, 48],
        [35, 42],
      ]),
    ).toEqual([35, 48]);
    // Spread round the world: a world map, in the usual orientation.
    expect(
      lonRange([
        [-168, -52],
        [-10, 40],
        [113, 154],
      ]),
    ).toEqual([-168, 154]);
  });

  it('winds rings for d3: exterior clockwise', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const [ring] = forD3([square.coordinates]).coordinates[0];
    expect(ring[1]).toEqual([0, 1]);
  });
});

describe('preview endpoints', () => {
  // The handlers read only `params`; the rest of the request event does not matter here.
  type PlaceEvent = Parameters<typeof placeGet>[0];
  type StoryEvent = Parameters<typeof storyGet>[0];

  it('serves a place as image/png', async () => {
    const res = await placeGet({ params: { id: 'iraq' } } as unknown as PlaceEvent);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });

  it('answers 404 for an unknown place', async () => {
    try {
      await placeGet({ params: { id: 'atlantis' } } as unknown as PlaceEvent);
      expect.unreachable();
    } catch (e) {
      expect(isHttpError(e, 404)).toBe(true);
    }
  });

  it('serves the story as image/png', async () => {
    const res = await storyGet({} as unknown as StoryEvent);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });
});
