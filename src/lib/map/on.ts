/**
 * Adds a listener and returns the function that removes it, so that an effect adds its
 * listeners and returns their removers in one place (`return on(map, 'click', onClick)`).
 * Works for MapLibre's maps (`on`/`off`) and for DOM targets (`addEventListener`).
 */
import type { Map as MapLibreMap, MapEventType } from 'maplibre-gl';

export function on<K extends keyof MapEventType>(
  target: MapLibreMap,
  type: K,
  fn: (e: MapEventType[K]) => void,
): () => void;
export function on<K extends keyof WindowEventMap>(
  target: Window,
  type: K,
  fn: (e: WindowEventMap[K]) => void,
  options?: AddEventListenerOptions,
): () => void;
export function on(
  target: EventTarget,
  type: string,
  fn: (e: Event) => void,
  options?: AddEventListenerOptions,
): () => void;
export function on(
  target: MapLibreMap | EventTarget,
  type: string,
  fn: (e: never) => void,
  options?: AddEventListenerOptions,
): () => void {
  if ('addEventListener' in target) {
    const listener = fn as EventListener;
    target.addEventListener(type, listener, options);
    return () => target.removeEventListener(type, listener, options);
  }
  // MapLibre's overloads are keyed by event type; this one signature serves them all.
  const m = target as unknown as {
    on(t: string, f: (e: never) => void): void;
    off(t: string, f: (e: never) => void): void;
  };
  m.on(type, fn);
  return () => m.off(type, fn);
}

/** Runs every remover once, in reverse order of adding. */
export function all(...removers: (() => void)[]): () => void {
  return () => {
    for (const remove of removers.reverse()) remove();
  };
}
