/**
 * Everything the live map needs, in one chunk imported after first paint (map/load): MapLibre
 * itself, the style, decoding the map data, placing the names of each view and the components
 * that work on the map. One entry, so that none of it is requested before MapLibre and the
 * reader waits for none of it before the page is drawn (`npm run bench`, "JS before the map").
 */
export * as maplibre from 'maplibre-gl';
export { buildStyle } from './style';
export { decodeMapData, namedCountries, placeFrames } from './data';
export { fontFaces } from '../labels/font-face';
export { default as Live } from '../components/map/Live.svelte';
