/** Map sources with nothing in them, for the style's tests; never imported by the site. */
import type { MapSources } from './data';
import { uniformFont } from '../labels/test-font';

const empty = { type: 'FeatureCollection' as const, features: [] };

export const EMPTY_SOURCES: MapSources = {
  land: empty,
  borders: { type: 'MultiLineString', coordinates: [] },
  coast: { type: 'MultiLineString', coordinates: [] },
  places: empty,
  labels: empty,
  groups: empty,
  context: empty,
  frames: {},
  font: uniformFont(),
};
