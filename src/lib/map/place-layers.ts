/**
 * The story's places on the map, drawn by kind from the `places` source (shapes and label
 * points): area fills and outlines, rivers and routes as cased lines, cities and landmarks as
 * markers, and the labels. Highlighting is by feature-state (`hl`, `dim`, `hover`, `selected`).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { KINDS, type Kind } from '../core/kinds';
import { DETAIL, levelRange } from './detail-source';
import { colours, highlighted, kindColour, kindDash, rest, restOutline } from '../design';
import {
  FONT,
  byState,
  isApproximate,
  isArea,
  isKind,
  isLine,
  isPoint,
  isShape,
  kindMatch,
} from './expressions';
import { STORY_LABEL_LAYERS, labelLayers } from './label-layers';
import { edgeSpace, markerSpace } from './blank-space';

/**
 * A landmark's marker: a black diamond (U+25C6) drawn as text in the local font, ringed by
 * the text halo as a city's dot is by its stroke. A glyph needs no image, so no sprite request
 * and nothing to add at runtime; every font the stack falls back to has it (DejaVu, Arial
 * Unicode, Segoe UI Symbol, Apple Symbols).
 */
const DIAMOND = '\u25c6';
/** The diamond's em size: its diagonal then is about twice `rest.landmarkRadius`. */
const DIAMOND_SIZE = 17;

/** Layers a click or hover can hit within a finger's width: points and labels, then lines. */
export const POINT_LAYERS = [
  'place-city',
  'place-landmark',
  'place-approximate',
  ...STORY_LABEL_LAYERS,
  'place-line-water',
  'place-line-route',
];
/** Layers hit only under the pointer: the areas (a style has those of its sets, see below). */
export const AREA_LAYERS = ['place-fill', 'place-fill-coarse', 'place-fill-fine'];

/** Every kind a polygon may have; cities and landmarks are points. */
const AREA_KINDS = KINDS.filter((k) => k !== 'city' && k !== 'landmark');

/**
 * Which areas the map has: without finer detail, one set of area layers for every kind. With
 * it (map/detail-source), the areas made of whole countries (`fine`) are drawn from the 1:50m shapes
 * below DETAIL_ZOOM and from the 1:10m tiles past it, so that their outlines meet the borders
 * drawn at each zoom; any other area keeps its one shape at every zoom. A set with no area is
 * left out of the style.
 */
export interface AreaKinds {
  plain: readonly Kind[];
  fine: readonly Kind[];
}

const hasFine: ExpressionSpecification = ['has', 'fine'];

function areaSets(areas: AreaKinds | undefined): LayerSpecification[] {
  const shapes: ExpressionSpecification = ['all', isShape, isArea];
  if (!areas)
    return areaLayers({
      suffix: '',
      kinds: AREA_KINDS,
      source: { source: 'places' },
      fill: shapes,
      outline: shapes,
    });
  const plain: ExpressionSpecification = ['all', isShape, isArea, ['!', hasFine]];
  const coarse: ExpressionSpecification = ['all', isShape, isArea, hasFine];
  const role = (r: string): ExpressionSpecification => ['==', ['get', 'r'], r];
  const sets: AreaSet[] = [
    { suffix: '', kinds: areas.plain, source: { source: 'places' }, fill: plain, outline: plain },
    {
      suffix: '-coarse',
      kinds: areas.fine,
      source: { source: 'places', ...levelRange('coarse') },
      fill: coarse,
      outline: coarse,
    },
    {
      suffix: '-fine',
      kinds: areas.fine,
      source: { source: DETAIL, 'source-layer': 'places', ...levelRange('fine') },
      fill: role('f'),
      outline: role('o'),
    },
  ];
  return sets.filter((s) => s.kinds.length).flatMap(areaLayers);
}

/**
 * Where a set of area layers reads its shapes: the `places` source (1:50m), or the detail
 * tiles' `places` layer (1:10m, map/detail-source), with a zoom range when the two take turns.
 */
interface AreaSet {
  suffix: string;
  /** The kinds whose outlines are drawn (a layer per kind). */
  kinds: readonly Kind[];
  source: { source: string; 'source-layer'?: string; minzoom?: number; maxzoom?: number };
  fill: ExpressionSpecification;
  outline: ExpressionSpecification;
}

function areaLayers({
  suffix,
  kinds,
  source,
  fill: fillFilter,
  outline,
}: AreaSet): LayerSpecification[] {
  const fill: LayerSpecification = {
    id: `place-fill${suffix}`,
    type: 'fill',
    ...source,
    filter: fillFilter,
    paint: {
      'fill-color': byState(colours.accent, kindMatch(kindColour), kindMatch(kindColour), [
        'match',
        ['get', 'kind'],
        'water',
        colours.waterFill,
        kindMatch(kindColour),
      ]),
      // Outlines of every kind are drawn over the edge, as for the land.
      'fill-antialias': false,
      // Overlapping regions add up, so only countries and water (a lake must show) are tinted
      // at rest.
      'fill-opacity': byState(0.14, 0.12, 0, [
        'match',
        ['get', 'kind'],
        'country',
        rest.countryFillOpacity,
        'water',
        rest.waterFillOpacity,
        0,
      ]),
    },
  };
  const outlines = kinds.map((k): LayerSpecification => ({
    id: `place-outline-${k}${suffix}`,
    type: 'line',
    ...source,
    filter: ['all', outline, isKind(k)],
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
  }));
  return [fill, ...outlines];
}

/** Line widths by state: highlighted, hovered, dimmed, at rest. */
const LINE_WIDTH: [number, number, number, number] = [3.4, 3, 1.4, rest.lineWidth];

/**
 * Rivers and routes: a white casing so that they read over borders and coasts, then the line.
 * Rivers are solid in the water colour, routes dashed in theirs (a line of any other kind is
 * drawn as a route, in its own colour).
 */
function lineLayers(): LayerSpecification[] {
  const casing = 2 * rest.lineCasing;
  const shared = (filter: ExpressionSpecification) => ({
    type: 'line' as const,
    source: 'places',
    filter: ['all', isShape, isLine, filter] as ExpressionSpecification,
  });
  return [
    {
      id: 'place-line-casing',
      ...shared(['literal', true]),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': colours.markerRing,
        'line-width': byState(...(LINE_WIDTH.map((w) => w + casing) as typeof LINE_WIDTH)),
        'line-opacity': byState(0.95, 0.9, 0.4, 0.85),
      },
    },
    {
      id: 'place-line-water',
      ...shared(isKind('water')),
      // A handful of lines: round joins cost nothing here and keep a river's bends smooth.
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': byState(colours.accent, kindColour.water, kindColour.water, kindColour.water),
        'line-width': byState(...LINE_WIDTH),
        'line-opacity': byState(1, 1, 0.35, 1),
      },
    },
    {
      id: 'place-line-route',
      ...shared(['!', isKind('water')]),
      layout: { 'line-join': 'round', 'line-cap': 'butt' },
      paint: {
        'line-color': byState(
          colours.accent,
          kindMatch(kindColour),
          kindMatch(kindColour),
          kindMatch(kindColour),
        ),
        'line-width': byState(...LINE_WIDTH),
        'line-opacity': byState(1, 1, 0.35, 1),
        'line-dasharray': ['literal', kindDash.route ?? [1, 0]],
      },
    },
  ];
}

function pointLayers(): LayerSpecification[] {
  const notLandmark: ExpressionSpecification = ['!', isKind('landmark')];
  return [
    {
      id: 'place-approximate',
      type: 'circle',
      source: 'places',
      filter: ['all', isShape, isPoint, isApproximate],
      paint: {
        'circle-radius': byState(highlighted.approximateRadius, 10, 8, rest.approximateRadius),
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
      filter: ['all', isShape, isPoint, ['!', isApproximate], notLandmark],
      paint: {
        'circle-radius': byState(highlighted.cityRadius, 6.5, 4, rest.cityRadius),
        'circle-color': byState(colours.accent, kindColour.city, colours.cityDim, kindColour.city),
        'circle-stroke-width': rest.markerStroke,
        'circle-stroke-color': colours.markerRing,
      },
    },
    {
      id: 'place-landmark',
      type: 'symbol',
      source: 'places',
      filter: ['all', isShape, isPoint, ['!', isApproximate], isKind('landmark')],
      layout: {
        'text-field': DIAMOND,
        'text-font': FONT,
        'text-size': DIAMOND_SIZE,
        // A marker, not a label: always drawn, and never in the way of a label.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'text-rotation-alignment': 'viewport',
      },
      paint: {
        'text-color': byState(
          colours.accent,
          kindColour.landmark,
          colours.cityDim,
          kindColour.landmark,
        ),
        'text-halo-color': colours.markerRing,
        // The halo grows with the highlight, as a city's dot does (text-size cannot follow
        // feature-state).
        'text-halo-width': byState(2.6, 2.2, 1.2, rest.markerStroke),
      },
    },
  ];
}

/**
 * Every layer of the story's places, bottom to top: areas, lines, markers, labels, and the
 * room the markers and the map's edges keep from the labels (placed first, being on top).
 * `areas` when the map has finer detail (see AreaKinds).
 */
export function placeLayers(areas?: AreaKinds): LayerSpecification[] {
  return [
    ...areaSets(areas),
    ...lineLayers(),
    ...pointLayers(),
    ...labelLayers(),
    markerSpace(),
    edgeSpace(),
  ];
}
