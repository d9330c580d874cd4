/**
 * The map's controls on the poster's reference maps (server/poster/poster-names), from their
 * sizes in design/map-controls (which the components' CSS and MapLibre's are held to), measured
 * with the previews' wider font, so on the safe side: where no name goes, and the room a
 * regional overview leaves them.
 */
import { CONTROL_GAP, type Padding } from '../../core/framing';
import { KINDS } from '../../core/kinds';
import type { BuiltStory } from '../../core/story';
import { REM_PX, mapControls } from '../../design';
import { zoomedIn } from '../../map/locator';
import type { PosterLayout } from '../../map/overview-names';
import { strings } from '../../strings';
import { metrics } from '../text/fonts';
import type { Box } from '../../labels/placement';

/** A map's size in pixels. */
export interface MapSize {
  width: number;
  height: number;
}

const at = (x0: number, y0: number, bw: number, bh: number): Box => ({
  x0,
  y0,
  x1: x0 + bw,
  y1: y0 + bh,
});
/** The page's type, measured as DejaVu Sans: wider than the page's Helvetica or Arial. */
const text = (s: string, size: number) => metrics().sans.width(s, size);
/** A length in rem, in px. */
const px = (rem: number) => rem * REM_PX;
const { margin, zoomButtons: zb, scaleBar: sb, showAll, legend: lg, inset, credits } = mapControls;
const nav = at(zb.left, zb.top, zb.width, zb.height);
/** The scale bar's slot, under the zoom buttons. */
const scale = at(sb.left, nav.y1 + sb.gap, sb.width, sb.height);

/**
 * The key, bottom left: a toggle on a phone (its type at line height 1, and its padding); open
 * on a desktop, two columns of swatches and names, its padding round them and its gaps between.
 */
function legendBox(built: BuiltStory, layout: PosterLayout, { height: h }: MapSize): Box {
  if (layout === 'narrow') {
    const bh = px(lg.toggle.typeRem) + 2 * px(lg.toggle.padYRem);
    return at(
      lg.left,
      h - lg.bottom - bh,
      text(strings.legend, px(lg.toggle.typeRem)) + 2 * px(lg.toggle.padXRem),
      bh,
    );
  }
  const places = built.story.places;
  const items = [
    ...KINDS.filter((k) => places.some((p) => p.kind === k && !p.approximate)).map(
      (k) => strings.kind[k],
    ),
    ...(places.some((p) => p.approximate) ? [strings.legendApproximate] : []),
  ];
  const type = px(lg.typeRem);
  const column = (c: number) =>
    lg.swatch +
    px(lg.swatchGapRem) +
    Math.max(0, ...items.filter((_, i) => i % 2 === c).map((n) => text(n, type)));
  const rows = Math.ceil(items.length / 2);
  // A row is as tall as its swatch, taller than a line of the key's type.
  const bh = 2 * px(lg.padYRem) + rows * lg.swatch + (rows - 1) * px(lg.rowGapRem);
  const bw = 2 * px(lg.padXRem) + column(0) + px(lg.columnGapRem) + column(1);
  return at(lg.left, h - lg.bottom - bh, bw, bh);
}

/** Where the map's controls sit on a reference map at the overview's `zoom`, in its pixels. */
export function controlBoxes(
  built: BuiltStory,
  layout: PosterLayout,
  size: MapSize,
  zoom: number,
): Box[] {
  const { width: w, height: h } = size;
  // "Show all places": its type at line height 1 and its padding, right of the zoom buttons.
  const type = px(showAll.typeRem);
  const boxes = [
    nav,
    at(
      showAll.left,
      showAll.top,
      text(strings.showAll, type) + 2 * px(showAll.padXRem),
      type + 2 * px(showAll.padYRem),
    ),
  ];
  // Past continent scale, the scale bar under the zoom buttons and the inset (map/locator).
  if (zoomedIn(zoom)) {
    boxes.push(scale);
    if (w >= inset.minMapWidth) boxes.push(at(inset.left, inset.top, inset.width, inset.height));
  }
  boxes.push(legendBox(built, layout, size));
  // The credits, bottom right (map/load): open on a map wide enough, else a button.
  const line = [
    strings.mapCredit(built.story.meta.source),
    'MapLibre',
    'GeoNames',
    'Natural Earth',
  ];
  const cw =
    w >= credits.openFrom
      ? text(line.join(' | '), credits.typePx) + credits.openPad
      : credits.button;
  boxes.push(at(w - margin - cw, h - (margin + credits.height), cw, credits.height));
  return boxes;
}

/**
 * The room a regional overview (one past continent scale, where the scale bar shows) leaves
 * the controls: above, the zoom buttons with the scale bar under them (and the inset beside
 * them); below, the key; each with the gap the camera keeps from a control (core/framing). The
 * world's overview needs none: the poles leave room above and below it at every size.
 */
export function overviewRoom(
  built: BuiltStory,
  layout: PosterLayout,
  size: MapSize,
): Pick<Padding, 'top' | 'bottom'> {
  return {
    top: scale.y1 + CONTROL_GAP,
    bottom: Math.ceil(size.height - legendBox(built, layout, size).y0 + CONTROL_GAP),
  };
}
