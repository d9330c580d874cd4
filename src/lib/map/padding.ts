/**
 * The camera's padding, kept current: a margin around what it frames, plus the part of the
 * map that an overlay (the place panel or bottom sheet) covers, measured again whenever
 * either changes size, grown to keep clear of the map's controls (core/framing).
 */
import {
  cameraMargin,
  cameraPadding,
  clearOfControls,
  type Padding,
  type Rect,
} from '../core/framing';
import { INSET_MIN_WIDTH, INSET_SLOT, SCALE_SLOT } from './locator';
import { all, on } from './on';
import { mapControls } from '../design/map-controls';

/**
 * The zoom buttons' slot (design/map-controls), reserved before MapLibre adds them, so the
 * first framing already clears them.
 */
export const NAV_SLOT = mapControls.zoomButtons;

const same = (a: Padding, b: Padding) =>
  a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

/**
 * The controls on `map`: the zoom buttons, elements marked `data-control` ("Show all places",
 * the legend), and the slots of the scale bar (under the zoom buttons) and the inset. Those
 * two are reserved whether shown or not: they appear past continent scale, and padding that
 * changed with them would move the camera, which would change the zoom (map/locator).
 */
export function controlRects(map: HTMLElement, rect: Rect): Rect[] {
  const boxes: Rect[] = [...map.querySelectorAll<HTMLElement>('[data-control]')]
    .filter((e) => e.offsetParent !== null)
    .map((e) => e.getBoundingClientRect());
  const nav: Rect = {
    left: rect.left + NAV_SLOT.left,
    top: rect.top + NAV_SLOT.top,
    right: rect.left + NAV_SLOT.left + NAV_SLOT.width,
    bottom: rect.top + NAV_SLOT.top + NAV_SLOT.height,
  };
  boxes.push(nav);
  const slot = (top: number, s: { left: number; width: number; height: number }): Rect => ({
    left: rect.left + s.left,
    top,
    right: rect.left + s.left + s.width,
    bottom: top + s.height,
  });
  boxes.push(slot(nav.bottom + SCALE_SLOT.gap, SCALE_SLOT));
  if (rect.right - rect.left >= INSET_MIN_WIDTH)
    boxes.push(slot(rect.top + INSET_SLOT.top, INSET_SLOT));
  return boxes;
}

/** The camera's padding for a framing of places, and for the overview (see `watchPadding`). */
export interface Paddings {
  places: Padding;
  overview: Padding;
}

/**
 * Calls `set` now and whenever the padding changes; returns the function that stops. The
 * overview's padding is the margin and the panel alone, as the poster frames it in CSS before
 * any control exists (lib/server/poster/poster): a world seen whole has room above and below it at
 * every size, and the handover from poster to map must not move.
 */
export function watchPadding(
  map: HTMLElement,
  overlay: HTMLElement | null,
  set: (padding: Paddings) => void,
): () => void {
  let last: Paddings | undefined;
  const measure = () => {
    const rect = map.getBoundingClientRect();
    const overview = cameraPadding(
      rect,
      overlay?.getBoundingClientRect(),
      cameraMargin(rect.width),
    );
    const places = clearOfControls(rect, { ...overview }, controlRects(map, rect));
    if (last && same(last.places, places) && same(last.overview, overview)) return;
    last = { places, overview };
    set(last);
  };
  measure();
  const ro = new ResizeObserver(measure);
  ro.observe(map);
  if (overlay) ro.observe(overlay);
  return all(() => ro.disconnect(), on(window, 'resize', measure));
}
