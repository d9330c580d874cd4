/**
 * The map's edges as room no name may take. MapLibre sets a name across the edge of the view
 * and lets the edge cut it ("ited States"); the poster and the previews keep every name
 * inside. Blank icons in a strip just outside each edge, placed before every label
 * (map/place-layers), make MapLibre try a name's other anchors, inside, or leave it out.
 * ViewNames sets them again each time the camera comes to rest, with the view's names.
 */

/** The blank icon's size, px: twice the step, so the strip has no gap. */
export const EDGE_ICON_PX = 24;
/** The space between two icons' centres along an edge, px. */
const STEP = 12;
/** How far the strip reaches inside the map, px: a name must stay this clear of the edge. */
export const EDGE_INSET = 3;

/**
 * The screen points where the edge's icons go on a map of `width` by `height`: in a row just
 * outside each edge, reaching past the corners. Each icon covers EDGE_INSET px of the map.
 */
export function edgePoints(width: number, height: number): [number, number][] {
  const out = EDGE_ICON_PX / 2 - EDGE_INSET;
  const points: [number, number][] = [];
  const along = (length: number) => {
    const list: number[] = [];
    for (let t = -EDGE_ICON_PX; t <= length + EDGE_ICON_PX; t += STEP) list.push(t);
    return list;
  };
  for (const y of along(height)) points.push([-out, y], [width + out, y]);
  for (const x of along(width)) points.push([x, -out], [x, height + out]);
  return points;
}
