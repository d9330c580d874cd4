/**
 * The page's own "Reduce motion" switch, remembered in the browser's storage. Storage can be
 * blocked (private modes, sandboxed iframes; even reading `localStorage` can throw): the
 * switch then still works for the visit, it is just not remembered.
 */

export const MOTION_KEY = 'map-explainer:motion';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** True when the reader has switched motion off here before; false when unknown. */
export function loadReduceMotion(storage: () => Store): boolean {
  try {
    return storage().getItem(MOTION_KEY) === 'reduce';
  } catch {
    return false;
  }
}

/** Remembers the switch; false when the storage refused it. */
export function saveReduceMotion(storage: () => Store, reduce: boolean): boolean {
  try {
    storage().setItem(MOTION_KEY, reduce ? 'reduce' : 'full');
    return true;
  } catch {
    return false;
  }
}
