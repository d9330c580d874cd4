/**
 * The one face every map name is drawn in: DejaVu Sans (Bitstream Vera licence), upright for
 * land and oblique for water, shipped from the site's own origin as WOFF2 files cut down to
 * the characters the map draws (server/text/label-font). The live map reads them through its
 * style's `font-faces` (MapLibre GL JS 6), the poster embeds the same files, and the preview
 * images draw with the same face; labels/measure places names with its advance widths. So a
 * name is as wide on every map, whatever fonts the reader's machine has.
 */
import type { FontFacesSpecification } from 'maplibre-gl';

export const LABEL_FACES = {
  regular: { name: 'Map Sans', file: 'sans.woff2', source: 'DejaVuSans.ttf' },
  italic: { name: 'Map Sans Italic', file: 'sans-italic.woff2', source: 'DejaVuSans-Oblique.ttf' },
} as const;
export type LabelFace = keyof typeof LABEL_FACES;

/**
 * Where the face's files are served: `fonts/` beside the map data (`data/map.json`), so that a
 * site served under a base path finds them as it finds the data.
 */
export const FONT_DIR = 'fonts/';

/**
 * The `text-font` stacks. A character the files lack (a name the map was not built with, in the
 * review page) falls back to the machine's DejaVu Sans, then to its sans-serif.
 */
export const FONT = [LABEL_FACES.regular.name, 'DejaVu Sans', 'sans-serif'];
/** The same for water. MapLibre takes a fallback's style from the first name ("Italic"). */
export const FONT_ITALIC = [LABEL_FACES.italic.name, ...FONT.slice(1)];

/** The style's `font-faces`: each face's file, from the map data's URL `dataUrl`. */
export function fontFaces(dataUrl: string, page: string): FontFacesSpecification {
  const dir = new URL(FONT_DIR, new URL(dataUrl, page));
  return Object.fromEntries(
    Object.values(LABEL_FACES).map((f) => [f.name, new URL(f.file, dir).href]),
  );
}
