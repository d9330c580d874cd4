/**
 * Labels and markers on a preview's map: country names where they fit, a point's name beside
 * its marker, and the markers themselves.
 */
import type { GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import { colours } from '../../tokens';
import type { Basemap } from './basemap';
import { metrics } from './fonts';
import { onScreen, visibleSpot, type Placer } from './placement';
import { pathOf } from './projection';
import { clean, r1, svgText, type TextStyle } from './text';

/** Country names: small capitals, spaced out, as on the live map. */
const LABEL_SIZE = 13;
const LABEL_SPACING = 1.4;

/** Country names where they fit, biggest countries first, never over what is placed. */
export function countryLabelsSvg(
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
        fill: colours.countryLabel,
        spacing: LABEL_SPACING,
        anchor: 'middle',
        halo: colours.land,
        haloWidth: 3,
      }),
    );
  }
  return out.join('');
}

/** A point label beside a marker: right of it if there is room, else left, above or below. */
export function pointLabel(
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

/** A place's marker: a dot, or a ring for an approximate place; `opacity` fades it. */
export function markerSvg(
  [x, y]: [number, number],
  approximate: boolean,
  r: number,
  opacity = 1,
): string {
  const a = colours.accent;
  if (approximate)
    return (
      `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="${a}" fill-opacity="${0.14 * opacity}" stroke="#fff" stroke-width="7" stroke-opacity="${0.9 * opacity}"/>` +
      `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="none" stroke="${a}" stroke-width="3.5" stroke-opacity="${opacity}"/>`
    );
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="${a}" fill-opacity="${opacity}" stroke="#fff" stroke-width="3"/>`;
}
