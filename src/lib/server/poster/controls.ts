/**
 * The map's controls on the poster's reference maps (server/poster/poster-names), from their styles
 * (map/padding, map/locator, components/map/ShowAll, components/Legend, MapLibre's credits),
 * measured with the previews' wider font, so on the safe side: where no name goes, and the
 * room a regional overview leaves them.
 */
import { CONTROL_GAP, type Padding } from '../../core/framing';
import { KINDS } from '../../core/kinds';
import type { BuiltStory } from '../../core/story';
import { INSET_MIN_WIDTH, INSET_SLOT, SCALE_SLOT, zoomedIn } from '../../map/locator';
import { NAV_SLOT } from '../../map/padding';
import type { PosterLayout } from '../../map/poster-overlay';
import { strings } from '../../strings';
import { measure } from '../labels/context-plan';
import type { Box } from '../labels/placement';

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
const text = (s: string, size: number) => measure(s, size, 0, undefined).w;
const nav = at(NAV_SLOT.left, NAV_SLOT.top, NAV_SLOT.width, NAV_SLOT.height);
/** The scale bar's slot, under the zoom buttons (map/locator). */
const scale = at(SCALE_SLOT.left, nav.y1 + SCALE_SLOT.gap, SCALE_SLOT.width, SCALE_SLOT.height);

/**
 * The key, bottom left: a toggle on a phone (0.75rem type, 0.45rem by 0.6rem of padding); open
 * on a desktop, two columns of 16 px swatches and names, 0.3rem by 0.9rem apart.
 */
function legendBox(built: BuiltStory, layout: PosterLayout, { height: h }: MapSize): Box {
  if (layout === 'narrow') {
    const bh = 12 + 14.4;
    return at(10, h - 10 - bh, text(strings.legend, 12) + 19.2, bh);
  }
  const places = built.story.places;
  const items = [
    ...KINDS.filter((k) => places.some((p) => p.kind === k && !p.approximate)).map(
      (k) => strings.kind[k],
    ),
    ...(places.some((p) => p.approximate) ? [strings.legendApproximate] : []),
  ];
  const column = (c: number) =>
    16 + 6.4 + Math.max(0, ...items.filter((_, i) => i % 2 === c).map((n) => text(n, 12)));
  const rows = Math.ceil(items.length / 2);
  const bh = 16 + rows * 16 + (rows - 1) * 4.8;
  return at(10, h - 10 - bh, 20.8 + column(0) + 14.4 + column(1), bh);
}

/** Where the map's controls sit on a reference map at the overview's `zoom`, in its pixels. */
export function controlBoxes(
  built: BuiltStory,
  layout: PosterLayout,
  size: MapSize,
  zoom: number,
): Box[] {
  const { width: w, height: h } = size;
  // "Show all places": 0.8rem type, 0.55rem by 0.75rem of padding, right of the zoom buttons.
  const boxes = [nav, at(50, 10, text(strings.showAll, 12.8) + 24, 12.8 + 17.6)];
  // Past continent scale, the scale bar under the zoom buttons and the inset (map/locator).
  if (zoomedIn(zoom)) {
    boxes.push(scale);
    if (w >= INSET_MIN_WIDTH)
      boxes.push(at(INSET_SLOT.left, INSET_SLOT.top, INSET_SLOT.width, INSET_SLOT.height));
  }
  boxes.push(legendBox(built, layout, size));
  // The credits, bottom right (map/load): open on a map 640 px wide or more, else a button.
  const credits = [
    strings.mapCredit(built.story.meta.source),
    'MapLibre',
    'GeoNames',
    'Natural Earth',
  ].join(' | ');
  const cw = w >= 640 ? text(credits, 12) + 32 : 24;
  boxes.push(at(w - 10 - cw, h - 34, cw, 24));
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
