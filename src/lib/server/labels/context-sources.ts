/**
 * What the live map reads its context from, for the still images (labels/context-plan): the
 * map data file the site serves, decoded as the live map decodes it, once per story.
 */
import type { Point } from 'geojson';
import type { BuiltStory } from '../../core/story';
import { decodeMapData, namedCountries, type MapTopology } from '../../map/data';
import { mapData } from '../map-data/map-json';
import { mapChars } from '../map-data/map-chars';
import { fontTable } from '../text/label-font';
import type { ContextSources } from '../../labels/types';

const sourcesCache = new WeakMap<BuiltStory, ContextSources>();

/** The map data the site serves for `built`, decoded as the live map decodes it; once per story. */
export function contextSources(built: BuiltStory): ContextSources {
  let s = sourcesCache.get(built);
  if (!s) {
    // mapData's topology is the file's (quantized, with the frames): the map's own type.
    const decoded = decodeMapData(mapData(built) as unknown as MapTopology);
    s = {
      countries: namedCountries(decoded),
      context: decoded.context,
      story: decoded.labels.features.map((f) => ({
        name: f.properties.name,
        kind: f.properties.kind,
        approximate: !!f.properties.approximate,
        // Set by server/map-data/map-json on rivers and routes only; not in map/data's PlaceProps.
        line: !!(f.properties as { line?: boolean }).line,
        at: (f.geometry as Point).coordinates,
        ids: [f.properties.id],
        ...(f.properties.zs ? { ownFrom: f.properties.zs } : {}),
      })),
      font: fontTable(mapChars(built)),
    };
    // Close points' names (geo/groups), drawn as a city's label is.
    for (const g of decoded.groups.features)
      s.story.push({
        name: g.properties.name,
        kind: 'city',
        approximate: false,
        line: false,
        at: g.geometry.coordinates,
        group: { from: g.properties.gf, until: g.properties.gu, spread: g.properties.gs ?? 0 },
        ids: g.properties.members.split(' '),
      });
    sourcesCache.set(built, s);
  }
  return s;
}
