/**
 * The labels of the story's places, from their label points: areas, seas and lakes in italic,
 * rivers and routes beside the middle of their course, cities and landmarks beside their marker.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { colours } from '../tokens';
import { FONT, FONT_ITALIC, byState, isApproximate, isKind, isLabel, onLine } from './expressions';

export function labelLayers(): LayerSpecification[] {
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
