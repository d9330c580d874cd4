/**
 * The expressions the place layers share: a value by highlight state, a value by kind, which
 * features are shapes or labels of which geometry, and the local fonts.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { KINDS, type Kind } from '../core/kinds';

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Picks a value by the place's state: selected or highlighted, hovered, dimmed, or at rest. */
export function byState(
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

export const kindMatch = (values: Record<Kind, string | number>): ExpressionSpecification =>
  [
    'match',
    ['get', 'kind'],
    ...KINDS.flatMap((k) => [k, values[k]]),
    values.city,
  ] as unknown as ExpressionSpecification;

/** The label face's stacks (labels/font-face), for the map's layers. */
export { FONT, FONT_ITALIC } from '../labels/font-face';

// `geometry-type` reads "Polygon" for a MultiPolygon in some MapLibre versions and the
// Multi- name in others; both are matched.
const geometryIn = (...types: string[]): ExpressionSpecification => [
  'in',
  ['geometry-type'],
  ['literal', types],
];
export const isArea = geometryIn('Polygon', 'MultiPolygon');
export const isLine = geometryIn('LineString', 'MultiLineString');
export const isPoint = geometryIn('Point');
export const isShape: ExpressionSpecification = ['==', ['get', 'role'], 'shape'];
export const isLabel: ExpressionSpecification = ['==', ['get', 'role'], 'label'];
export const isKind = (k: Kind): ExpressionSpecification => ['==', ['get', 'kind'], k];
/** A label whose place is a line: map-data marks it, as a label point is a point either way. */
export const onLine: ExpressionSpecification = ['==', ['get', 'line'], true];
export const isApproximate: ExpressionSpecification = ['==', ['get', 'approximate'], true];
