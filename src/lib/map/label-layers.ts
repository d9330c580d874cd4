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
import { palettes, storySetting, storyType, type Scheme } from '../design';
import { FONT, FONT_ITALIC, byState, isApproximate, isKind, isLabel, onLine } from './expressions';
import {
  FOCUS_AREA_OFFSETS,
  GROUP_OFFSET,
  NEAR_AREA_ANCHORS,
  POINT_OFFSET,
  POINT_TEXT_SIZE,
  anchors,
} from './label-room';

const area = storySetting.area;
/** The kinds named in spaced capitals, as a `match` expression's list. */
const spacedKinds = [...area.spacedKinds];

/** The story's label layers as the style first has them (nothing in focus). */
function baseLabelLayers(scheme: Scheme = 'light'): (LayerSpecification & { type: 'symbol' })[] {
  const colours = palettes[scheme];
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
        'text-size': ['match', ['get', 'kind'], 'country', storyType.country, storyType.area],
        'text-transform': ['match', ['get', 'kind'], spacedKinds, 'uppercase', 'none'],
        'text-letter-spacing': ['match', ['get', 'kind'], spacedKinds, area.spaced, area.spacing],
        'text-max-width': area.maxEm,
        'text-padding': 4,
        // Centred on the area; where that would collide (Syria beside Iraq at the world
        // view), just above, below or beside it. The focus copy may go farther off.
        'text-variable-anchor-offset': anchors(NEAR_AREA_ANCHORS),
        'symbol-sort-key': [
          'match',
          ['get', 'kind'],
          'country',
          area.order.country,
          'historical',
          area.order.historical,
          area.order.other,
        ],
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
        'text-size': storyType.water,
        'text-letter-spacing': storySetting.water.spacing,
        'text-max-width': storySetting.water.maxEm,
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
        'text-size': storyType.line,
        'text-radial-offset': storySetting.line.beside,
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

function groupLayer(scheme: Scheme): LayerSpecification {
  const colours = palettes[scheme];
  return {
    id: GROUP_LABEL_LAYER,
    type: 'symbol',
    source: 'places',
    filter: groupFilter([]),
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': storyType.group,
      'text-radial-offset': GROUP_OFFSET,
      'text-max-width': storySetting.group.maxEm,
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

export function labelLayers(scheme: Scheme = 'light'): LayerSpecification[] {
  const layers = baseLabelLayers(scheme);
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
  return [...rest, groupLayer(scheme), ...focused];
}
