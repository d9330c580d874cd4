/**
 * The map's label face (labels/font-face) at build time: the characters the map draws, the
 * face's advance widths for them (labels/measure's table, shipped in the map data so the page
 * places names with the same numbers as the build), and the face's files cut down to them.
 */
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { LABEL_FACES, type LabelFace } from '../../labels/font-face';
import type { FontTable } from '../../labels/measure';
import { fontDir, metrics } from './fonts';
import { join } from 'node:path';

/** Printable ASCII: always in the files, for the names a newsroom adds in the review page. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/**
 * Every character of `texts` as the map may draw it (as written, in capitals for the names it
 * sets in capitals, and in lower case), with printable ASCII, sorted: one string.
 */
export function labelChars(texts: Iterable<string>): string {
  const chars = new Set(ASCII);
  for (const t of texts)
    for (const form of [t, t.toLocaleUpperCase('en'), t.toLocaleLowerCase('en')])
      for (const c of form.normalize('NFC')) chars.add(c);
  return [...chars].sort().join('');
}

/** The characters of `texts` exactly as written (NFC), sorted: for an image that draws just those. */
export function textChars(texts: Iterable<string>): string {
  const chars = new Set<string>();
  for (const t of texts) for (const c of t.normalize('NFC')) chars.add(c);
  return [...chars].sort().join('');
}

const read = (face: LabelFace) => readFileSync(join(fontDir(), LABEL_FACES[face].source));

/** Rounded to 1e-4 em: a hundredth of a pixel at the map's largest type. */
const r4 = (n: number) => Math.round(n * 1e4) / 1e4;

/**
 * The upright face's advances for `chars`, read from the previews' `FONTS.sans`, the same
 * DejaVuSans.ttf (the oblique's advances are the same: DejaVu slants its letters without
 * widening them; the unit test checks), and the widest Latin capital's for a character the
 * map was not built with.
 */
export function fontTable(chars: string): FontTable {
  const font = metrics().sans;
  const adv: Record<string, number> = {};
  for (const c of chars) if (!/\s/.test(c) || c === ' ') adv[c] = r4(font.width(c, 1));
  const missing = r4(Math.max(...[...'MW'].map((c) => font.width(c, 1))));
  return { adv, missing };
}

/** A table for the characters of `texts` alone: a name measured on its own at build time. */
export const tableFor = (texts: string[]): FontTable => fontTable(labelChars(texts));

/**
 * One face's WOFF2 file holding `chars` only. Without hinting (MapLibre draws each letter at
 * 48 px into a distance field, where hints do nothing) and without layout tables: MapLibre
 * sets no kerning between the letters it draws one at a time, so neither does the poster,
 * which draws the same names with this file in the browser. About 6 KB a face for the bundled
 * story, against 17 KB with both.
 */
export async function labelFontFile(face: LabelFace, chars: string): Promise<Buffer> {
  return subsetFont(read(face), chars, {
    targetFormat: 'woff2',
    noHinting: true,
    keepFeatures: [],
    noLayoutClosure: true,
    dropTables: ['kern', 'GPOS', 'GSUB', 'GDEF', 'hdmx', 'VDMX', 'LTSH'],
  });
}
