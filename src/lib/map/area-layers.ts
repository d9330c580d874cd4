/**
 * The story's areas on the map, by kind: fills and outlines, from the `places` source (1:50m)
 * or, past DETAIL_ZOOM, from the detail tiles (1:10m) for the areas made of whole countries.
 * Highlighting is by feature-state, as for every place (map/place-layers).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { KINDS, type Kind } from '../core/kinds';
import { DETAIL, levelRange } from './detail-source';
import { kindColours, kindDash, palettes, rest, restOutline, type Scheme } from '../design';
import { byState, isArea, isKind, isShape, kindMatch } from './expressions';

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

export function areaSets(areas: AreaKinds | undefined, scheme: Scheme): LayerSpecification[] {
  const shapes: ExpressionSpecification = ['all', isShape, isArea];
  if (!areas)
    return areaLayers(
      {
        suffix: '',
        kinds: AREA_KINDS,
        source: { source: 'places' },
        fill: shapes,
        outline: shapes,
      },
      scheme,
    );
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
  return sets.filter((s) => s.kinds.length).flatMap((set) => areaLayers(set, scheme));
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

function areaLayers(
  { suffix, kinds, source, fill: fillFilter, outline }: AreaSet,
  scheme: Scheme,
): LayerSpecification[] {
  const colours = palettes[scheme];
  const kindColour = kindColours[scheme];
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
