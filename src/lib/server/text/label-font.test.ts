/**
 * The label face at build time: the characters kept, DejaVu's own advances, and files a
 * browser can load, well under the page's font budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_FACES } from '../../labels/font-face';
import { fontDir } from './fonts';
import { fontTable, labelChars, labelFontFile, textChars } from './label-font';
import { fontMetrics } from './text-metrics';

describe('labelChars', () => {
  it('keeps each character as written, in capitals and in lower case, with ASCII', () => {
    const chars = labelChars(['Şanlıurfa']);
    for (const c of 'ŞşIıA~ ') expect(chars).toContain(c);
    expect(new Set(chars).size).toBe(chars.length);
  });
});

describe('textChars', () => {
  it('keeps the characters as written and no others, for an image that draws just those', () => {
    expect(textChars(['IRAQ', 'Mosul, Dabiq', 'Zu\u0308rich'])).toBe(' ,ADIMQRZabchiloqrsuü');
  });
});

describe('fontTable', () => {
  it("reads DejaVu Sans's advances, in ems", () => {
    // DejaVu Sans: A is 1401 and i 569 units of 2048.
    const { adv } = fontTable('Ai');
    expect(adv.A).toBeCloseTo(1401 / 2048, 4);
    expect(adv.i).toBeCloseTo(569 / 2048, 4);
  });

  it('holds for the oblique face too: it slants the letters without widening them', () => {
    const oblique = fontMetrics(readFileSync(join(fontDir(), LABEL_FACES.italic.source)));
    const { adv } = fontTable(labelChars(['Mediterranean Sea, Gulf of Aden']));
    for (const [c, em] of Object.entries(adv)) expect(oblique.width(c, 1)).toBeCloseTo(em, 4);
  });
});

describe('labelFontFile', () => {
  it('writes each face as WOFF2, the few characters the map draws in a few kilobytes', async () => {
    const chars = labelChars(['Mosul', 'Aleppo', 'Dabiq', 'Mediterranean Sea']);
    for (const face of ['regular', 'italic'] as const) {
      const file = await labelFontFile(face, chars);
      expect(file.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(file.length).toBeLessThan(8 * 1024);
    }
  });
});
