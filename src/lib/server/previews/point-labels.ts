/**
 * Labels and markers on a preview's map: a point's name beside its marker, and the markers
 * themselves. (Country names are the live map's: server/labels/context-svg.)
 */
import { colours } from '../../design';
import { metrics } from '../text/fonts';
import type { Placer } from '../../labels/placement';
import { r1, svgText, type TextStyle } from '../text/svg-text';

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
