/**
 * The story's places on the map, drawn by kind from the `places` source (shapes and label
 * points): area fills and outlines, rivers and routes as cased lines, cities and landmarks as
 * markers, and the labels. Highlighting is by feature-state (`hl`, `dim`, `hover`, `selected`).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { highlighted, kindColours, kindDash, palettes, rest, type Scheme } from '../design';
import {
  FONT,
  byState,
  isApproximate,
  isKind,
  isLine,
  isPoint,
  isShape,
  kindMatch,
} from './expressions';
import { NAME_STORY_LAYER, nameLayers } from './name-layers';
import { areaSets, type AreaKinds } from './area-layers';

export { AREA_LAYERS, type AreaKinds } from './area-layers';

/**
 * A landmark's marker: a black diamond (U+25C6) drawn as text in the local font, ringed by
 * the text halo as a city's dot is by its stroke. A glyph needs no image, so no sprite request
 * and nothing to add at runtime; every font the stack falls back to has it (DejaVu, Arial
 * Unicode, Segoe UI Symbol, Apple Symbols).
 */
export const DIAMOND = '\u25c6';
/** The diamond's em size: its diagonal then is about twice `rest.landmarkRadius`. */
const DIAMOND_SIZE = 17;

/** Layers a click or hover can hit within a finger's width: points and labels, then lines. */
export const POINT_LAYERS = [
  'place-city',
  'place-landmark',
  'place-approximate',
  NAME_STORY_LAYER,
  'place-line-water',
  'place-line-route',
];

/** Line widths by state: highlighted, hovered, dimmed, at rest. */
const LINE_WIDTH: [number, number, number, number] = [3.4, 3, 1.4, rest.lineWidth];

/**
 * Rivers and routes: a white casing so that they read over borders and coasts, then the line.
 * Rivers are solid in the water colour, routes dashed in theirs (a line of any other kind is
 * drawn as a route, in its own colour).
 */
function lineLayers(scheme: Scheme): LayerSpecification[] {
  const colours = palettes[scheme];
  const kindColour = kindColours[scheme];
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

function pointLayers(scheme: Scheme): LayerSpecification[] {
  const colours = palettes[scheme];
  const kindColour = kindColours[scheme];
  const notLandmark: ExpressionSpecification = ['!', isKind('landmark')];
  return [
    {
      id: 'place-approximate',
      type: 'circle',
      source: 'places',
      filter: ['all', isShape, isPoint, isApproximate],
      paint: {
        'circle-radius': byState(highlighted.approximateRadius, 10, 8, rest.approximateRadius),
        // A veil of the marker ring's colour (white, or the night's ground) inside the ring.
        'circle-color': colours.markerRing,
        'circle-opacity': rest.approximateFillOpacity,
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
export function placeLayers(areas?: AreaKinds, scheme: Scheme = 'light'): LayerSpecification[] {
  return [
    ...areaSets(areas, scheme),
    ...lineLayers(scheme),
    ...pointLayers(scheme),
    ...nameLayers(scheme),
  ];
}
