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
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { colours, rest } from '../tokens';
import { FONT, FONT_ITALIC, byState, isApproximate, isKind, isLabel, onLine } from './expressions';

/**
 * The room each marker takes at rest, in px from its centre (its radius and ring): no name is
 * set over a place's dot or ring (map/place-layers keeps it clear; the stills too).
 */
export const markerRoom = (approximate: boolean) =>
  (approximate ? rest.approximateRadius : rest.cityRadius) + rest.markerStroke;

/**
 * The clear space between a marker's room and its name, px: more than the stills' Placer
 * keeps between boxes (3 px) and MapLibre's text-padding (2 px).
 */
const NAME_GAP = 4;
/** The size of a point's name, px. */
export const POINT_TEXT_SIZE = 13;

/**
 * How far a point's name sits from its marker's centre (text-radial-offset, ems): a city's
 * 0.9 em clears its dot; an approximate place's clears its wider ring.
 */
export const POINT_OFFSET = {
  city: 0.9,
  approximate: Math.max(0.9, (markerRoom(true) + NAME_GAP) / POINT_TEXT_SIZE),
} as const;

/** A text anchor and its offset in ems (MapLibre's text-variable-anchor-offset pairs). */
export type AnchorOffset = [
  (
    | 'center'
    | 'top'
    | 'bottom'
    | 'left'
    | 'right'
    | 'top-left'
    | 'top-right'
    | 'bottom-left'
    | 'bottom-right'
  ),
  [number, number],
];

/**
 * Where an area's name may go, tried in order: centred, then half an em beside its point each
 * way. Every area name at rest; the stills place theirs the same way (server/story-labels).
 */
export const NEAR_AREA_ANCHORS: AnchorOffset[] = [
  ['center', [0, 0]],
  ['top', [0, 0.5]],
  ['bottom', [0, -0.5]],
  ['left', [0.5, 0]],
  ['right', [-0.5, 0]],
  ['top-left', [0.35, 0.35]],
  ['top-right', [-0.35, 0.35]],
  ['bottom-left', [0.35, -0.35]],
  ['bottom-right', [-0.35, -0.35]],
];

/**
 * A focused area's name may then go farther above, below and beside its point rather than be
 * dropped: a focused region beside a focused country whose name holds its middle (West Asia
 * beside Iraq and Syria). Only in focus: at rest a name that far off reads as the
 * neighbour's.
 */
const FOCUS_AREA_ANCHORS: AnchorOffset[] = [
  ...NEAR_AREA_ANCHORS,
  ['top', [0, 1.6]],
  ['bottom', [0, -1.6]],
  ['left', [2, 0]],
  ['right', [-2, 0]],
];

/**
 * A focused region's or concept's name may go farther still (3 em above or below it, 3.5 em
 * beside): such areas span continents, so the name still reads as theirs, and their label
 * point may hold a focused place's marker (Asia's is in Kashmir).
 */
const WIDE_AREA_ANCHORS: AnchorOffset[] = [
  ...FOCUS_AREA_ANCHORS,
  ['top', [0, 3]],
  ['bottom', [0, -3]],
  ['left', [3.5, 0]],
  ['right', [-3.5, 0]],
];

const anchors = (list: AnchorOffset[]): ExpressionSpecification =>
  ['literal', list.flat()] as unknown as ExpressionSpecification;

/** The focus copy's area anchors, by kind. */
const FOCUS_AREA_OFFSETS: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ['region', 'concept'],
  anchors(WIDE_AREA_ANCHORS),
  anchors(FOCUS_AREA_ANCHORS),
];

/**
 * The gap between a group's spot and its name (text-radial-offset, ems of its 13 px text):
 * 0.9 em, as a city's, plus how far its members reach from the spot at the tile's zoom
 * (`gs`, zoom-0 pixels, doubling with each zoom), so that the name clears every member's
 * marker. Exponential interpolation in base 2 between zooms 0 and 12 gives
 * 0.9 + gs * 2^z / 13 exactly.
 */
const GROUP_OFFSET: ExpressionSpecification = [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  0,
  ['+', 0.9, ['/', ['coalesce', ['get', 'gs'], 0], 13]],
  12,
  ['+', 0.9, ['/', ['*', ['coalesce', ['get', 'gs'], 0], 4096], 13]],
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
        // view), just above, below or beside it. The focus copy may go farther off.
        'text-variable-anchor-offset': anchors(NEAR_AREA_ANCHORS),
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
        'text-size': POINT_TEXT_SIZE,
        'text-radial-offset': ['case', isApproximate, POINT_OFFSET.approximate, POINT_OFFSET.city],
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

/**
 * A group is named at the zooms it holds, unless one of its members is in focus: that one is
 * named on its own, and the group's name would name it twice ("Mosul" beside "Mosul, Dabiq
 * and Aleppo").
 */
export function groupFilter(focus: readonly string[]): FilterSpecification {
  // Ids are matched whole: " mosul " within " mosul dabiq aleppo ".
  const members: ExpressionSpecification = ['concat', ' ', ['get', 'members'], ' '];
  return [
    'all',
    ['==', ['get', 'role'], 'group'],
    ['>=', ['zoom'], ['get', 'gf']],
    ['<', ['zoom'], ['get', 'gu']],
    ...focus.map((id): ExpressionSpecification => ['!', ['in', ` ${id} `, members]]),
  ] as FilterSpecification;
}

function groupLayer(): LayerSpecification {
  return {
    id: GROUP_LABEL_LAYER,
    type: 'symbol',
    source: 'places',
    filter: groupFilter([]),
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': 13,
      'text-radial-offset': GROUP_OFFSET,
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
    const layout =
      id === 'label-area'
        ? { ...l.layout, 'text-variable-anchor-offset': FOCUS_AREA_OFFSETS }
        : l.layout;
    return { ...l, layout, id: focusCopy(id), filter: focusFilters(id, [])[1][1] };
  });
  return [...rest, groupLayer(), ...focused];
}
