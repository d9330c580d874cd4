/**
 * The map style draws every kind of place: it is a valid MapLibre style, each place's shape
 * and label fall into the layers meant for them, and the hit-test layers exist, points and
 * labels above lines above areas (queryRenderedFeatures returns the topmost first).
 */
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Kind } from '../core/kinds';
import { NAME_CONTEXT_LAYER, NAME_DOT_LAYER, NAME_STORY_LAYER } from './name-layers';
import type { Feature, Polygon } from 'geojson';
import type { PlaceProps } from './data';
import { DETAIL, DETAIL_ZOOM } from './detail-source';
import { square } from '../geo/testing';
import { AREA_LAYERS, POINT_LAYERS, buildStyle } from './style';
import { EMPTY_SOURCES } from './sources-fixture';

const style = buildStyle(EMPTY_SOURCES);
const placeLayers = style.layers.filter(
  (l): l is LayerSpecification & { source: string } => 'source' in l && l.source === 'places',
);

/** MapLibre's vector-tile feature types: 1 point, 2 line, 3 polygon. */
const TYPE = { Point: 1, LineString: 2, Polygon: 3 } as const;

/** The ids of the place layers that would draw a feature. */
function layersOf(
  type: keyof typeof TYPE,
  properties: { kind: Kind; role: 'shape' | 'label'; approximate?: boolean; line?: boolean },
): string[] {
  const feature = { type: TYPE[type], properties: { approximate: false, ...properties } };
  return placeLayers
    .filter((l) =>
      featureFilter(
        (l as { filter?: FilterSpecification }).filter,
        `layers[${l.id}].filter`,
      ).filter({ zoom: 3 }, feature),
    )
    .map((l) => l.id);
}

describe('the map style', () => {
  it('is a valid MapLibre style with two tiled sources and the planned names', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(Object.keys(style.sources)).toEqual(['basemap', 'names', 'places']);
  });

  it('draws rivers and routes as cased lines, lakes as areas, landmarks as diamonds', () => {
    expect(layersOf('LineString', { kind: 'water', role: 'shape' })).toEqual([
      'place-line-casing',
      'place-line-water',
    ]);
    expect(layersOf('LineString', { kind: 'route', role: 'shape' })).toEqual([
      'place-line-casing',
      'place-line-route',
    ]);
    expect(layersOf('Polygon', { kind: 'water', role: 'shape' })).toEqual([
      'place-fill',
      'place-outline-water',
    ]);
    expect(layersOf('Point', { kind: 'landmark', role: 'shape' })).toEqual(['place-landmark']);
    expect(layersOf('Point', { kind: 'city', role: 'shape' })).toEqual(['place-city']);
    expect(layersOf('Polygon', { kind: 'country', role: 'shape' })).toEqual([
      'place-fill',
      'place-outline-country',
    ]);
  });

  it('hit-tests points and labels above lines above areas', () => {
    const order = style.layers.map((l) => l.id);
    const at = (id: string) => {
      expect(order).toContain(id);
      return order.indexOf(id);
    };
    const lines = ['place-line-water', 'place-line-route'];
    const points = POINT_LAYERS.filter((id) => !lines.includes(id));
    for (const line of lines) {
      for (const point of points) expect(at(point)).toBeGreaterThan(at(line));
      for (const area of AREA_LAYERS.filter((id) => order.includes(id)))
        expect(at(line)).toBeGreaterThan(at(area));
    }
  });

  it('draws the context below every place layer and hit-tests none of it', () => {
    const order = style.layers.map((l) => l.id);
    const firstPlace = style.layers.findIndex((l) => 'source' in l && l.source === 'places');
    const context = order.filter((id) => id.startsWith('context-'));
    expect(context.length).toBeGreaterThan(0);
    for (const id of context) {
      expect(order.indexOf(id)).toBeLessThan(firstPlace);
      expect([...POINT_LAYERS, ...AREA_LAYERS]).not.toContain(id);
    }
  });

  it('draws the planned names on top of everything, the story’s hit-tested, the context’s not', () => {
    const order = style.layers.map((l) => l.id);
    expect(order.slice(-3)).toEqual([NAME_DOT_LAYER, NAME_CONTEXT_LAYER, NAME_STORY_LAYER]);
    expect(POINT_LAYERS).toContain(NAME_STORY_LAYER);
    expect([...POINT_LAYERS, ...AREA_LAYERS]).not.toContain(NAME_CONTEXT_LAYER);
  });
});

describe('the map style with finer detail (map/detail-source)', () => {
  const unit: Polygon = { type: 'Polygon', coordinates: [square(0, 0)] };
  const place = (id: string, kind: Kind, fine: boolean): Feature<Polygon, PlaceProps> => ({
    type: 'Feature',
    properties: { id, name: id, kind, approximate: false, ...(fine ? { fine: 1 as const } : {}) },
    geometry: unit,
  });
  const detailed = buildStyle({
    ...EMPTY_SOURCES,
    places: {
      type: 'FeatureCollection',
      features: [place('iraq', 'country', true), place('lake', 'water', false)],
    },
    detail: 'https://example.org/data/detail/{z}/{x}/{y}.pbf',
  });
  const layer = (id: string) => {
    const found = detailed.layers.find((l) => l.id === id);
    expect(found, id).toBeDefined();
    return found as LayerSpecification & { source?: string; minzoom?: number; maxzoom?: number };
  };

  it('is a valid style whose detail source is vector tiles from DETAIL_ZOOM on', () => {
    expect(validateStyleMin(detailed)).toEqual([]);
    expect(detailed.sources[DETAIL]).toMatchObject({
      type: 'vector',
      minzoom: DETAIL_ZOOM,
      tiles: ['https://example.org/data/detail/{z}/{x}/{y}.pbf'],
    });
  });

  it('draws the 1:50m basemap below DETAIL_ZOOM and the 1:10m tiles from it, never both', () => {
    for (const id of ['land', 'coast', 'borders', 'context-river', 'context-lake'])
      expect(layer(id).maxzoom).toBe(DETAIL_ZOOM);
    for (const id of ['detail-land', 'detail-coast', 'detail-borders', 'context-river-fine']) {
      expect(layer(id).source).toBe(DETAIL);
      expect(layer(id).minzoom).toBe(DETAIL_ZOOM);
    }
    const order = detailed.layers.map((l) => l.id);
    // Rivers and lakes between the land and the coast, on each level.
    expect(order.indexOf('context-river-fine')).toBeGreaterThan(order.indexOf('detail-land'));
    expect(order.indexOf('context-river-fine')).toBeLessThan(order.indexOf('detail-coast'));
    // Without detail, one basemap at every zoom.
    expect(style.layers.find((l) => l.id === 'land')).not.toHaveProperty('maxzoom');
  });

  it('draws an area made of countries from 1:50m, then 1:10m; any other area at every zoom', () => {
    expect(layer('place-fill-coarse')).toMatchObject({ source: 'places', maxzoom: DETAIL_ZOOM });
    expect(layer('place-outline-country-coarse').maxzoom).toBe(DETAIL_ZOOM);
    expect(layer('place-fill-fine')).toMatchObject({ source: DETAIL, minzoom: DETAIL_ZOOM });
    expect(layer('place-outline-country-fine').minzoom).toBe(DETAIL_ZOOM);
    expect(layer('place-fill').minzoom ?? 0).toBe(0);
    expect(layer('place-fill').maxzoom ?? 24).toBe(24);
    expect(layer('place-outline-water').maxzoom ?? 24).toBe(24);
    // No layer for a set with no area: no fine lake, no plain country.
    const ids = detailed.layers.map((l) => l.id);
    expect(ids).not.toContain('place-outline-water-fine');
    expect(ids).not.toContain('place-outline-country');
  });
});
