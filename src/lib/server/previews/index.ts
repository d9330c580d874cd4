/**
 * Preview images for link sharing (1200x630 PNG, the size social networks show): one per place,
 * a locator map of the place with its name, and one for the whole story. Built at build time
 * from the same data as the site: the Natural Earth countries and the story's place geometry.
 *
 * The SVG builders are pure (data in, string out; text is measured with the DejaVu fonts' own
 * metrics); `renderPng` rasterises with resvg and only the bundled DejaVu fonts, so the output
 * is the same on every machine.
 */
export { HEIGHT, MAP_PANEL, WIDTH } from './layout';
export { fontFiles } from '../text/fonts';
export { escapeXml, wrapText, type Wrapped } from '../text/svg-text';
export { frameProjection, placeProjection } from './projection';
export { loadBasemap, type Basemap } from './basemap';
export { previewStrings, type PreviewText } from './card';
export type { ContextPoint, PreviewPlace } from './place-map';
export { placeSvg } from './place-card';
export { storySvg } from './story-card';
export {
  placePreviewPng,
  placePreviewSvg,
  renderPng,
  storyPreviewPng,
  storyPreviewSvg,
} from './render';
