/**
 * The preview images' fonts: DejaVu, bundled with the site (never the machine's), and their
 * metrics for measuring text before it is drawn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontMetrics, type FontMetrics } from './text-metrics';

export const FONTS = {
  sans: { family: 'DejaVu Sans', weight: 400, file: 'DejaVuSans.ttf' },
  sansBold: { family: 'DejaVu Sans', weight: 700, file: 'DejaVuSans-Bold.ttf' },
  serifBold: { family: 'DejaVu Serif', weight: 700, file: 'DejaVuSerif-Bold.ttf' },
} as const;
export type FontKey = keyof typeof FONTS;

/** Resolved from the package, not the working directory, so the built server finds it too. */
export function fontDir(): string {
  const pkg = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  return join(dirname(pkg), 'ttf');
}

/** Water is named in italic, as on the map (server/labels/context-svg); measured as the upright. */
const OBLIQUE = 'DejaVuSans-Oblique.ttf';

/** The font files, for resvg (which must load no system font). */
export function fontFiles(): string[] {
  const dir = fontDir();
  return [...Object.values(FONTS).map((f) => f.file), OBLIQUE].map((f) => join(dir, f));
}

let metricsCache: Record<FontKey, FontMetrics> | undefined;

/** Each font's metrics, read once per process. */
export function metrics(): Record<FontKey, FontMetrics> {
  if (!metricsCache) {
    const dir = fontDir();
    const read = (k: FontKey) => fontMetrics(readFileSync(join(dir, FONTS[k].file)));
    metricsCache = { sans: read('sans'), sansBold: read('sansBold'), serifBold: read('serifBold') };
  }
  return metricsCache;
}
