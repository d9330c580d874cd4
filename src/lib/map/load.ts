/**
 * Loading the live map: probing WebGL, importing MapLibre and fetching the map data together,
 * creating the map with its controls. Plain functions; MapView owns what they create.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { READER_EVENTS, SMALL_SCREEN, TOUCH_SCREEN, waitsForReader } from '../core/startup';
import { strings } from '../strings';
import type { PlaceFrames } from '../core/camera';
import type { CountryShape } from '../geo/view-names';
import type { MapSources, MapTopology } from './data';
import { SCALE_SLOT } from './locator';
import { MIN_ZOOM } from '../core/framing';
import { detailTiles } from './detail-source';
import { on } from './on';
import { colourScheme } from '../colour-scheme.svelte';
import type { Scheme } from '../design/colours';
import { mapControls } from '../design/map-controls';

/**
 * Where the live map is: waiting for the reader's first move (core/startup), loading, ready
 * (drawn in full and shown), or failed, for want of WebGL or because its code or data did not
 * load. The map region reports it as `data-map-status`.
 */
export type MapStatus = 'waiting' | 'loading' | 'ready' | 'failed-webgl' | 'failed-load';

export interface WebGLSupport {
  available: boolean;
  /** Emulated on the CPU (SwiftShader, llvmpipe: virtual machines, old or blocklisted GPUs). */
  software: boolean;
}

/**
 * What this browser's WebGL is, asked once before downloading MapLibre: whether there is
 * any (without it, MapLibre is not loaded at all), and whether it is emulated on the CPU. One
 * throwaway context, released at once: creating one costs the main thread a round trip to the
 * GPU process.
 */
export function probeWebGL(): WebGLSupport {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return { available: false, software: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: /swiftshader|llvmpipe|software/i.test(renderer) };
  } catch {
    return { available: false, software: false };
  }
}

/**
 * The canvas resolution. Above 2 the eye gains nothing; where WebGL is emulated on the CPU
 * every pixel costs main-thread time, so such a browser draws at 1.
 */
export function pixelRatio(software: boolean): number {
  return software ? 1 : Math.min(window.devicePixelRatio || 1, 2);
}

/** Whether the map waits for the reader's first move here and now (core/startup). */
export function readerFirst(selected: boolean, focused: number): boolean {
  return waitsForReader({
    small: matchMedia(SMALL_SCREEN).matches,
    touch: matchMedia(TOUCH_SCREEN).matches,
    selected,
    focused,
    scrolled: window.scrollY > 0,
  });
}

/**
 * Calls `go` once, at the reader's first scroll, touch or key (core/startup). Returns the
 * function that stops waiting.
 */
export function whenReaderMoves(go: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  const stop = () => {
    for (const type of READER_EVENTS) window.removeEventListener(type, start, options);
  };
  const start = () => {
    stop();
    go();
  };
  for (const type of READER_EVENTS) window.addEventListener(type, start, options);
  return stop;
}

export interface LoadedMap {
  map: MapLibreMap;
  sources: MapSources;
  /** Each place's main-body box and label point, for framing and hit-testing. */
  frames: PlaceFrames;
  /** What the names of each view are planned from (components/map/PlannedNames). */
  names: {
    countries: CountryShape[];
    /** The label face's advances (labels/measure). */
    font: import('../labels/measure').FontTable;
  };
  /** The components that work on the map (components/map/Live), loaded with it. */
  Live: typeof import('./live').Live;
  /** The colour scheme its style was built in (components/map/Repaint repaints from it). */
  scheme: Scheme;
}

/**
 * Imports MapLibre and fetches the map data together, then creates the map in `container`
 * with its controls. The map is not loaded yet: wait for its 'load' event.
 */
export async function createMap(options: {
  container: HTMLElement;
  dataUrl: string;
  webgl: WebGLSupport;
  /** The article's publisher, credited on the map. */
  source: string;
  /** The scale bar's units (the article's front matter). */
  units?: 'metric' | 'imperial';
}): Promise<LoadedMap> {
  const { container, dataUrl, webgl, source, units = 'metric' } = options;
  const [live, topo] = await Promise.all([
    import('./live'),
    fetch(dataUrl).then((r) => {
      if (!r.ok) throw new Error(`map data: HTTP ${r.status}`);
      return r.json() as Promise<MapTopology>;
    }),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]);
  const { maplibre } = live;
  maplibre.setWorkerUrl(workerUrl);
  const sources = live.decodeMapData(
    topo,
    detailTiles(dataUrl, location.href),
    live.fontFaces(dataUrl, location.href),
  );
  // In the page's scheme from its first frame; later changes repaint it (components/map/Repaint).
  const scheme = colourScheme.scheme;
  const style = live.buildStyle(sources, scheme);
  const map = new maplibre.Map({
    container,
    style,
    center: [40, 35],
    zoom: 1.5,
    minZoom: MIN_ZOOM,
    maxZoom: 9,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    renderWorldCopies: true,
    pixelRatio: pixelRatio(webgl.software),
    // Labels appear at once instead of fading in over 300 ms of extra frames.
    fadeDuration: 0,
    // No cache of tiles gone out of view. Cached tiles keep their geometry, collision index
    // and GPU buffers for the whole visit (heap growth over a scroll-through and 50 choices
    // +36 % with MapLibre's cache of 3 zoom levels, +20 % without: `npm run bench -- --only
    // heap`), while the worker, which keeps the sliced data, rebuilds a tile of this small map
    // in milliseconds. Tiles on screen still stand in for their parents and children while a
    // flight loads new ones.
    maxTileCacheZoomLevels: 0,
    locale: {
      'Map.Title': strings.mapCanvas,
      'NavigationControl.ZoomIn': strings.zoomIn,
      'NavigationControl.ZoomOut': strings.zoomOut,
      'AttributionControl.ToggleAttribution': strings.toggleAttribution,
    },
  });
  // For the browser tests alone, which measure the names the map drew (tests/e2e/agreement):
  // a page under automation (Playwright) hands its map to the test through the container.
  if (navigator.webdriver) Object.assign(container, { map });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-left');
  // Under the zoom buttons: the legend holds the bottom left and the panel covers the right.
  // MapView hides it at the world overview, where one scale would be wrong (map/locator).
  map.addControl(
    new maplibre.ScaleControl({ unit: units, maxWidth: SCALE_SLOT.width }),
    'top-left',
  );
  map.addControl(
    new maplibre.AttributionControl({
      compact: true,
      customAttribution: [
        '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
        '<a href="https://www.geonames.org/">GeoNames</a>',
        '<a href="https://maplibre.org/">MapLibre</a>',
        strings.mapCredit(source),
      ],
    }),
    'bottom-right',
  );
  // The credits are in the page footer too; on a small map start with them folded.
  if (container.clientWidth < mapControls.credits.openFrom)
    container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  const names = { countries: live.namedCountries(sources), font: sources.font };
  return {
    map,
    sources,
    frames: live.placeFrames(sources),
    names,
    Live: live.Live,
    scheme,
  };
}

/**
 * Starts the live map in `container`: at once, or at the reader's first move when `wait`.
 * Reports each change of status, and the map once its style and data have loaded (not yet
 * shown: see map/reveal). Returns the function that stops waiting or loading and removes the
 * map with its listeners.
 */
export function startMap(options: {
  container: HTMLElement;
  dataUrl: string;
  source: string;
  units?: 'metric' | 'imperial';
  wait: boolean;
  onstatus: (status: MapStatus) => void;
  onload: (loaded: LoadedMap) => void;
}): () => void {
  const { onstatus, onload } = options;
  let cancelled = false;
  const removers: (() => void)[] = [];
  const start = async () => {
    onstatus('loading');
    const webgl = probeWebGL();
    if (!webgl.available) return onstatus('failed-webgl');
    try {
      const loaded = await createMap({ ...options, webgl });
      const m = loaded.map;
      if (cancelled) return m.remove();
      removers.push(
        () => m.remove(),
        on(m, 'error', (e) => {
          // Tile and source errors are logged by MapLibre; only a lost context is fatal here.
          if (e.error?.message?.includes('WebGL')) onstatus('failed-webgl');
        }),
        on(m, 'load', () => {
          // Style and data loaded, first frame drawn: for the bench and field monitoring.
          performance.mark('map-loaded');
          onload(loaded);
        }),
      );
    } catch (e) {
      if (cancelled) return;
      console.warn('Map unavailable:', e);
      onstatus(/webgl/i.test(String(e)) ? 'failed-webgl' : 'failed-load');
    }
  };
  if (options.wait) {
    onstatus('waiting');
    removers.push(whenReaderMoves(() => void start()));
  } else void start();
  return () => {
    cancelled = true;
    for (const remove of removers.reverse()) remove();
  };
}
