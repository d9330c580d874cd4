/**
 * The map's finer detail past continent scale (server/map-data/detail-tiles): vector tiles of Natural Earth's
 * 1:10m countries and of the story's areas made of them, cut at build time at DETAIL_ZOOM
 * and requested by MapLibre only for what is in view once the camera is that close.
 */
import type { SourceSpecification } from 'maplibre-gl';

/**
 * From this zoom on, the map draws 1:10m. The basemap's 1:50m, simplified for a world view,
 * holds to about here: a city is framed at z5 (core/camera), where its zigzags would show.
 */
export const DETAIL_ZOOM = 5;
/** The source's name in the style. */
export const DETAIL = 'detail';

/** A layer's zoom range: the 1:50m one below DETAIL_ZOOM, the 1:10m one from it. */
export type Level = 'coarse' | 'fine';
export const levelRange = (level: Level) =>
  level === 'coarse' ? { maxzoom: DETAIL_ZOOM } : { minzoom: DETAIL_ZOOM };

/**
 * The tiles' URL template, beside the map data file: absolute, since MapLibre's worker fetches
 * it. The braces are appended after URL parsing, which would escape them.
 */
export function detailTiles(dataUrl: string, page: string): string {
  return `${new URL('detail/', new URL(dataUrl, page)).href}{z}/{x}/{y}.pbf`;
}

export function detailSource(tiles: string): SourceSpecification {
  return {
    type: 'vector',
    tiles: [tiles],
    // One zoom of tiles, overzoomed past it: 1:10m shows nothing finer at z9 than at z5.
    minzoom: DETAIL_ZOOM,
    maxzoom: DETAIL_ZOOM,
    // The places' ids, for feature state (highlight, hover) as on the `places` source.
    promoteId: { places: 'id' },
  };
}
