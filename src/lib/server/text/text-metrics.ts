/**
 * Text widths from a TrueType font's own advance widths, so that the preview images can wrap
 * and fit text before resvg draws it. A few dozen lines of table reading instead of a font
 * library: the previews only need `cmap` (character to glyph) and `hmtx` (glyph advance).
 * Kerning is ignored, which overestimates widths slightly: wrapping errs on the safe side.
 */

export interface FontMetrics {
  /** Width of `text` at `size` px, plus `letterSpacing` px after every character. */
  width(text: string, size: number, letterSpacing?: number): number;
}

function table(data: DataView, tag: string): number {
  const count = data.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const name = String.fromCharCode(
      data.getUint8(at),
      data.getUint8(at + 1),
      data.getUint8(at + 2),
      data.getUint8(at + 3),
    );
    if (name === tag) return data.getUint32(at + 8);
  }
  throw new Error(`font has no ${tag} table`);
}

/** The glyph lookup of a cmap subtable in format 4 (BMP) or 12 (all of Unicode). */
function glyphLookup(data: DataView, sub: number): ((cp: number) => number) | undefined {
  const format = data.getUint16(sub);
  if (format === 12) {
    const groups = data.getUint32(sub + 12);
    return (cp) => {
      for (let i = 0; i < groups; i++) {
        const g = sub + 16 + i * 12;
        const start = data.getUint32(g);
        if (cp >= start && cp <= data.getUint32(g + 4)) return data.getUint32(g + 8) + cp - start;
      }
      return 0;
    };
  }
  if (format === 4) {
    const segs = data.getUint16(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const ranges = deltas + segs * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segs; i++) {
        if (cp > data.getUint16(ends + i * 2)) continue;
        const start = data.getUint16(starts + i * 2);
        if (cp < start) return 0;
        const delta = data.getInt16(deltas + i * 2);
        const range = data.getUint16(ranges + i * 2);
        if (range === 0) return (cp + delta) & 0xffff;
        const glyph = data.getUint16(ranges + i * 2 + range + (cp - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  return undefined;
}

/** Reads the advance widths of a TrueType font (a .ttf file's bytes). */
export function fontMetrics(bytes: Uint8Array): FontMetrics {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unitsPerEm = data.getUint16(table(data, 'head') + 18);
  const longMetrics = data.getUint16(table(data, 'hhea') + 34);
  const hmtx = table(data, 'hmtx');
  const cmap = table(data, 'cmap');

  // Prefer the full-Unicode subtable (3,10), then the BMP one (3,1 or Unicode platform 0).
  let lookup: ((cp: number) => number) | undefined;
  let rank = -1;
  const subtables = data.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = data.getUint16(rec);
    const encoding = data.getUint16(rec + 2);
    const r = platform === 3 && encoding === 10 ? 2 : platform === 3 || platform === 0 ? 1 : -1;
    if (r <= rank) continue;
    const found = glyphLookup(data, cmap + data.getUint32(rec + 4));
    if (found) [lookup, rank] = [found, r];
  }
  if (!lookup) throw new Error('font has no Unicode cmap');
  const glyphOf = lookup;

  const advance = (glyph: number) =>
    data.getUint16(hmtx + Math.min(glyph, longMetrics - 1) * 4) / unitsPerEm;
  const cache = new Map<number, number>();
  const em = (cp: number) => {
    let w = cache.get(cp);
    if (w === undefined) cache.set(cp, (w = advance(glyphOf(cp))));
    return w;
  };

  return {
    width(text, size, letterSpacing = 0) {
      let w = 0;
      for (const ch of text) w += em(ch.codePointAt(0)!) * size + letterSpacing;
      return w;
    },
  };
}
