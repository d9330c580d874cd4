/**
 * The committed Natural Earth extract (`geo/natural-earth/`, made by
 * `scripts/geo/natural-earth-extract.ts`): its shape, shared by the script that writes it and
 * the gazetteer that reads it, and the loader. Build time only: nothing here reaches the page.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';

/** The properties every named feature of the extract keeps. */
export interface NamedProps {
  /** Natural Earth's name, whitespace tidied, ALL CAPS (oceans, some regions) in title case. */
  name: string;
  /** Other names: Natural Earth's `name_alt`/`namealt`, and the local names of river segments. */
  alt?: string[];
  /** Natural Earth's `featurecla`, lower case: sea, gulf, ocean, river, lake, desert, range/mtn… */
  cls: string;
  /** Natural Earth's `scalerank`: 0 is the most important, 10 the least. */
  rank: number;
  /** The zoom from which Natural Earth shows the feature (`min_zoom`), when it has one. */
  minZoom?: number;
  /** The zoom range in which its label is shown (`min_label`, `max_label`), when it has one. */
  labelZoom?: [number, number];
  /** Metres above sea level, for mountains and spot elevations. */
  elevation?: number;
}

export type AreaFeature = Feature<Polygon | MultiPolygon, NamedProps>;
export type LineFeature = Feature<LineString | MultiLineString, NamedProps>;
export type PointFeature = Feature<Point, NamedProps>;

/** The layers, one file each; all FeatureCollections but `places`. */
export const LAYER_FILES = {
  /** Seas, gulfs, bays, straits, oceans (ne_10m_geography_marine_polys). */
  marine: 'marine.geojson',
  /** Lakes and reservoirs (ne_50m_lakes). */
  lakes: 'lakes.geojson',
  /** Rivers, one MultiLineString per river (ne_10m_rivers_lake_centerlines). */
  rivers: 'rivers.geojson',
  /** Deserts, ranges, islands, coasts, plateaus, peninsulas… (ne_10m_geography_regions_polys). */
  regions: 'regions.geojson',
  /** Capes, islands, waterfalls, peaks (ne_10m_geography_regions_points and _elevation_points). */
  points: 'points.geojson',
  /** Populated places ranked for maps (ne_10m_populated_places_simple), as rows. */
  places: 'places.json',
  /** States and provinces (outlines or points; scripts/geo/admin1-extract.ts), read apart. */
  admin1: 'admin1.geojson',
} as const;

/** A first-order division: a state, province or territory. */
export interface Admin1Props {
  name: string;
  /** Other names Natural Earth gives (`name_alt`), and its English name when it differs. */
  alt?: string[];
  /**
   * What follows `admin1:` in its ref: ISO 3166-2 (`US-TX`) for a division with an outline, or
   * the country's ISO3 and the division's name (`ZWE/Masvingo`) for one known by a point only.
   */
  code: string;
  /** The country's ISO 3166-1 alpha-3. */
  country: string;
  /** Its English name where Natural Earth gives another ("Bavaria" for Bayern), drafted as a name. */
  en?: string;
  /**
   * Other names the drafter reads as the division's, less surely than its own ("Kashmir" for
   * Azad Kashmir): Natural Earth's first other name and its newer spelling, when no other
   * division of its country shares them.
   */
  also?: string[];
  /** What the country calls it, in English: State, Province, Territory… ("" when unknown). */
  type: string;
  /** For a division known by a point only, placed at its seat: the seat's name ("Maralal"). */
  seat?: string;
}

/**
 * One populated place: `[geonameid, name, iso3, capital, scalerank, labelrank, minZoom,
 * population, lng, lat]`, `capital` 1 for a national capital, 0 otherwise; geonameid 0 when
 * Natural Earth has none. Rows, not objects: 7,000 places in a third of the bytes.
 */
export type PlaceRow = [
  number,
  string,
  string,
  0 | 1,
  number,
  number,
  number,
  number,
  number,
  number,
];

export interface Extract {
  marine: FeatureCollection<Polygon | MultiPolygon, NamedProps>;
  lakes: FeatureCollection<Polygon | MultiPolygon, NamedProps>;
  rivers: FeatureCollection<LineString | MultiLineString, NamedProps>;
  regions: FeatureCollection<Polygon | MultiPolygon, NamedProps>;
  points: FeatureCollection<Point, NamedProps>;
  places: PlaceRow[];
}

/** Where the extract lives: `GAZETTEER_DIR`, or `geo/natural-earth` under the working directory (the repository's root for every npm script). */
export function extractDir(): string {
  return resolve(process.env.GAZETTEER_DIR || join(process.cwd(), 'geo', 'natural-earth'));
}

let cached: Extract | undefined;

/** The whole extract, read once per process (about 2 MB of JSON). */
export function loadExtract(dir = extractDir()): Extract {
  if (cached && dir === extractDir()) return cached;
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const extract: Extract = {
    marine: read(LAYER_FILES.marine),
    lakes: read(LAYER_FILES.lakes),
    rivers: read(LAYER_FILES.rivers),
    regions: read(LAYER_FILES.regions),
    points: read(LAYER_FILES.points),
    places: read(LAYER_FILES.places),
  };
  if (dir === extractDir()) cached = extract;
  return extract;
}
