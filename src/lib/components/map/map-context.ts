/**
 * The live map, provided by MapView to the small components that work on it (camera,
 * highlights, pointer, chooser). They are rendered only once the map exists, and only inside
 * MapView: outside it the getter throws, so a misplaced component fails at once and by name.
 * (The pattern of MIERUNE/svelte-maplibre-gl's `contexts.svelte.ts`.)
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFrames } from '../../core/camera';
import type { PlaceInfo } from '../../core/story';

export interface MapContext {
  readonly map: MapLibreMap;
  /** The story's places by id. */
  readonly byId: ReadonlyMap<string, PlaceInfo>;
  /** Each place's main-body box and label point, for framing and hit-testing. */
  readonly frames: PlaceFrames;
}

const KEY = Symbol('map');

export function setMapContext(context: MapContext): void {
  setContext(KEY, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(KEY);
  if (!context) throw new Error('Map context not found: render this component inside MapView');
  return context;
}
