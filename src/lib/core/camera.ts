/**
 * The camera policy: what to frame and how to move there, as a pure function of its inputs.
 * The map component only applies the result (lib/components/map/Camera.svelte).
 */
import type { Position } from 'geojson';
import { bboxOf, type BBox } from './framing';

/**
 * The box the map frames when no place is in focus: the box around every place's label
 * point. The live map's camera and the map's poster (lib/server/poster) both call this, so the
 * two agree by construction.
 */
export function overviewBox(labelPoints: Position[]): BBox | undefined {
  return bboxOf([{ type: 'MultiPoint', coordinates: labelPoints }]);
}
