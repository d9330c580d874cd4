/**
 * Decodes the map data file (TopoJSON) into the GeoJSON sources the map draws: countries for
 * the land, their shared borders, the coastline, the places and their label points.
 */
import type {
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import type { CountryShape } from '../geo/view-names';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import type { PlaceFrames } from '../core/camera';
import type { BBox } from '../core/framing';
import type { Reach } from '../core/label-reach';
import type { Kind } from '../core/kinds';
import type { OverviewNames } from './overview-names';
import type { FontFacesSpecification } from 'maplibre-gl';
import type { FontTable } from '../labels/measure';

/** A context feature (server/map-data/locator-context): water, river, lake or reference city. */
export interface ContextProps {
  t: 'water' | 'river' | 'lake' | 'city';
  name: string;
  r: number;
  z: number;
  cap?: 1;
  /** Another point a sea may be named at, nearer a small place (geo/view-names). */
  alt?: 1;
}

/** A basemap country's name and rank by area (server/map-data/map-json); absent on a part. */
export interface CountryProps {
  name?: string;
  r?: number;
  /** Its whole-body pole, Mercator x, y and distance to the edge in radians (geo/view-names). */
  p?: [number, number, number];
}

export interface PlaceProps {
  id: string;
  name: string;
  kind: Kind;
  approximate: boolean;
  /** Made of whole countries, so redrawn from 1:10m past DETAIL_ZOOM (server/map-data/detail-tiles). */
  fine?: 1;
  /** A point named with others below this zoom, on its own from it (geo/groups). */
  zs?: number;
}

/** Story points named together where their markers would overlap (geo/groups). */
export interface GroupProps {
  id: string;
  /** Its members' names, as a list ("Aleppo and Dabiq"). */
  name: string;
  /** Its members' ids, separated by spaces. */
  members: string;
  /** The whole zooms it is named at: from `gf` up to, not including, `gu`. */
  gf: number;
  gu: number;
  /** How far its members reach from its spot, zoom-0 pixels (geo/groups `spread`). */
  gs?: number;
}

export type MapTopology = Topology<{
  countries: GeometryCollection<CountryProps>;
  places: GeometryCollection<PlaceProps>;
  labels: GeometryCollection<PlaceProps>;
  /** Absent in older files. */
  groups?: GeometryCollection<GroupProps>;
  /** What the locator map names around the places (server/map-data/locator-context); absent in older files. */
  context?: GeometryCollection<ContextProps>;
}> & {
  /** Per place id, the box around its main body, computed at build time. */
  frames: Record<string, BBox>;
  /** Per place id, how far its label reaches from its point (labels/story-labels); optional. */
  reach?: Record<string, Reach>;
  /** The zoom of the detail tiles beside this file (map/detail-source); absent when there are none. */
  detail?: number;
  /** What the poster names at the overview, at each of its steps (map/overview-names); optional. */
  overview?: OverviewNames;
  /** The label face's advances for the names the map draws (labels/measure). */
  font: FontTable;
};

export interface MapSources {
  land: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  borders: MultiLineString;
  coast: MultiLineString;
  places: FeatureCollection<Geometry, PlaceProps>;
  labels: FeatureCollection<Geometry, PlaceProps>;
  groups: FeatureCollection<Point, GroupProps>;
  context: FeatureCollection<Geometry, ContextProps>;
  frames: Record<string, BBox>;
  reach?: Record<string, Reach>;
  /** The detail tiles' URL template (map/detail-source), when the map has them. */
  detail?: string;
  overview?: OverviewNames;
  font: FontTable;
  /** The style's `font-faces` (labels/font-face), where the page serves the face's files. */
  fontFaces?: FontFacesSpecification;
}

/**
 * A border is an arc shared by two countries; a coast is an arc that bounds only one. `tiles`
 * is the detail tiles' URL template, used when the data says there are some.
 */
export function decodeMapData(
  topo: MapTopology,
  tiles?: string,
  fontFaces?: FontFacesSpecification,
): MapSources {
  const c = topo.objects.countries;
  return {
    land: feature(topo, c) as FeatureCollection<Polygon | MultiPolygon, CountryProps>,
    borders: mesh(topo, c, (a, b) => a !== b),
    coast: mesh(topo, c, (a, b) => a === b),
    places: feature(topo, topo.objects.places) as FeatureCollection<Geometry, PlaceProps>,
    labels: feature(topo, topo.objects.labels) as FeatureCollection<Geometry, PlaceProps>,
    groups: topo.objects.groups
      ? (feature(topo, topo.objects.groups) as FeatureCollection<Point, GroupProps>)
      : { type: 'FeatureCollection', features: [] },
    context: topo.objects.context
      ? (feature(topo, topo.objects.context) as FeatureCollection<Geometry, ContextProps>)
      : { type: 'FeatureCollection', features: [] },
    frames: topo.frames,
    ...(topo.reach ? { reach: topo.reach } : {}),
    ...(topo.detail && tiles ? { detail: tiles } : {}),
    ...(topo.overview ? { overview: topo.overview } : {}),
    font: topo.font,
    ...(fontFaces ? { fontFaces } : {}),
  };
}

/** Each place's main-body box and label point, for the camera and hit-testing. */
export function placeFrames(sources: MapSources | undefined): PlaceFrames {
  return {
    boxes: new Map(Object.entries(sources?.frames ?? {})),
    reach: new Map(Object.entries(sources?.reach ?? {})),
    labels: new Map(
      (sources?.labels.features ?? []).map((f) => [
        f.properties.id,
        (f.geometry as Point).coordinates,
      ]),
    ),
  };
}

/** The named countries of the basemap, for the names placed in each view (geo/view-names). */
export function namedCountries(sources: MapSources): CountryShape[] {
  return sources.land.features.flatMap((f) =>
    f.properties?.name !== undefined
      ? [
          {
            name: f.properties.name,
            r: f.properties.r ?? 4,
            geometry: f.geometry,
            ...(f.properties.p
              ? { pole: { at: f.properties.p.slice(0, 2), radius: f.properties.p[2] } }
              : {}),
          },
        ]
      : [],
  );
}
