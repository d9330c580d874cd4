/**
 * The one text measure every map name is placed with: the live map (geo/view-names), the
 * poster and the preview images (labels/plan). It reads the advance widths of the one face the
 * map draws with (labels/font-face: DejaVu Sans, shipped from the site's own origin), and sets
 * and wraps a name as MapLibre GL JS 6 does (src/symbol/shaping.ts and tagged_string.ts):
 *
 * - a line is as wide as its letters' advances, plus the letter spacing between letters
 *   (MapLibre adds it after each letter and takes the last one off: `x - spacing`);
 * - MapLibre rasterizes a font-faces font one grapheme at a time with the browser's text
 *   engine, so there is no kerning between letters, and none here;
 * - a name longer than `text-max-width` is broken at spaces (and hyphens, slashes…) into lines
 *   of about equal width, MapLibre's least-raggedness rule, not filled greedily;
 * - lines are 1.2 ems apart (text-line-height's default).
 */

/** The face's advance widths, in ems, for the characters a map draws. */
export interface FontTable {
  /** Advance width of each character (a code point, NFC), in ems. */
  adv: Record<string, number>;
  /**
   * The width, in ems, taken for a character the table lacks: the face's widest Latin letter's,
   * so that a name drawn in part by a fallback font is never placed as narrower than it is.
   */
  missing: number;
}

/** text-line-height's default, in ems. */
export const LINE_HEIGHT = 1.2;

/** Characters a line may end on (MapLibre's `breakable`). */
const BREAKABLE = new Set([
  0x0a, 0x0d, 0x20, 0x26, 0x29, 0x2b, 0x2d, 0x2f, 0xad, 0xb7, 0x200b, 0x2010, 0x2013, 0x2027,
]);
/** A line may begin with these whatever precedes them (MapLibre's `breakableBefore`). */
const BREAKABLE_BEFORE = new Set([0x28]);

const isSpace = (c: string) => /^\s$/u.test(c);

/** A name's characters as MapLibre walks them: NFC, one code point each. */
const charsOf = (text: string) => [...text.normalize('NFC')];

/** The advance of one character, in ems. */
export const advance = (font: FontTable, c: string) => font.adv[c] ?? font.missing;

/** The width of one line of text at `size` px, with `spacing` px between letters. */
export function lineWidth(font: FontTable, line: string, size: number, spacing = 0): number {
  const chars = charsOf(line.trim());
  if (!chars.length) return 0;
  let x = 0;
  for (const c of chars) x += advance(font, c) * size + spacing;
  return x - spacing;
}

interface Break {
  index: number;
  x: number;
  prior: Break | undefined;
  badness: number;
}

/** MapLibre's `calculateBadness`: the squared distance from the line width it aims at. */
function badness(width: number, target: number, penalty: number, last: boolean): number {
  const ragged = (width - target) ** 2;
  if (last) return width < target ? ragged / 2 : ragged * 2;
  return ragged + Math.abs(penalty) * penalty;
}

/** MapLibre's `evaluateBreak`: the best earlier break to pair with a break at `x`. */
function evaluate(
  index: number,
  x: number,
  target: number,
  breaks: Break[],
  penalty: number,
  last: boolean,
): Break {
  let prior: Break | undefined;
  let best = badness(x, target, penalty, last);
  for (const b of breaks) {
    const bad = badness(x - b.x, target, penalty, last) + b.badness;
    if (bad <= best) {
      prior = b;
      best = bad;
    }
  }
  return { index, x, prior, badness: best };
}

/** MapLibre's `calculatePenalty` for Latin text: a break before ")" or after "(" costs more. */
const penaltyOf = (before: number, after: number) =>
  (before === 0x0a || before === 0x0d ? -10000 : 0) +
  (before === 0x28 ? 50 : 0) +
  (after === 0x29 ? 50 : 0);

/**
 * The lines MapLibre breaks `text` into at `maxEm` ems (no wrapping when undefined), as its
 * `determineLineBreaks` does: one line when it fits; else lines close to the total width over
 * the fewest lines it needs, a break never inside a word.
 */
export function breakLines(
  font: FontTable,
  text: string,
  size: number,
  spacing: number,
  maxEm: number | undefined,
): string[] {
  const chars = charsOf(text);
  const step = (c: string) => advance(font, c) * size + spacing;
  const total = chars.reduce((sum, c) => sum + step(c), 0);
  const maxWidth = (maxEm ?? Infinity) * size;
  if (spacing >= 0 && total > 0 && total <= maxWidth && !/[\n\r]/.test(text)) return [text.trim()];
  const target = total / Math.max(1, Math.ceil(total / maxWidth));
  const breaks: Break[] = [];
  let x = 0;
  chars.forEach((c, i) => {
    if (i > 0) {
      const before = chars[i - 1].codePointAt(0)!;
      const cp = c.codePointAt(0)!;
      if (BREAKABLE.has(before) || (i + 1 < chars.length && BREAKABLE_BEFORE.has(cp)))
        breaks.push(evaluate(i, x, target, breaks, penaltyOf(before, cp), false));
    }
    // Whitespace takes no room in the weighing (it is trimmed off the line's ends).
    if (!isSpace(c)) x += step(c);
  });
  const indices: number[] = [];
  for (
    let b: Break | undefined = evaluate(chars.length, x, target, breaks, 0, true);
    b;
    b = b.prior
  )
    indices.unshift(b.index);
  const lines: string[] = [];
  let start = 0;
  for (const end of indices) {
    lines.push(chars.slice(start, end).join('').trim());
    start = end;
  }
  return lines.filter((l) => l.length);
}

/** A name as set: its lines, and the width and height of its block in px. */
export interface SetText {
  lines: string[];
  w: number;
  h: number;
}

/** `text` set at `size` px with `spacing` px between letters, wrapped at `maxEm` ems. */
export function setText(
  font: FontTable,
  text: string,
  size: number,
  spacing = 0,
  maxEm?: number,
): SetText {
  const lines = breakLines(font, text, size, spacing, maxEm);
  const w = Math.max(0, ...lines.map((l) => lineWidth(font, l, size, spacing)));
  return { lines, w, h: lines.length * size * LINE_HEIGHT };
}
