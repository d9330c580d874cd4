/**
 * The characters a story's map draws: every name in its map data (server/map-data/map-json),
 * as server/text/label-font sets them, for the label face's files and its advance table.
 */
import type { BuiltStory } from '../../core/story';
import { DIAMOND } from '../../map/place-layers';
import type { FontTable } from '../../labels/measure';
import { fontTable, labelChars } from '../text/label-font';
import { mapData } from './map-json';

/** Every `name` in the map data: what its layers may draw (and the landmark's diamond). */
function namesIn(value: unknown, into: string[] = [DIAMOND]): string[] {
  if (Array.isArray(value)) for (const v of value) namesIn(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'name' && typeof v === 'string') into.push(v);
      // Geometry holds numbers only.
      else if (k !== 'arcs' && k !== 'coordinates') namesIn(v, into);
    }
  return into;
}

const charsOf = new WeakMap<BuiltStory, string>();
const fontOf = new WeakMap<BuiltStory, FontTable>();

/** The characters the story's map draws (server/text/label-font `labelChars`), found once. */
export function mapChars(built: BuiltStory): string {
  let chars = charsOf.get(built);
  if (chars === undefined) charsOf.set(built, (chars = labelChars(namesIn(mapData(built)))));
  return chars;
}

/** The label face's advances for those characters (labels/measure), found once per story. */
export function mapFont(built: BuiltStory): FontTable {
  let font = fontOf.get(built);
  if (!font) fontOf.set(built, (font = fontTable(mapChars(built))));
  return font;
}
