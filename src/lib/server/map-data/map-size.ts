/**
 * What a story's map data weighs, gzipped as the server sends it, and which places weigh
 * most: `npm run check:story` warns when it is over budget, so a newsroom learns it before
 * its readers do.
 */
import { gzipSync } from 'node:zlib';
import type { BuiltStory } from '../../core/story';
import { mapData } from './map-json';
import { overviewNames } from '../poster/poster-names';
import { mapFont } from './map-chars';

/**
 * `data/map.json` as served: the basemap and the places in one TopoJSON file, with the names
 * the poster draws at each of its steps (map/overview-names), which the live map draws the same
 * when it takes the poster's place, and the label face's advance widths (labels/measure) for
 * the names it draws.
 */
export function mapFile(built: BuiltStory) {
  return {
    ...mapData(built),
    overview: overviewNames(built),
    font: mapFont(built),
  };
}

/** The map data's budget, gzipped: what a phone can fetch in about a second on 4G. */
export const MAP_DATA_BUDGET = 100 * 1024;

const gz = (value: unknown) => gzipSync(JSON.stringify(value)).length;

export interface MapDataSize {
  /** `data/map.json` as built, gzipped (bytes). */
  total: number;
  /** The bytes each place adds on its own (its geometry alone, gzipped), heaviest first. */
  places: { id: string; bytes: number }[];
}

export function mapDataSize(built: BuiltStory): MapDataSize {
  const total = gz(mapFile(built));
  const places = built.story.places
    .map((p) => ({ id: p.id, bytes: gz(built.geometry.get(p.id)) }))
    .sort((a, b) => b.bytes - a.bytes);
  return { total, places };
}

/** A warning when the map data is over budget, naming the heaviest places; else nothing. */
export function mapDataWarning(size: MapDataSize, budget = MAP_DATA_BUDGET): string | undefined {
  if (size.total <= budget) return undefined;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const heaviest = size.places
    .slice(0, 5)
    .map((p) => `${p.id} ${kb(p.bytes)}`)
    .join(', ');
  return (
    `the map data is ${kb(size.total)} gzipped, over its budget of ${kb(budget)}; ` +
    `heaviest places: ${heaviest}. Use a ref (country:…, region:…) instead of pasted ` +
    `geometry, or simplify the heaviest shapes.`
  );
}
