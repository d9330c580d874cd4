/**
 * The map style: an offline basemap from Natural Earth and the story's places, drawn by kind.
 * No `glyphs` URL: MapLibre draws labels with local fonts, so no request leaves the origin.
 * Highlighting is by feature-state (`hl`, `dim`, `hover`, `selected`), never by new sources.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { MapSources } from './data';
import { KINDS, type Kind } from '../core/kinds';
import { colours, kindColour, kindDash, rest, restOutline } from '../tokens';

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Picks a value by the place's state: selected or highlighted, hovered, dimmed, or at rest. */
function byState(
  on: unknown,
  hover: unknown,
  dim: unknown,
  rest: unknown,
): ExpressionSpecification {
  return [
    'case',
    ['any', state('selected'), state('hl')],
    on,
    state('hover'),
    hover,
    state('dim'),
    dim,
    rest,
  ] as unknown as ExpressionSpecification;
}

const kindMatch = (values: Record<Kind, string | number>): ExpressionSpecification =>
  [
    'match',
    ['get', 'kind'],
    ...KINDS.flatMap((k) => [k, values[k]]),
    values.city,
  ] as unknown as ExpressionSpecification;

/** Layers a click or hover can hit, points and labels before areas. */
export const POINT_LAYERS = ['place-city', 'place-approximate', 'label-point', 'label-area'];
export const AREA_LAYERS = ['place-fill'];

const SOURCE_MAXZOOM = 6;
/**
 * Simplification while tiling, in screen pixels at the tile's own zoom (MapLibre's default is
 * 0.375). At 1 px the outlines look the same, and a frame costs about 30% less where WebGL runs
 * on the CPU (measured with every layer on, world view at 1280x800: 118 ms to 85 ms).
 */
const TOLERANCE = 1;

/** A GeoJSON source tiled no deeper than SOURCE_MAXZOOM, simplified by TOLERANCE. */
const tiled = (data: GeoJSON.FeatureCollection, promoteId?: string): SourceSpecification => ({
  type: 'geojson',
  data,
  maxzoom: SOURCE_MAXZOOM,
  tolerance: TOLERANCE,
  ...(promoteId ? { promoteId } : {}),
});

/** Local fonts in order of preference; MapLibre resolves them with CSS font matching. */
const FONT = ['Helvetica Neue', 'Arial', 'DejaVu Sans', 'sans-serif'];

export function buildStyle(sources: MapSources): StyleSpecification {
  const isArea: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];
  const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
  const isShape: ExpressionSpecification = ['==', ['get', 'role'], 'shape'];
  const isLabel: ExpressionSpecification = ['==', ['get', 'role'], 'label'];
  const basemap = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];
  const outlines: LayerSpecification[] = KINDS.filter((k) => k !== 'city').map((k) => ({
    id: `place-outline-${k}`,
    type: 'line',
    source: 'places',
    filter: ['all', isArea, ['==', ['get', 'kind'], k]],
    // Miter joins: round ones add triangles at every vertex and show no difference at these
    // widths (about 20% of a software-drawn frame).
    layout: { 'line-join': 'miter', 'line-cap': k === 'concept' ? 'round' : 'butt' },
    paint: {
      'line-color': byState(colours.accent, kindColour[k], kindColour[k], kindColour[k]),
      // At rest, the large areas (regions, the historical state, the concept) stay quiet so
      // that a world view is not a tangle of overlapping outlines.
      'line-width': byState(2.6, 2.2, 0.7, restOutline(k).width),
      'line-opacity': byState(1, 1, 0.3, restOutline(k).opacity),
      ...(kindDash[k] ? { 'line-dasharray': ['literal', kindDash[k]] } : {}),
    },
  })) as LayerSpecification[];

  const isPointLabel: ExpressionSpecification = [
    'any',
    ['==', ['get', 'kind'], 'city'],
    ['==', ['get', 'approximate'], true],
  ];
  const labelPaint = {
    'text-color': byState(colours.accent, colours.label, colours.labelDim, colours.label),
    'text-halo-color': colours.halo,
    'text-halo-width': 1.6,
    'text-opacity': byState(1, 1, 0.6, 0.95),
  };
  const areaLabels: LayerSpecification = {
    id: 'label-area',
    type: 'symbol',
    source: 'places',
    filter: ['all', isLabel, ['!', isPointLabel]],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': ['match', ['get', 'kind'], 'country', 12.5, 11.5],
      'text-transform': ['match', ['get', 'kind'], ['region', 'concept'], 'uppercase', 'none'],
      'text-letter-spacing': ['match', ['get', 'kind'], ['region', 'concept'], 0.08, 0.02],
      'text-max-width': 8,
      'text-padding': 4,
      'symbol-sort-key': ['match', ['get', 'kind'], 'country', 0, 'historical', 2, 1],
    },
    paint: labelPaint,
  };
  const pointLabels: LayerSpecification = {
    id: 'label-point',
    type: 'symbol',
    source: 'places',
    filter: ['all', isLabel, isPointLabel],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': 13,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.9,
      'text-justify': 'auto',
      'text-padding': 2,
    },
    paint: labelPaint,
  };

  return {
    version: 8,
    // Two sources, so that each tile is cut, sent and cached once for the basemap and once for
    // the places (five sources made a loading map draw twice as many frames). Tiled no deeper
    // than z6: the data is 1:50m, so deeper tiles only cost worker time and cache memory;
    // MapLibre overzooms z6 tiles beyond that.
    sources: {
      basemap: tiled({
        type: 'FeatureCollection',
        features: [
          ...sources.land.features.map((f) => ({ ...f, properties: { layer: 'land' } })),
          { type: 'Feature', properties: { layer: 'border' }, geometry: sources.borders },
          { type: 'Feature', properties: { layer: 'coast' }, geometry: sources.coast },
        ],
      }),
      // Shapes and label points share their place's id, so one feature-state call highlights
      // both.
      places: tiled(
        {
          type: 'FeatureCollection',
          features: [
            ...sources.places.features.map((f) => ({
              ...f,
              properties: { ...f.properties, role: 'shape' },
            })),
            ...sources.labels.features.map((f) => ({
              ...f,
              properties: { ...f.properties, role: 'label' },
            })),
          ],
        },
        'id',
      ),
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': colours.water } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        filter: basemap('land'),
        // The coastline is drawn over the edge, so the fill needs no antialiased outline of its
        // own: a second pass over every vertex of the world, and one shader program less.
        paint: { 'fill-color': colours.land, 'fill-antialias': false },
      },
      {
        id: 'coast',
        type: 'line',
        source: 'basemap',
        filter: basemap('coast'),
        paint: { 'line-color': colours.coast, 'line-width': rest.coastWidth },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'basemap',
        filter: basemap('border'),
        paint: {
          'line-color': colours.border,
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            1,
            rest.borderWidth.z1,
            6,
            rest.borderWidth.z6,
          ],
        },
      },
      {
        id: 'place-fill',
        type: 'fill',
        source: 'places',
        filter: isArea,
        paint: {
          'fill-color': byState(
            colours.accent,
            kindMatch(kindColour),
            kindMatch(kindColour),
            kindMatch(kindColour),
          ),
          // Outlines of every kind are drawn over the edge, as for the land.
          'fill-antialias': false,
          // Overlapping regions add up, so only countries are tinted at rest.
          'fill-opacity': byState(0.14, 0.12, 0, [
            'match',
            ['get', 'kind'],
            'country',
            rest.countryFillOpacity,
            0,
          ] as unknown as ExpressionSpecification),
        },
      },
      ...outlines,
      {
        id: 'place-approximate',
        type: 'circle',
        source: 'places',
        filter: ['all', isShape, isPoint, ['==', ['get', 'approximate'], true]],
        paint: {
          'circle-radius': byState(11, 10, 8, rest.approximateRadius),
          'circle-color': `rgba(255,255,255,${rest.approximateFillOpacity})`,
          'circle-stroke-width': byState(2.5, 2.2, 1, rest.markerStroke),
          'circle-stroke-color': byState(
            colours.accent,
            kindColour.region,
            kindColour.region,
            kindColour.region,
          ),
          'circle-stroke-opacity': byState(1, 1, 0.4, 1),
        },
      },
      {
        id: 'place-city',
        type: 'circle',
        source: 'places',
        filter: ['all', isShape, isPoint, ['!=', ['get', 'approximate'], true]],
        paint: {
          'circle-radius': byState(7, 6.5, 4, rest.cityRadius),
          'circle-color': byState(
            colours.accent,
            kindColour.city,
            colours.cityDim,
            kindColour.city,
          ),
          'circle-stroke-width': rest.markerStroke,
          'circle-stroke-color': colours.markerRing,
        },
      },
      areaLabels,
      pointLabels,
    ],
  };
}
