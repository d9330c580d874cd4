/**
 * The planned context (labels/context-plan) as SVG for the poster and the preview images:
 * names with the map's halo, rivers and lakes, reference cities' dots.
 */
import type { Geometry } from 'geojson';
import { colours } from '../../design';
import { CITY_RADIUS } from '../../labels/context-plan';
import { LINE_HEIGHT } from '../../labels/measure';
import type { ContextPlan, PlannedLabel } from '../../labels/types';
import { FONTS } from '../text/fonts';
import { escapeXml, r1 } from '../text/svg-text';

/** A planned label as SVG text in image pixels, with the map's halo (1.2 map px outside). */
export function labelSvg(l: PlannedLabel, ratio: number): string {
  const [cx, cy] = [r1(l.at[0] + l.offset[0]), r1(l.at[1] + l.offset[1])];
  const lh = l.size * LINE_HEIGHT;
  // The first baseline: the block centred on cy, each line's cap height centred in its line.
  const first = -((l.lines.length - 1) * lh) / 2 + l.size * 0.36;
  const turn = l.angle ? ` rotate(${l.angle})` : '';
  const attrs = [
    `transform="translate(${cx} ${cy})${turn}"`,
    `font-family="${FONTS.sans.family}"`,
    `font-size="${r1(l.size)}"`,
    l.italic ? 'font-style="italic"' : '',
    l.spacing ? `letter-spacing="${r1(l.spacing)}"` : '',
    'text-anchor="middle"',
    `fill="${l.fill}"`,
    l.opacity < 1 ? `fill-opacity="${l.opacity}"` : '',
    `stroke="${colours.halo}" stroke-width="${r1(2 * HALO * ratio)}" stroke-linejoin="round" paint-order="stroke"`,
  ].filter(Boolean);
  const tspans = l.lines
    .map((line, i) => `<tspan x="0" y="${r1(first + i * lh)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text ${attrs.join(' ')}>${tspans}</text>`;
}

/** The map's halo width round context names (context-layers: text-halo-width 1.2). */
const HALO = 1.2;

/**
 * Lakes and rivers as the map draws them at this zoom: lakes in the water's colour outlined
 * as the coast, rivers in the muted river blue. `path` draws a geometry in image coordinates;
 * `extra` goes on every element (the poster's non-scaling strokes).
 */
export function waterSvg(
  plan: ContextPlan,
  path: (g: Geometry) => string,
  strokeWidth: number,
  extra = '',
): string {
  const lakes = plan.lakes.map((f) => path(f.geometry)).join('');
  const rivers = plan.rivers.map((f) => path(f.geometry)).join('');
  const x = extra ? ` ${extra}` : '';
  return (
    (lakes
      ? `<path d="${lakes}" fill="${colours.water}" stroke="${colours.coast}" stroke-width="${r1(strokeWidth * 0.6)}"${x}/>`
      : '') +
    (rivers
      ? `<path d="${rivers}" fill="none" stroke="${colours.contextRiver}" stroke-width="${r1(strokeWidth)}" stroke-linejoin="round" stroke-linecap="round"${x}/>`
      : '')
  );
}

/** Reference cities' dots (context-layers' context-city), `ratio` image px per map px. */
export function cityDotsSvg(plan: ContextPlan, ratio: number): string {
  return plan.cities
    .map(
      (c) =>
        `<circle cx="${r1(c.at[0])}" cy="${r1(c.at[1])}" r="${r1((c.cap ? CITY_RADIUS.cap : CITY_RADIUS.other) * ratio)}" fill="${colours.cityDim}" stroke="${colours.markerRing}" stroke-width="${r1(ratio)}"/>`,
    )
    .join('');
}
