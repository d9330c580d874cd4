/**
 * The camera's padding, kept current: a margin around what it frames, plus the part of the
 * map that an overlay (the place panel or bottom sheet) covers, measured again whenever
 * either changes size.
 */
import { cameraMargin, cameraPadding, type Padding } from '../core/framing';
import { all, on } from './on';

const same = (a: Padding, b: Padding) =>
  a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

/** Calls `set` now and whenever the padding changes; returns the function that stops. */
export function watchPadding(
  map: HTMLElement,
  overlay: HTMLElement | null,
  set: (padding: Padding) => void,
): () => void {
  let last: Padding | undefined;
  const measure = () => {
    const rect = map.getBoundingClientRect();
    const next = cameraPadding(rect, overlay?.getBoundingClientRect(), cameraMargin(rect.width));
    if (last && same(last, next)) return;
    last = next;
    set(next);
  };
  measure();
  const ro = new ResizeObserver(measure);
  ro.observe(map);
  if (overlay) ro.observe(overlay);
  return all(() => ro.disconnect(), on(window, 'resize', measure));
}
