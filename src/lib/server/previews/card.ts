/**
 * The text panel every preview shares: the frame round the map, the footer with the source
 * and the headline, and a title fitted to the panel.
 */
import { strings } from '../../strings';
import { colours } from '../../design';
import { metrics } from '../text/fonts';
import { HEIGHT, MAP_PANEL, PAD_X, TEXT_WIDTH, WIDTH } from './layout';
import { clean, svgText, wrapText } from '../text/svg-text';

/** The preview's own phrases live with every other interface string, for translation. */
export const previewStrings = strings.preview;

export interface PreviewText {
  headline: string;
  source: string;
  /** The story's language, for upper-casing its place names (never the machine's locale). */
  lang?: string;
}

/** The whole image: the paper, `inner`, and the rule between the text and the map. */
export function cardSvg(inner: string): string {
  const { left, top, right, bottom } = MAP_PANEL;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<defs><clipPath id="map"><rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}"/></clipPath></defs>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${colours.paper}"/>` +
    inner +
    `<line x1="${left + 0.5}" y1="${top}" x2="${left + 0.5}" y2="${bottom}" stroke="${colours.rule}" stroke-width="1"/>` +
    `</svg>`
  );
}

/** The footer and, above it, the headline: the bottom of the text panel. Returns its top. */
export function panelFooter(text: PreviewText, headline: boolean, out: string[]): number {
  const m = metrics();
  const footerY = HEIGHT - 44;
  const footer = `${strings.source(clean(text.source))} · ${previewStrings.boundaries}`;
  const { lines: footLines } = wrapText(footer, m.sans, 15, TEXT_WIDTH, 1);
  out.push(svgText(PAD_X, footerY, footLines[0], { font: 'sans', size: 15, fill: colours.faint }));
  let topY = footerY - 15;
  if (headline) {
    const size = 20;
    const lh = 27;
    const { lines } = wrapText(text.headline, m.sans, size, TEXT_WIDTH, 3);
    const bottom = footerY - 40;
    const first = bottom - lh * (lines.length - 1);
    lines.forEach((l, i) =>
      out.push(svgText(PAD_X, first + lh * i, l, { font: 'sans', size, fill: colours.muted })),
    );
    topY = first - size - 22;
    out.push(`<rect x="${PAD_X}" y="${topY}" width="40" height="3" fill="${colours.accent}"/>`);
  }
  return topY;
}

/** The largest size at which `text` wraps in `maxLines` without breaking a word. */
export function fitTitle(
  text: string,
  sizes: number[],
  maxLines: (size: number) => number,
): { size: number; lines: string[] } {
  const font = metrics().serifBold;
  for (const size of sizes) {
    const w = wrapText(text, font, size, TEXT_WIDTH, maxLines(size));
    if (!w.overflow) return { size, lines: w.lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: wrapText(text, font, size, TEXT_WIDTH, maxLines(size)).lines };
}

/**
 * Draws a fitted title below the kicker, `leading` times its size apart, and returns the
 * baseline of its last line.
 */
export function drawTitle(
  out: string[],
  title: { size: number; lines: string[] },
  leading: number,
) {
  const lh = Math.round(title.size * leading);
  let y = 92 + 22 + title.size * 0.92;
  for (const l of title.lines) {
    out.push(svgText(PAD_X - 2, y, l, { font: 'serifBold', size: title.size, fill: colours.ink }));
    y += lh;
  }
  return y - lh;
}
