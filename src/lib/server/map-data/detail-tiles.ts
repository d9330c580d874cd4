/**
 * The map's finer detail past continent scale: Natural Earth's 1:10m countries (world-atlas)
 * cut once at build time into vector tiles at DETAIL_ZOOM, which MapLibre requests only for the
 * part of the world in view once the camera is that close, and decodes in its worker. Each tile
 * holds four layers (map/detail-source), drawn from DETAIL_ZOOM on in place of the 1:50m basemap:
 *
 * - `land`: the countries; `lines`: their borders (`t: 'b'`) and coasts (`t: 'c'`);
 * - `water`: rivers and lakes of the ranks the locator map draws near a story's places
 *   (server/map-data/locator-context), everywhere, as the gazetteer's extract has them (rivers 1:10m);
 * - `places`: the story's areas made of whole countries, redrawn from the same 1:10m outlines
 *   so that a highlighted Iraq meets the finer border exactly: fills (`r: 'f'`) and outlines
 *   (`r: 'o'`), with the place's id for feature state.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { labelPoint } from '../../geo/label-points';
import { polygonsOf } from '../../geo/polygons';
import { planarArea } from '../../geo/rings';
import { DETAIL_ZOOM } from '../../map/detail-source';
import type { BuiltStory } from '../../core/story';
import { cutAtAntimeridian, type CountryTopology } from '../gazetteer/natural-earth';
import { RANK } from './locator-context';
import { loadExtract } from '../gazetteer/extract';

/** The tiles' extent and buffer: MapLibre's defaults for vector tiles. */
const EXTENT = 4096;
const BUFFER = 64;
/**
 * Simplification, in tile units at DETAIL_ZOOM (an eighth of a pixel there): 5 units is about
 * 0.6 px at z5, 1.25 px at z6, 2.5 px at z7. Countries and their lines alone, every z5 tile of
 * the world: 0.94 MB raw, 0.57 MB gzipped (3 units: 0.67 MB); the Middle East at z5, 5 by 3
 * tiles, 36 KB gzipped. Drawing a frame at Mosul with WebGL on the CPU costs what the 1:50m
 * map did (83 ms median; at 3 units, 100 ms), side by side in one run.
 */
const TOLERANCE = 5;
/** A place is made of whole countries when their areas add up to its own within this share. */
const AREA_MATCH = 0.03;

type Area = Polygon | MultiPolygon;

function countries10m(): CountryTopology {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as CountryTopology;
  // Antarctica is dropped, as from the basemap (server/gazetteer/natural-earth).
  topo.objects.countries.geometries = topo.objects.countries.geometries.filter(
    (g) => String(g.id) !== '010',
  );
  return topo;
}

const areaOf = (g: Area) => polygonsOf(g).reduce((s, p) => s + planarArea(p[0]), 0);

/** Splits a line wherever it jumps across the antimeridian, as a ring is cut for the fills. */
export function splitAtAntimeridian(lines: Position[][]): Position[][] {
  return lines.flatMap((line) => {
    const parts: Position[][] = [[line[0]]];
    for (let i = 1; i < line.length; i++) {
      if (Math.abs(line[i][0] - line[i - 1][0]) > 180) parts.push([]);
      parts[parts.length - 1].push(line[i]);
    }
    return parts.filter((p) => p.length > 1);
  });
}

const multiLine = (g: MultiLineString): MultiLineString => ({
  type: 'MultiLineString',
  coordinates: splitAtAntimeridian(g.coordinates),
});

interface Country {
  object: GeometryObject;
  geometry: Area;
  /** A point inside its main body, to tell which places it belongs to. */
  at: Position;
}

/**
 * The story's areas that are made of whole countries, each with its member countries: a
 * member's inner point lies in the place, and the members' areas add up to the place's. An
 * area drawn by hand (a region's own outline, a lake) is not, and keeps its 1:50m shape.
 */
export function countryMade(
  places: { id: string; geometry: Geometry }[],
  countries: Country[],
): Map<string, Country[]> {
  const made = new Map<string, Country[]>();
  for (const { id, geometry } of places) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const members = countries.filter((c) => booleanPointInPolygon(c.at, geometry));
    const sum = members.reduce((s, c) => s + areaOf(c.geometry), 0);
    const own = areaOf(geometry);
    if (members.length && Math.abs(sum - own) <= AREA_MATCH * own) made.set(id, members);
  }
  return made;
}

const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

let loaded: { topo: CountryTopology; countries: Country[] } | undefined;

/** The 1:10m countries with their inner points, read once per process (about 3 s). */
function tenMetre() {
  if (loaded) return loaded;
  const topo = countries10m();
  const countries = topo.objects.countries.geometries.map((o): Country => {
    const geometry = cutAtAntimeridian((feature(topo, o) as Feature<Area>).geometry);
    return { object: o, geometry, at: labelPoint(geometry) };
  });
  loaded = { topo, countries };
  return loaded;
}

/** The story's areas made of whole countries, with their 1:10m members (see countryMade). */
export function fineAreas(built: Pick<BuiltStory, 'story' | 'geometry'>): Map<string, Country[]> {
  return countryMade(
    built.story.places.map((p) => ({ id: p.id, geometry: built.geometry.get(p.id)! })),
    tenMetre().countries,
  );
}

/** The four layers' features for a story (see the module's comment). */
export function detailFeatures(built: Pick<BuiltStory, 'story' | 'geometry'>) {
  const { topo, countries } = tenMetre();
  const object = topo.objects.countries;
  const kinds = new Map(built.story.places.map((p) => [p.id, p.kind]));
  const made = fineAreas(built);
  const places = [...made].flatMap(([id, members]): Feature[] => {
    const kind = kinds.get(id);
    const inside = new Set(members.map((m) => m.object));
    const border = mesh(topo, object, (a, b) =>
      a === b ? inside.has(a) : inside.has(a) !== inside.has(b),
    );
    return [
      ...members.map((m): Feature => ({
        type: 'Feature',
        properties: { id, kind, r: 'f' },
        geometry: m.geometry,
      })),
      { type: 'Feature', properties: { id, kind, r: 'o' }, geometry: multiLine(border) },
    ];
  });
  // Rivers and lakes as server/map-data/locator-context marks them (`t`, and `z` the zoom they show from).
  const extract = loadExtract();
  const water = [
    ...extract.rivers.features
      .filter((f) => f.properties.cls === 'river' && f.properties.rank <= RANK.river.near)
      .map((f): Feature => {
        const g = f.geometry;
        const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
        const z = Math.max(0, f.properties.rank - 1);
        return {
          type: 'Feature',
          properties: { t: 'river', z },
          geometry: { type: 'MultiLineString', coordinates: splitAtAntimeridian(lines) },
        };
      }),
    ...extract.lakes.features
      .filter((f) => f.properties.rank <= RANK.lake.near)
      .map((f): Feature => ({
        type: 'Feature',
        properties: { t: 'lake', z: f.properties.rank },
        geometry: f.geometry,
      })),
  ];
  return {
    land: collection(
      countries.map((c) => ({ type: 'Feature', properties: {}, geometry: c.geometry })),
    ),
    lines: collection([
      {
        type: 'Feature',
        properties: { t: 'b' },
        geometry: multiLine(mesh(topo, object, (a, b) => a !== b)),
      },
      {
        type: 'Feature',
        properties: { t: 'c' },
        geometry: multiLine(mesh(topo, object, (a, b) => a === b)),
      },
    ]),
    water: collection(water),
    places: collection(places),
    /** The ids of the places drawn from 1:10m past DETAIL_ZOOM (map/place-layers). */
    fine: [...made.keys()],
  };
}

export interface DetailTiles {
  /** The tile's bytes (Mapbox Vector Tile, uncompressed), or undefined outside the world. */
  tile(z: number, x: number, y: number): Uint8Array | undefined;
  fine: string[];
}

const made = new WeakMap<object, DetailTiles>();

/**
 * Cuts the story's detail into tiles, once per built story (the map data file and each tile
 * ask for it); `tile` then serializes one on demand.
 */
export function detailTiles(built: Pick<BuiltStory, 'story' | 'geometry'>): DetailTiles {
  const hit = made.get(built);
  if (hit) return hit;
  const tiles = cutTiles(built);
  made.set(built, tiles);
  return tiles;
}

function cutTiles(built: Pick<BuiltStory, 'story' | 'geometry'>): DetailTiles {
  const { fine, ...layers } = detailFeatures(built);
  // maxZoom one past the tiles served: geojson-vt leaves its deepest zoom unsimplified.
  const options = {
    maxZoom: DETAIL_ZOOM + 1,
    indexMaxZoom: DETAIL_ZOOM,
    tolerance: TOLERANCE,
    extent: EXTENT,
    buffer: BUFFER,
  };
  const indices = Object.entries(layers).map(
    ([name, data]) => [name, new GeoJSONVT(data, options)] as const,
  );
  return {
    fine,
    tile(z, x, y) {
      const n = 2 ** z;
      if (z !== DETAIL_ZOOM || x < 0 || y < 0 || x >= n || y >= n) return undefined;
      const out: Parameters<typeof fromGeojsonVt>[0] = {};
      for (const [name, index] of indices) {
        const t = index.getTile(z, x, y);
        if (t) out[name] = t;
      }
      return fromGeojsonVt(out, { version: 2, extent: EXTENT });
    },
  };
}

/** Every tile's address, for prerendering. */
export function detailAddresses(): { z: string; x: string; y: string }[] {
  const n = 2 ** DETAIL_ZOOM;
  return Array.from({ length: n * n }, (_, i) => ({
    z: String(DETAIL_ZOOM),
    x: String(Math.floor(i / n)),
    y: `${i % n}`,
  }));
}
