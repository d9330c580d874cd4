/**
 * The one file the map loads: a TopoJSON topology holding the Natural Earth countries (the
 * basemap) and the story's places (points, areas and lines: TopoJSON keeps LineStrings as
 * arcs too). Places built from country outlines share their arcs with the basemap, so the
 * places cost little more than their ids. A third object, `context`, holds what a locator map
 * names around them (server/map-data/locator-context).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Kind } from '../../core/kinds';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { labelPoint } from '../../geo/label-points';
import { frameOf } from './main-body';
import { countryFeatures, type CountryFeature } from '../gazetteer/natural-earth';
import { polygonsOf } from '../../geo/polygons';
import { planarArea } from '../../geo/rings';
import { wholePole } from '../../geo/view-names';
import { countryRank, english, storyContext } from './locator-context';
import { basemapCountry } from '../gazetteer/countries';
import type { BuiltStory } from '../../core/story';
import { DETAIL_ZOOM } from '../../map/detail-source';
import { closeGroups } from '../../geo/groups';
import { highlighted } from '../../design';
import { fineAreas } from './detail-tiles';
import { labelReach } from '../../labels/story-labels';
import { tableFor } from '../text/label-font';

/** 1e5 steps per axis: about 400 m at the equator, below what z6 can show. */
const QUANTIZATION = 1e5;

/**
 * Each basemap feature with the country it is named as, the largest feature only where two
 * share a country (world-atlas numbers Ashmore and Cartier Islands as Australia).
 */
function namedOnce(features: CountryFeature[]) {
  const area = (f: CountryFeature) =>
    Math.max(...polygonsOf(f.geometry).map((p) => planarArea(p[0])));
  const largest = new Map<string, CountryFeature>();
  const named = features.map((f) => ({ f, c: basemapCountry(f.id, f.properties.name) }));
  for (const { f, c } of named) {
    const seen = c && largest.get(c.iso3);
    if (c && (!seen || area(f) > area(seen))) largest.set(c.iso3, f);
  }
  return named.map(({ f, c }) => ({ f, c: c && largest.get(c.iso3) === f ? c : undefined }));
}

/** A country's whole-body pole for the names placed in each view, rounded to 1e-4 radians. */
function poleOf(f: CountryFeature): [number, number, number] {
  const { at, radius } = wholePole(f.geometry);
  const r4 = (n: number) => Math.round(n * 1e4) / 1e4;
  return [r4(at[0]), r4(at[1]), r4(radius)];
}

export function mapData(built: BuiltStory) {
  const countries: FeatureCollection = {
    type: 'FeatureCollection',
    // Each country's name and rank by area, for the names the map places in each view
    // (geo/view-names); a part named by its main part (Somaliland) carries none.
    features: namedOnce(countryFeatures()).map(({ f, c }) => ({
      type: 'Feature',
      properties: c ? { name: english(c.name), r: countryRank(c.area), p: poleOf(f) } : {},
      geometry: f.geometry,
    })),
  };
  // The areas made of whole countries are redrawn from 1:10m past DETAIL_ZOOM (server/map-data/detail-tiles).
  const fine = new Set(fineAreas(built).keys());
  const places: FeatureCollection = {
    type: 'FeatureCollection',
    features: built.story.places.map((p): Feature => ({
      type: 'Feature',
      properties: {
        id: p.id,
        name: p.name,
        kind: p.kind,
        approximate: p.approximate,
        ...(fine.has(p.id) ? { fine: 1 } : {}),
      },
      geometry: built.geometry.get(p.id)!,
    })),
  };
  // A label point is a point whatever its place is; `line` tells the map to name a river or a
  // route beside its course rather than centred on it (set only then: no bytes for the rest).
  const labels: FeatureCollection = {
    type: 'FeatureCollection',
    features: built.story.places.map((p) => {
      const g = built.geometry.get(p.id)!;
      const line = g.type === 'LineString' || g.type === 'MultiLineString';
      return {
        type: 'Feature',
        properties: {
          id: p.id,
          name: p.name,
          kind: p.kind,
          approximate: p.approximate,
          ...(line ? { line } : {}),
        },
        geometry: { type: 'Point', coordinates: labelPoint(g) },
      };
    }),
  };
  // Cities and landmarks closer than their markers are named together below the zoom where they part
  // (geo/groups): each grouped point's own label shows from `zs`, each group's from `gf` to
  // `gu`.
  const { groups: close, ownFrom } = closeGroups(
    built.story.places.flatMap((p) => {
      const g = built.geometry.get(p.id)!;
      // An approximate place is a region drawn as a wide ring, seen apart from a dot inside it.
      if (g.type !== 'Point' || p.approximate) return [];
      const radius = highlighted.cityRadius;
      return [{ id: p.id, at: g.coordinates as [number, number], radius }];
    }),
  );
  for (const f of labels.features) {
    const zs = ownFrom.get(String(f.properties!.id));
    if (zs) f.properties!.zs = zs;
  }
  const nameOf = new Map(built.story.places.map((p) => [p.id, p.name]));
  const list = new Intl.ListFormat(built.story.meta.lang, { type: 'conjunction' });
  const groups: FeatureCollection = {
    type: 'FeatureCollection',
    features: close.map((g) => ({
      type: 'Feature',
      properties: {
        id: `group:${g.members.join('+')}`,
        name: list.format(g.members.map((id) => nameOf.get(id) ?? id)),
        members: g.members.join(' '),
        gf: g.from,
        gu: g.until,
        gs: Math.round(g.spread * 100) / 100,
      },
      geometry: { type: 'Point', coordinates: g.at.map((n) => Math.round(n * 1e3) / 1e3) },
    })),
  };
  // Where the camera looks for each place: its main body, so that Europe is framed without
  // French Guiana and the United States without the Aleutians past 180°, and a river on its
  // course.
  const round = (n: number) => Math.round(n * 1e3) / 1e3;
  const frames = Object.fromEntries(
    built.story.places.map((p) => [p.id, frameOf(built.geometry.get(p.id)!).box.map(round)]),
  );
  // How far each place's name reaches from its label point (labels/story-labels), so the
  // camera keeps the focus's names on the map; measured in the map's face.
  const font = tableFor(built.story.places.map((p) => p.name));
  const reach = Object.fromEntries(
    labels.features.map((f) => {
      const p = f.properties as { id: string; name: string; kind: Kind; approximate: boolean };
      const line = f.properties!.line === true;
      const at = (f.geometry as Point).coordinates;
      return [p.id, labelReach({ ...p, line, at }, font)];
    }),
  );
  // topojson-client's quantize() is typed for properties that are never null; ours never are.
  // The locator map's context (server/map-data/locator-context): names, ranks and simplified rivers and lakes.
  const context = storyContext(built);
  const topo = topology({ countries, places, labels, groups, context }) as Parameters<
    typeof quantize
  >[0];
  return { ...quantize(topo, QUANTIZATION), frames, reach, detail: DETAIL_ZOOM };
}
