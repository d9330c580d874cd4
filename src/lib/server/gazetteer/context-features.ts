/**
 * What a locator map shows around the story's places (docs/cartography.md): the countries in
 * a box, named at their label points; seas, gulfs and oceans as water labels; lakes and the
 * main rivers drawn and named; reference cities (capitals and the largest) by rank. Data for
 * the map's build; how much of it to show at which zoom is the map's choice (each item keeps
 * Natural Earth's rank and zooms).
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { bbox as turfBbox } from '@turf/bbox';
import { labelPoint } from '../../geo/label-points';
import { countries, countryOutlines, type Area } from './countries';
import { loadExtract, type NamedProps } from './extract';

/** [west, south, east, north] in degrees; east may pass 180 for a box across the antimeridian. */
export type Box = [number, number, number, number];

export interface CountryLabel {
  iso3: string;
  name: string;
  label: Position;
  /** Square kilometres (world-countries), to rank labels and pick which fit. */
  area: number;
}

export interface WaterLabel extends NamedProps {
  label: Position;
  geometry: Polygon | MultiPolygon;
}

export interface Drawn<G> {
  properties: NamedProps;
  geometry: G;
  label: Position;
}

export interface ReferenceCity {
  geonameid: number;
  name: string;
  iso3: string;
  capital: boolean;
  /** Natural Earth's scalerank (0 most important) and labelrank. */
  rank: number;
  labelRank: number;
  minZoom: number;
  population: number;
  coordinates: Position;
}

export interface ContextLayers {
  countries: CountryLabel[];
  water: WaterLabel[];
  lakes: Drawn<Polygon | MultiPolygon>[];
  rivers: Drawn<LineString | MultiLineString>[];
  cities: ReferenceCity[];
}

/** True when two boxes overlap, trying `b` shifted by ±360° for boxes across the antimeridian. */
export function overlaps(a: Box, b: readonly number[]): boolean {
  return [-360, 0, 360].some(
    (dx) => b[0] + dx <= a[2] && b[2] + dx >= a[0] && b[1] <= a[3] && b[3] >= a[1],
  );
}

const inBox = (box: Box, [x, y]: Position) => overlaps(box, [x, y, x, y]);

const boxes = new WeakMap<object, number[][]>();
/**
 * One box per polygon or line: a country cut at the antimeridian (the United States with the
 * Aleutians) spans -180..180 as a whole, but none of its parts does.
 */
function boxesOf(g: Area | LineString | MultiLineString): number[][] {
  let b = boxes.get(g);
  if (!b) {
    const parts: (Polygon | LineString)[] =
      g.type === 'MultiPolygon'
        ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
        : g.type === 'MultiLineString'
          ? g.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }))
          : [g];
    boxes.set(g, (b = parts.map((p) => turfBbox(p))));
  }
  return b;
}

const meets = (box: Box, g: Area | LineString | MultiLineString) =>
  boxesOf(g).some((b) => overlaps(box, b));

const labels = new WeakMap<object, Position>();
function labelOf(g: Area): Position {
  let p = labels.get(g);
  if (!p) labels.set(g, (p = labelPoint(g)));
  return p;
}

/** The line's middle vertex: where a river's name can sit. */
function middle(g: LineString | MultiLineString): Position {
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
  return longest[Math.floor(longest.length / 2)];
}

/** Everything a locator map of `box` may show, the most important of each layer first. */
export function contextLayers(box: Box): ContextLayers {
  const x = loadExtract();
  const outlines = countryOutlines();
  const countryLabels = countries()
    .flatMap((c) => {
      const g = outlines.get(c.iso3);
      return g && meets(box, g)
        ? [{ iso3: c.iso3, name: c.name, label: labelOf(g), area: c.area }]
        : [];
    })
    .sort((a, b) => b.area - a.area);
  const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;
  const water = x.marine.features
    .filter((f) => meets(box, f.geometry))
    .map((f) => ({ ...f.properties, label: labelOf(f.geometry), geometry: f.geometry }))
    .sort(byRank);
  const lakes = x.lakes.features
    .filter((f) => meets(box, f.geometry))
    .map((f) => ({ properties: f.properties, geometry: f.geometry, label: labelOf(f.geometry) }))
    .sort((a, b) => byRank(a.properties, b.properties));
  const rivers = x.rivers.features
    .filter((f) => meets(box, f.geometry))
    .map((f) => ({ properties: f.properties, geometry: f.geometry, label: middle(f.geometry) }))
    .sort((a, b) => byRank(a.properties, b.properties));
  const cities = x.places
    .filter((r) => inBox(box, [r[8], r[9]]))
    .map(([geonameid, name, iso3, capital, rank, labelRank, minZoom, population, lng, lat]) => ({
      geonameid,
      name,
      iso3,
      capital: capital === 1,
      rank,
      labelRank,
      minZoom,
      population,
      coordinates: [lng, lat],
    }))
    // Capitals first, then Natural Earth's rank, then the larger.
    .sort((a, b) => +b.capital - +a.capital || a.rank - b.rank || b.population - a.population);
  return { countries: countryLabels, water, lakes, rivers, cities };
}
