/**
 * Room no name may take, as layers of blank icons that MapLibre places before every label and
 * never draws: each story marker's dot or ring, and a strip along the map's edges
 * (map/edge-space).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { isApproximate, isPoint, isShape } from './expressions';
import { markerRoom } from './label-room';
import { VIEW_NAMES } from './context-layers';
import { EDGE_ICON_PX } from './edge-space';

/** The image of MARKER_SPACE: blank, MARKER_IMAGE_PX square (added by map/load). */
export const MARKER_IMAGE = 'marker-space';
export const MARKER_IMAGE_PX = 2;

/**
 * A blank icon the size of each story marker, placed first (the top layer) and always: MapLibre
 * sets names clear of symbols it has placed, and a circle layer is not one. So a name never
 * covers a place's dot or ring, as on the poster, and a group's name goes where it clears its
 * neighbours' markers.
 */
export const MARKER_SPACE_LAYER = 'place-marker-space';

/**
 * Which markers keep names off: all of them at rest; with a focus, the focus's only, so that a
 * focused name may pass over a dimmed marker rather than be dropped (Syria's beside Mosul's
 * at paragraph 9 on a phone, with Chechnya's ring at the map's edge).
 */
export function markerSpaceFilter(focus: readonly string[]): FilterSpecification {
  const markers: ExpressionSpecification = ['all', isShape, isPoint];
  return (
    focus.length === 0 ? markers : ['all', markers, ['in', ['get', 'id'], ['literal', [...focus]]]]
  ) as FilterSpecification;
}

/**
 * A layer of blank icons that names keep clear of: placed first (it is on top) and always,
 * never drawn.
 */
function blankSpace(
  id: string,
  source: string,
  filter: FilterSpecification,
  size: ExpressionSpecification | number,
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    filter,
    layout: {
      'icon-image': MARKER_IMAGE,
      'icon-size': size,
      'icon-padding': 0,
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
    },
    paint: { 'icon-opacity': 0 },
  };
}

export const markerSpace = () =>
  blankSpace(MARKER_SPACE_LAYER, 'places', markerSpaceFilter([]), [
    'case',
    isApproximate,
    (2 * markerRoom(true)) / MARKER_IMAGE_PX,
    (2 * markerRoom(false)) / MARKER_IMAGE_PX,
  ]);

/**
 * The map's edges kept free of names (map/edge-space): the strip's blank icons, which
 * ViewNames puts in the `view-names` source at each rest (`t: 'edge'`).
 */
export const edgeSpace = () =>
  blankSpace(
    'map-edge-space',
    VIEW_NAMES,
    ['==', ['get', 't'], 'edge'],
    EDGE_ICON_PX / MARKER_IMAGE_PX,
  );
