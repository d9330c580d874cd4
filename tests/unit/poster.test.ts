import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../src/lib/core/framing';
import { labelPoint } from '../../src/lib/geo/labels';
import { toWorld } from '../../src/lib/geo/mercator';
import { posterFrame, posterSvg } from '../../src/lib/server/poster';
import { loadStoryFrom } from '../../src/lib/server/story';
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
    // The scale: the box as large as fits inside the padding (48 px, 24 px below 500 px).
    expect(css).toContain(
      `--s:min((100cqw - 2 * var(--pad)) / ${w},(100cqh - 2 * var(--pad)) / ${h})`,
    );
    expect(css).toContain('@container (max-width:499.98px){.p{--pad:24px}}');
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
    // Land, coast, borders, then one outline per area.
    expect(svg.match(/<path /g)).toHaveLength(3 + areas);
    expect(svg.match(/<use href="#w"/g)).toHaveLength(3);
    // The worlds are drawn once by the HTML-placed <svg>, once by the fallback behind it.
    expect(svg.match(/<use href="#ww"\/>/g)).toHaveLength(2);
    expect(svg).toContain('<foreignObject width="100%" height="100%">');
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
