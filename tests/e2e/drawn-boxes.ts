/**
 * The names the live map drew, measured in the browser that drew them: each name's box from the
 * point MapLibre drew it at and the advances the browser gives the face it drew it in (the
 * site's own `sans.woff2` and `sans-italic.woff2`, one grapheme at a time as MapLibre rasterizes
 * them, so no kerning), its lines 1.2 ems apart, turned by its angle; and each reference city's
 * dot. Nothing here comes from the planner: it checks the planner's result as drawn.
 *
 * The page hands its map to the test through the map's container when under automation
 * (map/load).
 */
import type { Page } from '@playwright/test';

/** Every pair of drawn names whose boxes meet, and every name that meets a dot or the map's edge. */
export function drawnOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Feature = { properties: Record<string, unknown>; geometry: { coordinates: number[] } };
    type LiveMap = {
      queryRenderedFeatures(o: { layers: string[] }): Feature[];
      project(p: number[]): { x: number; y: number };
      getPaintProperty(layer: string, name: string): unknown;
      getContainer(): HTMLElement;
    };
    const el = document.querySelector<HTMLElement & { map?: LiveMap }>('.maplibregl-map');
    const map = el?.map;
    if (!map) return ['the page handed no map to the test'];
    // The files MapLibre fetched for its `font-faces`, loaded again under names of our own.
    const fontUrl = (file: string) =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .find((u) => new URL(u).pathname.endsWith(`/fonts/${file}`));
    const faces: Record<string, string> = {};
    for (const [key, file] of [
      ['upright', 'sans.woff2'],
      ['italic', 'sans-italic.woff2'],
    ]) {
      const url = fontUrl(file);
      if (!url) return [`the map never fetched ${file}`];
      const family = `Probe ${key}`;
      if (![...document.fonts].some((f) => f.family === family)) {
        const face = new FontFace(family, `url(${url})`);
        document.fonts.add(await face.load());
      }
      faces[key] = family;
    }
    const ctx = document.createElement('canvas').getContext('2d')!;
    // MapLibre draws each grapheme at 24 px twice over (glyph_manager's textureScale) and takes
    // its advance from the browser's measure.
    const EM = 48;
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const width = (line: string, italic: boolean, size: number, spacing: number) => {
      ctx.font = `${EM}px "${italic ? faces.italic : faces.upright}"`;
      const graphemes = [...segmenter.segment(line.normalize('NFC'))].map((s) => s.segment);
      const ems = graphemes.reduce((sum, g) => sum + ctx.measureText(g).width / EM, 0);
      return ems * size + spacing * size * Math.max(0, graphemes.length - 1);
    };
    const box = el!.getBoundingClientRect();
    const [w, h] = [el!.clientWidth, el!.clientHeight];
    // The copy of the world nearest the middle of the map (a view may look past ±180°).
    const at = (lngLat: number[]) => {
      let best = map.project(lngLat);
      for (const shift of [-360, 360]) {
        const p = map.project([lngLat[0] + shift, lngLat[1]]);
        if (Math.abs(p.x - w / 2) < Math.abs(best.x - w / 2)) best = p;
      }
      return best;
    };
    type Shape = { name: string; c: [number, number]; hw: number; hh: number; a: number };
    const names: Shape[] = map
      .queryRenderedFeatures({ layers: ['names-story', 'names-context'] })
      .map((f) => {
        const p = f.properties;
        const lines = String(p.text).split('\n');
        const size = Number(p.size);
        const wide = Math.max(
          ...lines.map((l) => width(l.trim(), Boolean(p.italic), size, Number(p.spacing) || 0)),
        );
        const { x, y } = at(f.geometry.coordinates);
        return {
          name: String(p.name),
          c: [x, y] as [number, number],
          hw: wide / 2,
          hh: (lines.length * 1.2 * size) / 2,
          a: ((Number(p.angle) || 0) * Math.PI) / 180,
        };
      });
    // Two turned boxes meet unless some axis of either separates them (separating axes).
    const corners = (s: Shape) =>
      [
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ].map(([i, j]) => [
        s.c[0] + i * s.hw * Math.cos(s.a) - j * s.hh * Math.sin(s.a),
        s.c[1] + i * s.hw * Math.sin(s.a) + j * s.hh * Math.cos(s.a),
      ]);
    const axes = (s: Shape) => [
      [Math.cos(s.a), Math.sin(s.a)],
      [-Math.sin(s.a), Math.cos(s.a)],
    ];
    const meet = (a: Shape, b: Shape) => {
      const [ca, cb] = [corners(a), corners(b)];
      return [...axes(a), ...axes(b)].every(([ux, uy]) => {
        const pa = ca.map(([x, y]) => x * ux + y * uy);
        const pb = cb.map(([x, y]) => x * ux + y * uy);
        // Half a pixel of slack for rounding in MapLibre's glyph atlas.
        return Math.min(...pa) < Math.max(...pb) - 0.5 && Math.min(...pb) < Math.max(...pa) - 0.5;
      });
    };
    const problems: string[] = [];
    names.forEach((a, i) =>
      names.slice(i + 1).forEach((b) => {
        if (meet(a, b)) problems.push(`"${a.name}" meets "${b.name}"`);
      }),
    );
    // A dot is a circle: it meets a name where its centre is nearer the name's box than its radius.
    const radius = map.getPaintProperty('names-city', 'circle-radius') as [
      string,
      unknown,
      number,
      number,
    ];
    for (const f of map.queryRenderedFeatures({ layers: ['names-city'] })) {
      const r = f.properties.cap ? radius[2] : radius[3];
      const { x, y } = at(f.geometry.coordinates);
      for (const s of names) {
        const [dx, dy] = [x - s.c[0], y - s.c[1]];
        const u = Math.abs(dx * Math.cos(s.a) + dy * Math.sin(s.a)) - s.hw;
        const v = Math.abs(-dx * Math.sin(s.a) + dy * Math.cos(s.a)) - s.hh;
        if (Math.hypot(Math.max(u, 0), Math.max(v, 0)) < r - 0.5)
          problems.push(`"${s.name}" meets the dot of ${String(f.properties.name)}`);
      }
    }
    for (const s of names) {
      const xs = corners(s).map((p) => p[0]);
      const ys = corners(s).map((p) => p[1]);
      if (Math.min(...xs) < -0.5 || Math.max(...xs) > w + 0.5)
        problems.push(`"${s.name}" crosses the map's side (${Math.round(box.width)} px wide)`);
      if (Math.min(...ys) < -0.5 || Math.max(...ys) > h + 0.5)
        problems.push(`"${s.name}" crosses the map's top or bottom`);
    }
    return problems;
  });
}

/** Every name the live map drew: its text as set (lines joined by "\n") and its middle. */
export function drawnNames(page: Page): Promise<{ text: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    type LiveMap = {
      queryRenderedFeatures(o: { layers: string[] }): {
        properties: Record<string, unknown>;
        geometry: { coordinates: number[] };
      }[];
      project(p: number[]): { x: number; y: number };
    };
    const map = document.querySelector<HTMLElement & { map?: LiveMap }>('.maplibregl-map')?.map;
    if (!map) return [];
    return map
      .queryRenderedFeatures({ layers: ['names-story', 'names-context'] })
      .map((f) => ({ text: String(f.properties.text), ...map.project(f.geometry.coordinates) }));
  });
}
