/**
 * What the label planner reads, from the map data as the live map decodes it (map/data): the
 * countries, the locator context, the story's labels and its close points' names, and the
 * label face's advances. The live map and the build (server/labels/context-sources) read the
 * same file the same way, so they plan from the same candidates.
 */
import type { Point, Position } from 'geojson';
import type { CountryShape } from '../geo/view-names';
import type { MapSources } from '../map/data';
import type { ContextSources } from './types';

export function plannerSources(decoded: MapSources, countries: CountryShape[]): ContextSources {
  // Each line's course, by place id.
  const courses = new Map<string, Position[][]>();
  for (const f of decoded.places.features) {
    const g = f.geometry;
    if (g.type === 'LineString') courses.set(f.properties.id, [g.coordinates]);
    if (g.type === 'MultiLineString') courses.set(f.properties.id, g.coordinates);
  }
  const story: ContextSources['story'] = decoded.labels.features.map((f) => ({
    name: f.properties.name,
    kind: f.properties.kind,
    approximate: !!f.properties.approximate,
    // Set by server/map-data/map-json on rivers and routes only; not in map/data's PlaceProps.
    line: !!(f.properties as { line?: boolean }).line,
    at: (f.geometry as Point).coordinates,
    ids: [f.properties.id],
    ...(f.properties.zs ? { ownFrom: f.properties.zs } : {}),
    ...(courses.has(f.properties.id) ? { course: courses.get(f.properties.id) } : {}),
  }));
  // Close points' names (geo/groups), drawn as a city's label is.
  for (const g of decoded.groups.features)
    story.push({
      name: g.properties.name,
      kind: 'city',
      approximate: false,
      line: false,
      at: g.geometry.coordinates,
      group: { from: g.properties.gf, until: g.properties.gu, spread: g.properties.gs ?? 0 },
      ids: g.properties.members.split(' '),
      groupId: g.properties.id,
    });
  return { countries, context: decoded.context, story, font: decoded.font };
}
