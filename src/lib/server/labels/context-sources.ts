/**
 * What the live map reads its context from, for the still images (labels/plan): the map data
 * file the site serves, decoded as the live map decodes it (labels/sources), once per story.
 */
import type { BuiltStory } from '../../core/story';
import { decodeMapData, namedCountries, type MapTopology } from '../../map/data';
import { plannerSources } from '../../labels/sources';
import type { ContextSources } from '../../labels/types';
import { mapData } from '../map-data/map-json';
import { mapFont } from '../map-data/map-chars';

const sourcesCache = new WeakMap<BuiltStory, ContextSources>();

/** The map data the site serves for `built`, decoded as the live map decodes it; once per story. */
export function contextSources(built: BuiltStory): ContextSources {
  let s = sourcesCache.get(built);
  if (!s) {
    // mapData's topology is the file's (quantized, with the frames): the map's own type.
    const topo = { ...mapData(built), font: mapFont(built) };
    const decoded = decodeMapData(topo as unknown as MapTopology);
    s = plannerSources(decoded, namedCountries(decoded));
    sourcesCache.set(built, s);
  }
  return s;
}
