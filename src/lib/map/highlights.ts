/**
 * The feature state of every place (highlighted, dimmed, selected), derived from the focus and
 * the selection, the changes to send to MapLibre (only the places whose state changed), and
 * where a place's state goes.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DETAIL } from './detail-source';
import { NAMES } from './name-layers';

/**
 * Sets a place's feature state (highlight, hover) on its 1:50m shapes and label, on its planned
 * name (map/name-layers) and, where the map has them, on its 1:10m shapes, which MapLibre applies
 * to each tile as it arrives.
 */
export function setPlaceState(map: MapLibreMap, id: string, state: Record<string, boolean>) {
  map.setFeatureState({ source: 'places', id }, state);
  if (map.getSource(NAMES)) map.setFeatureState({ source: NAMES, id }, state);
  if (map.getSource(DETAIL))
    map.setFeatureState({ source: DETAIL, sourceLayer: 'places', id }, state);
}
export interface PlaceState {
  /** In focus: the paragraph names it, or it is selected. */
  hl: boolean;
  /** Something else is in focus. */
  dim: boolean;
  selected: boolean;
}

export function placeStates(
  ids: string[],
  focus: string[],
  selected: string | null,
): Map<string, PlaceState> {
  const on = new Set(focus);
  return new Map(
    ids.map((id) => [
      id,
      { hl: on.has(id), dim: on.size > 0 && !on.has(id), selected: id === selected },
    ]),
  );
}

/**
 * The states of the names of close points (geo/groups), from their members': highlighted or
 * selected when one member is, dimmed when every member is.
 */
export function withGroups(
  states: Map<string, PlaceState>,
  groups: readonly { id: string; members: readonly string[] }[],
): Map<string, PlaceState> {
  const out = new Map(states);
  for (const g of groups) {
    const of = g.members.flatMap((id) => states.get(id) ?? []);
    out.set(g.id, {
      hl: of.some((s) => s.hl),
      dim: of.length > 0 && of.every((s) => s.dim),
      selected: of.some((s) => s.selected),
    });
  }
  return out;
}

/**
 * The states that differ from what was last applied, and records them as applied. `applied`
 * is bookkeeping of what MapLibre has, keyed by place id.
 */
export function stateChanges(
  applied: Map<string, string>,
  wanted: Map<string, PlaceState>,
): [string, PlaceState][] {
  const changes: [string, PlaceState][] = [];
  for (const [id, state] of wanted) {
    const key = `${+state.hl}${+state.dim}${+state.selected}`;
    if (applied.get(id) === key) continue;
    applied.set(id, key);
    changes.push([id, state]);
  }
  return changes;
}
