/** The readings of a name among Natural Earth's named seas, rivers and physical features. */
import { findFeatures } from '../gazetteer';
import { fold } from '../gazetteer/names';
import type { Reading } from './reading';

/**
 * Natural Earth features called `form`; "River X" and "X River" as the river X; "X Valley" as
 * the river X too, for review: a valley is named after its river (the Fraser Valley, the Jordan
 * Valley, the Loire Valley), and no offline source here draws valleys.
 */
export function featureReadings(form: string): Reading[] {
  const river = /^(?:River (.+)|(.+) River)$/u.exec(form);
  const valley = /^(.+) Valley$/u.exec(form);
  const found = river
    ? findFeatures(river[1] ?? river[2]).filter((f) => f.ref.startsWith('river:'))
    : valley
      ? findFeatures(valley[1]).filter((f) => f.ref.startsWith('river:'))
      : findFeatures(form);
  if (valley && !river)
    return found.map((f) => ({
      type: 'feature',
      name: f.name,
      kind: 'water',
      ref: f.ref,
      via: 'alt',
      countries: [],
      rank: f.rank,
      review: `the ${form}, drawn as its river`,
    }));
  return found.map((f) => ({
    type: 'feature',
    name: f.name,
    kind: f.ref.startsWith('feature:')
      ? f.geometryType === 'Point'
        ? 'landmark'
        : 'region'
      : 'water',
    ref: f.ref,
    via: fold(f.name) === fold(form) || river ? 'name' : 'alt',
    countries: [],
    rank: f.rank,
  }));
}
