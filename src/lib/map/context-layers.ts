/**
 * The locator map's context (server/map-data/locator-context): the countries in view named in spaced grey
 * capitals (placed in each view, geo/view-names), seas and oceans in italic, rivers drawn in a muted blue and named along their
 * course, lakes, reference cities as small grey dots. All of it sits below the story's layers:
 * MapLibre places symbols from the top layer down, so a story label always wins a collision
 * and a context label gives way. No layer here is hit-tested (map/hits), so context takes no
 * clicks.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { contextSetting, contextType, palettes, type Palette, type Scheme } from '../design';
import { FONT, FONT_ITALIC } from './expressions';
import { DETAIL, levelRange, type Level } from './detail-source';

/** A context name's size by its rank (`r`), from the design's scale (design/label-type). */
function sizeByRank(scale: readonly number[]): ExpressionSpecification {
  const cases = scale.slice(0, -1).flatMap((size, r) => [r, size]);
  // MapLibre's type lists match's arms one by one; a spread of them is the same expression.
  return [
    'match',
    ['get', 'r'],
    ...cases,
    scale[scale.length - 1],
  ] as unknown as ExpressionSpecification;
}

/** The countries' and seas' names, placed in each view (components/map/ViewNames). */
export const VIEW_NAMES = 'view-names';

/** The layers whose names the map's description reads out (MapView's "Also on the map"). */
export const CONTEXT_LABEL_LAYERS = [
  'context-country',
  'context-water',
  'context-river-label',
  'context-city-label',
];

const is = (t: string): ExpressionSpecification => ['==', ['get', 't'], t];
/** Shown from the zoom the build gave it (`z`, by Natural Earth's rank and zooms). */
const shown = (t: string): ExpressionSpecification => [
  'all',
  is(t),
  ['>=', ['zoom'], ['get', 'z']],
];
const halo = (colours: Palette) => ({ 'text-halo-color': colours.halo, 'text-halo-width': 1.2 });

/**
 * Fills and lines, drawn under the coast and borders: once over the 1:50m basemap and, when the
 * map has finer detail, once more from the 1:10m tiles drawn in its place past DETAIL_ZOOM
 * (map/detail-source), each in its own zoom range.
 */
export function contextShapes(level?: Level, scheme: Scheme = 'light'): LayerSpecification[] {
  const colours = palettes[scheme];
  // The fine ones are the detail tiles' own, at 1:10m and everywhere (server/map-data/detail-tiles).
  const fine = level === 'fine';
  const source = fine ? { source: DETAIL, 'source-layer': 'water' } : { source: 'basemap' };
  const range = level ? levelRange(level) : {};
  const suffix = fine ? '-fine' : '';
  return [
    {
      id: `context-lake${suffix}`,
      type: 'fill',
      ...source,
      ...range,
      filter: shown('lake'),
      paint: { 'fill-color': colours.water, 'fill-outline-color': colours.coast },
    },
    {
      id: `context-river${suffix}`,
      type: 'line',
      ...source,
      ...range,
      filter: shown('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': colours.contextRiver,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.6],
      },
    },
  ];
}

/**
 * Markers and labels, drawn over the basemap and below every place layer. MapLibre places
 * the top layer's labels first, so the order is the hierarchy of an atlas: countries, then
 * seas, then reference cities, then rivers.
 */
export function contextSymbols(scheme: Scheme = 'light'): LayerSpecification[] {
  const colours = palettes[scheme];
  const city = contextSetting.city;
  return [
    {
      id: 'context-city',
      type: 'circle',
      source: 'basemap',
      filter: shown('city'),
      paint: {
        'circle-radius': ['case', ['has', 'cap'], city.radius.cap, city.radius.other],
        'circle-color': colours.cityDim,
        'circle-stroke-color': colours.markerRing,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'context-river-label',
      type: 'symbol',
      source: 'basemap',
      // A name needs room along the line: one zoom later than the line itself.
      filter: ['all', is('river'), ['>=', ['zoom'], ['+', ['get', 'z'], 1]]],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 250,
        'text-field': ['get', 'name'],
        'text-font': FONT_ITALIC,
        'text-size': contextType.river,
        'text-letter-spacing': contextSetting.river.spacing,
        // Natural Earth's rivers wind: at MapLibre's 45° the Tigris and Euphrates found no
        // stretch straight enough for their names at z5 (measured with queryRenderedFeatures).
        'text-max-angle': 75,
        'symbol-sort-key': ['get', 'r'],
      },
      paint: { 'text-color': colours.waterLabel, ...halo(colours) },
    },
    {
      id: 'context-city-label',
      type: 'symbol',
      source: 'basemap',
      filter: shown('city'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        'text-size': ['case', ['has', 'cap'], contextType.city.capital, contextType.city.other],
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': city.beside,
        'text-justify': 'auto',
        'text-padding': 3,
        // Capitals first, then Natural Earth's rank.
        'symbol-sort-key': ['+', ['get', 'r'], ['case', ['has', 'cap'], 0, city.rankAfterCapitals]],
      },
      paint: { 'text-color': colours.contextCity, ...halo(colours) },
    },
    {
      id: 'context-water',
      type: 'symbol',
      source: VIEW_NAMES,
      filter: is('water'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_ITALIC,
        'text-size': sizeByRank(contextType.water),
        'text-letter-spacing': contextSetting.water.spacing,
        'text-max-width': contextSetting.water.maxEm,
        'text-padding': 6,
        'symbol-sort-key': ['get', 'r'],
      },
      paint: { 'text-color': colours.waterLabel, 'text-opacity': 0.85 },
    },
    {
      id: 'context-country',
      type: 'symbol',
      source: VIEW_NAMES,
      filter: is('country'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        // The largest countries in the largest type, as on an atlas.
        'text-size': sizeByRank(contextType.country),
        'text-transform': 'uppercase',
        'text-letter-spacing': contextSetting.country.spacing,
        'text-max-width': contextSetting.country.maxEm,
        'text-padding': 6,
        'symbol-sort-key': ['get', 'r'],
      },
      paint: { 'text-color': colours.countryLabel, ...halo(colours) },
    },
  ];
}
