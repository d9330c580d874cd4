/**
 * The labels of the story's places, from their label points: areas, seas and lakes in italic,
 * rivers and routes beside the middle of their course, cities and landmarks beside their marker.
 *
 * Each layer comes twice: the labels of the places in focus in a `-focus` copy above all the
 * others, the rest below. MapLibre places labels layer by layer from the top, and a dimmed
 * city's label would otherwise hide the country the paragraph is about (Dabiq's over Syria's
 * at the world view); feature state cannot order labels, so Highlights moves the focus from
 * one copy to the other with `focusFilters`.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { colours } from '../tokens';
import { FONT, FONT_ITALIC, byState, isApproximate, isKind, isLabel, onLine } from './expressions';

/**
 * Where an area's name may go, tried in order (text-variable-anchor-offset, in ems): centred,
 * half an em beside its point each way, then farther above, below and beside it. The last
 * ones keep a focused region named beside a focused country whose name holds its middle
 * (West Asia beside Iraq and Syria).
 */
const AREA_ANCHORS: ExpressionSpecification = [
  'literal',
  [
    'center',
    [0, 0],
    'top',
    [0, 0.5],
    'bottom',
    [0, -0.5],
    'left',
    [0.5, 0],
    'right',
    [-0.5, 0],
    'top-left',
    [0.35, 0.35],
    'top-right',
    [-0.35, 0.35],
    'bottom-left',
    [0.35, -0.35],
    'bottom-right',
    [-0.35, -0.35],
    'top',
    [0, 1.6],
    'bottom',
    [0, -1.6],
    'left',
    [2, 0],
    'right',
    [-2, 0],
  ],
];

/**
 * A region's or a concept's name may go farther still (3 em above or below it, 3.5 em
 * beside): such areas span continents, so the name still reads as theirs, and their label
 * point may hold a focused place's marker (Asia's is in Kashmir).
 */
const WIDE_AREA_ANCHORS: ExpressionSpecification = [
  'literal',
  [
    ...(AREA_ANCHORS[1] as unknown[]),
    'top',
    [0, 3],
    'bottom',
    [0, -3],
    'left',
    [3.5, 0],
    'right',
    [-3.5, 0],
  ],
];

/** The story's label layers as the style first has them (nothing in focus). */
function baseLabelLayers(): (LayerSpecification & { type: 'symbol' })[] {
  const paint = (ink: string | ExpressionSpecification) => ({
    'text-color': byState(colours.accent, ink, colours.labelDim, ink),
    'text-halo-color': colours.halo,
    'text-halo-width': 1.6,
    'text-opacity': byState(1, 1, 0.6, 0.95),
  });
  const isPointLabel: ExpressionSpecification = [
    'any',
    isKind('city'),
    isKind('landmark'),
    isApproximate,
  ];
  const beside = {
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'] as (
      'left' | 'right' | 'top' | 'bottom'
    )[],
    'text-justify': 'auto' as const,
    'text-padding': 2,
  };
  return [
    {
      id: 'label-area',
      type: 'symbol',
      source: 'places',
      filter: ['all', isLabel, ['!', isPointLabel], ['!', onLine], ['!', isKind('water')]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        'text-size': ['match', ['get', 'kind'], 'country', 12.5, 11.5],
        'text-transform': ['match', ['get', 'kind'], ['region', 'concept'], 'uppercase', 'none'],
        'text-letter-spacing': ['match', ['get', 'kind'], ['region', 'concept'], 0.08, 0.02],
        'text-max-width': 8,
        'text-padding': 4,
        // Centred on the area; where that would collide (Syria beside Iraq at the world
        // view), just above, below or beside it, then a little farther off (a large area has
        // room), rather than dropped.
        'text-variable-anchor-offset': [
          'match',
          ['get', 'kind'],
          ['region', 'concept'],
          WIDE_AREA_ANCHORS,
          AREA_ANCHORS,
        ],
        'symbol-sort-key': ['match', ['get', 'kind'], 'country', 0, 'historical', 2, 1],
      },
      paint: paint(colours.label),
    },
    {
      // Seas and lakes: italic blue, spaced out, centred on the water.
      id: 'label-water',
      type: 'symbol',
      source: 'places',
      filter: ['all', isLabel, isKind('water'), ['!', onLine], ['!', isApproximate]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_ITALIC,
        'text-size': 12,
        'text-letter-spacing': 0.1,
        'text-max-width': 7,
        'text-padding': 4,
      },
      paint: paint(colours.waterLabel),
    },
    {
      // Rivers and routes: named beside the middle of their course (the label point is on
      // the line), rivers in italic blue as on any atlas.
      id: 'label-line',
      type: 'symbol',
      source: 'places',
      filter: ['all', isLabel, onLine],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [
          'case',
          isKind('water'),
          ['literal', FONT_ITALIC],
          ['literal', FONT],
        ] as ExpressionSpecification,
        'text-size': 12.5,
        'text-radial-offset': 0.7,
        ...beside,
      },
      paint: paint([
        'case',
        isKind('water'),
        colours.waterLabel,
        colours.label,
      ] as ExpressionSpecification),
    },
    {
      id: 'label-point',
      type: 'symbol',
      source: 'places',
      filter: ['all', isLabel, isPointLabel, ['!', onLine]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT,
        'text-size': 13,
        'text-radial-offset': 0.9,
        ...beside,
      },
      paint: paint(colours.label),
    },
  ];
}

/** The base label layers' ids, top first; each has a `-focus` copy (see above). */
export const LABEL_LAYERS = ['label-point', 'label-line', 'label-water', 'label-area'] as const;
export type LabelLayer = (typeof LABEL_LAYERS)[number];
const focusCopy = (id: string) => `${id}-focus`;
/** Close story points named together (geo/groups), just below the focus. */
export const GROUP_LABEL_LAYER = 'label-group';
/** Every story label layer, top first, for hit-testing and the map's description. */
export const STORY_LABEL_LAYERS = [
  ...LABEL_LAYERS.map(focusCopy),
  GROUP_LABEL_LAYER,
  ...LABEL_LAYERS,
];

/**
 * A point in a group is named on its own from the zoom its group parts (`zs`, geo/groups),
 * unless it is in focus; the group's name fills the zooms in between.
 */
const ownZoom: ExpressionSpecification = ['>=', ['zoom'], ['coalesce', ['get', 'zs'], 0]];

function groupLayer(): LayerSpecification {
  return {
    id: GROUP_LABEL_LAYER,
    type: 'symbol',
    source: 'places',
    filter: [
      'all',
      ['==', ['get', 'role'], 'group'],
      ['>=', ['zoom'], ['get', 'gf']],
      ['<', ['zoom'], ['get', 'gu']],
    ],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': 13,
      'text-radial-offset': 0.9,
      'text-max-width': 7,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-justify': 'auto',
      'text-padding': 2,
    },
    paint: {
      'text-color': byState(colours.accent, colours.label, colours.labelDim, colours.label),
      'text-halo-color': colours.halo,
      'text-halo-width': 1.6,
      'text-opacity': byState(1, 1, 0.6, 0.95),
    },
  };
}

const inFocus = (focus: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', 'id'],
  ['literal', [...focus]],
];

/** Each base layer's own filter, by id. */
const BASE = new Map(baseLabelLayers().map((l) => [l.id, l.filter as ExpressionSpecification]));

/** The filters of a label layer and of its `-focus` copy for `focus`. */
export function focusFilters(
  id: LabelLayer,
  focus: readonly string[],
): [string, ExpressionSpecification][] {
  const base = BASE.get(id)!;
  return [
    [id, ['all', base, ['!', inFocus(focus)], ownZoom]],
    [focusCopy(id), ['all', base, inFocus(focus)]],
  ];
}

export function labelLayers(): LayerSpecification[] {
  const layers = baseLabelLayers();
  const rest = layers.map((l) => ({ ...l, filter: focusFilters(l.id as LabelLayer, [])[0][1] }));
  // Top first in LABEL_LAYERS; a style lists layers bottom first.
  const focused = [...LABEL_LAYERS].reverse().map((id) => {
    const l = layers.find((x) => x.id === id)!;
    return { ...l, id: focusCopy(id), filter: focusFilters(id, [])[1][1] };
  });
  return [...rest, groupLayer(), ...focused];
}
