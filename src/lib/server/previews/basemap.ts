/**
 * The previews' basemap: the site's countries for land, borders and coast.
 */
import type { GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { mesh } from 'topojson-client';
import type { Rect } from '../../core/framing';
import { forD3, polygonsOf } from '../../geo/polygons';
import { colours } from '../../design';
import { countriesTopology, countryFeatures } from '../gazetteer/natural-earth';
import { pathOf } from './projection';

export interface Basemap {
  land: FeatureCollection<MultiPolygon>;
  borders: MultiLineString;
  coast: MultiLineString;
}

let basemapCache: Basemap | undefined;

/**
 * The basemap: the site's countries (Natural Earth, simplified, cut at the antimeridian) for
 * the land, and their shared arcs for borders and coast, drawn as lines so that the cut never
 * shows. Built once per process.
 */
export function loadBasemap(): Basemap {
  if (basemapCache) return basemapCache;
  const countries = countryFeatures();
  const topo = countriesTopology();
  const land: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: countries.map((f): Feature<MultiPolygon> => ({
      type: 'Feature',
      properties: {},
      geometry: forD3(polygonsOf(f.geometry)),
    })),
  };
  basemapCache = {
    land,
    borders: mesh(topo, topo.objects.countries, (a, b) => a !== b),
    coast: mesh(topo, topo.objects.countries, (a, b) => a === b),
  };
  return basemapCache;
}

/**
 * Water, land, coast and borders, drawn over the map panel; `under` between the land and the
 * coast, as the map draws its lakes and rivers (map/context-layers).
 */
export function basemapSvg(
  projection: GeoProjection,
  basemap: Basemap,
  panel: Rect,
  under = '',
): string {
  const path = pathOf(projection);
  const { left, top, right, bottom } = panel;
  return [
    `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" fill="${colours.water}"/>`,
    `<path d="${path(basemap.land) ?? ''}" fill="${colours.land}"/>`,
    under,
    `<path d="${path(basemap.coast) ?? ''}" fill="none" stroke="${colours.coast}" stroke-width="0.8" stroke-linejoin="round"/>`,
    `<path d="${path(basemap.borders) ?? ''}" fill="none" stroke="${colours.border}" stroke-width="0.9" stroke-linejoin="round"/>`,
  ].join('');
}
