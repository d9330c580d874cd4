/**
 * The locator map's context (server/map-data/locator-context) as drawn under the story's
 * places: rivers in a muted blue and lakes. Its names and its reference cities' dots are
 * planned with the story's (labels/plan) and drawn by map/name-layers. No layer here is
 * hit-tested (map/hits), so context takes no clicks.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { palettes, type Scheme } from '../design';
import { DETAIL, levelRange, type Level } from './detail-source';

const is = (t: string): ExpressionSpecification => ['==', ['get', 't'], t];
/** Shown from the zoom the build gave it (`z`, by Natural Earth's rank and zooms). */
const shown = (t: string): ExpressionSpecification => [
  'all',
  is(t),
  ['>=', ['zoom'], ['get', 'z']],
];

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
