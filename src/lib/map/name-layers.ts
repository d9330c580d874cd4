/**
 * The map's names, as the label planner placed them (labels/plan; components/map/PlannedNames
 * plans them each time the camera comes to rest): one GeoJSON source of planned names and city
 * dots, drawn exactly as planned. Each name is set where the planner put it (centred on its
 * point plus its offset, turned by its angle, its lines already broken), and MapLibre drops
 * none and moves none (overlap allowed, placement ignored): the planner already kept every name
 * clear of the others, of the markers, of the controls and of the map's edges. During a move the
 * names travel with the map; at rest they are planned again for the new view.
 *
 * Each name's point is the middle of its text as planned: a GeoJSON source cannot carry an
 * offset. A story name carries its place's id for feature state (highlight, hover, dim, selection: map/
 * highlights through map/detail-source `setPlaceState`), and its places (`members`) for hits.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { contextSetting, palettes, type Scheme } from '../design';
import { FONT, FONT_ITALIC, byState } from './expressions';

/** The source of the planned names. */
export const NAMES = 'names';
/** The story's names, for hits and the map's description. */
export const NAME_STORY_LAYER = 'names-story';
/** The context's names (countries, seas, rivers, reference cities). */
export const NAME_CONTEXT_LAYER = 'names-context';
/** The dots of the reference cities named. */
export const NAME_DOT_LAYER = 'names-city';
/** Every layer of names, the story's first: what the map's description reads. */
export const NAME_LAYERS = [NAME_STORY_LAYER, NAME_CONTEXT_LAYER];

export const namesSource = (): SourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
  // A story name's place id, for its feature state; context names have none.
  promoteId: 'id',
});

const is = (t: string): ExpressionSpecification => ['==', ['get', 't'], t];

/** Set as planned: no wrapping, no collision, no shift. */
const planned: SymbolLayerSpecification['layout'] = {
  'text-field': ['get', 'text'],
  'text-font': [
    'case',
    ['get', 'italic'],
    ['literal', FONT_ITALIC],
    ['literal', FONT],
  ] as ExpressionSpecification,
  'text-size': ['get', 'size'],
  'text-letter-spacing': ['get', 'spacing'],
  'text-rotate': ['get', 'angle'],
  'text-anchor': 'center',
  'text-justify': 'center',
  // The planner broke the lines (labels/measure); "\n" is all MapLibre breaks at.
  'text-max-width': 1000,
  'text-rotation-alignment': 'viewport',
  'text-allow-overlap': true,
  'text-ignore-placement': true,
};

export function nameLayers(scheme: Scheme = 'light'): LayerSpecification[] {
  const colours = palettes[scheme];
  const { radius } = contextSetting.city;
  const storyInk: ExpressionSpecification = [
    'case',
    ['get', 'italic'],
    colours.waterLabel,
    colours.label,
  ];
  return [
    {
      id: NAME_DOT_LAYER,
      type: 'circle',
      source: NAMES,
      filter: is('dot'),
      paint: {
        'circle-radius': ['case', ['get', 'cap'], radius.cap, radius.other],
        'circle-color': colours.cityDim,
        'circle-stroke-color': colours.markerRing,
        'circle-stroke-width': 1,
      },
    },
    {
      id: NAME_CONTEXT_LAYER,
      type: 'symbol',
      source: NAMES,
      filter: ['all', ['!=', ['get', 't'], 'story'], ['!=', ['get', 't'], 'dot']],
      layout: planned,
      paint: {
        'text-color': [
          'match',
          ['get', 't'],
          'country',
          colours.countryLabel,
          'city',
          colours.contextCity,
          colours.waterLabel,
        ],
        'text-opacity': ['match', ['get', 't'], 'water', 0.85, 1],
        'text-halo-color': colours.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: NAME_STORY_LAYER,
      type: 'symbol',
      source: NAMES,
      filter: is('story'),
      layout: planned,
      paint: {
        'text-color': byState(colours.accent, storyInk, colours.labelDim, storyInk),
        'text-halo-color': colours.halo,
        'text-halo-width': 1.6,
        'text-opacity': byState(1, 1, 0.6, 0.95),
      },
    },
  ];
}
