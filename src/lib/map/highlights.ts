/**
 * The feature state of every place (highlighted, dimmed, selected), derived from the focus and
 * the selection, and the changes to send to MapLibre: only the places whose state changed.
 */
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
