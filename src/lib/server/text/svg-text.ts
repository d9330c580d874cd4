/**
 * Text in the preview SVG: escaping, word wrap measured with the fonts' own metrics, and the
 * `<text>` element.
 */
import type { FontMetrics } from './text-metrics';
import { FONTS, type FontKey } from './fonts';

/** Characters XML 1.0 forbids (control characters, lone surrogates): dropped, not escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe for SVG element content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** One line of text as it will be drawn: forbidden characters gone, whitespace collapsed. */
export function clean(s: string): string {
  return s.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
}

export interface Wrapped {
  lines: string[];
  /** True when a word had to be broken or the text cut with an ellipsis. */
  overflow: boolean;
}

/** Greedy word wrap to `maxWidth` px in at most `maxLines` lines, ending in "…" if cut. */
export function wrapText(
  text: string,
  font: FontMetrics,
  size: number,
  maxWidth: number,
  maxLines: number,
  letterSpacing = 0,
): Wrapped {
  const fits = (s: string) => font.width(s, size, letterSpacing) <= maxWidth;
  const lines: string[] = [];
  let overflow = false;
  let line = '';
  for (const word of clean(text).split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word wider than the line (a long name, or hostile input) is broken where it must be.
    while (!fits(line)) {
      overflow = true;
      const chars = [...line];
      let n = chars.length - 1;
      while (n > 1 && !fits(chars.slice(0, n).join(''))) n--;
      lines.push(chars.slice(0, n).join(''));
      line = chars.slice(n).join('');
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, overflow };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && !fits(`${last}…`)) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.replace(/[\s,;:–—-]+$/u, '')}…`;
  return { lines: kept, overflow: true };
}

export interface TextStyle {
  font: FontKey;
  size: number;
  fill: string;
  spacing?: number;
  anchor?: 'start' | 'middle' | 'end';
  /** A halo: the colour drawn behind the glyphs, so labels read over lines. */
  halo?: string;
  haloWidth?: number;
}

export function svgText(x: number, y: number, content: string, s: TextStyle): string {
  const f = FONTS[s.font];
  const attrs = [
    `x="${r1(x)}"`,
    `y="${r1(y)}"`,
    `font-family="${f.family}"`,
    `font-weight="${f.weight}"`,
    `font-size="${s.size}"`,
    `fill="${s.fill}"`,
  ];
  if (s.spacing) attrs.push(`letter-spacing="${s.spacing}"`);
  if (s.anchor && s.anchor !== 'start') attrs.push(`text-anchor="${s.anchor}"`);
  if (s.halo)
    attrs.push(
      `stroke="${s.halo}"`,
      `stroke-width="${s.haloWidth ?? 4}"`,
      'stroke-linejoin="round"',
      'paint-order="stroke"',
    );
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

/** Coordinates to a tenth of a pixel: finer than resvg's antialiasing shows. */
export const r1 = (n: number) => Math.round(n * 10) / 10;
