/**
 * What the live map needs once it is on its way, imported together with MapLibre (map/load)
 * and never before first paint: the style, decoding the map data, and placing the names of
 * each view. Keeps the JavaScript a reader waits for before the map small (`npm run bench`,
 * "JS before the map").
 */
export { buildStyle } from './style';
export { decodeMapData, namedCountries, placeFrames } from './data';
export { countryNames, waterNames } from '../geo/view-names';
