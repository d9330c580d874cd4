/**
 * The map controls' CSS (the components' and MapLibre's) and the modules that place the camera
 * and the poster's names round them hold the sizes of design/map-controls: a control that
 * grew in its CSS alone would cover names the poster set beside it, or places the camera
 * framed clear of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSET_VIEW } from '../map/locator';
import { breakpoints } from './breakpoints';
import { componentStyle, cssRules, declarationsOf, type CssRule } from './css-rules';
import { mapControls } from './map-controls';

const { margin, showAll, legend, inset, credits } = mapControls;
const rulesOf = (file: string): CssRule[] =>
  cssRules(componentStyle(readFileSync(`src/lib/components/${file}`, 'utf8')));
const px = (n: number) => `${n}px`;
const rem = (n: number) => `${n}rem`;
const SMALL = `@media (max-width: ${breakpoints.small}px)`;

/** The declarations of `selector` that differ from `expected`, as "property: found ≠ expected". */
function differences(
  declarations: Map<string, string>,
  expected: Record<string, string>,
): string[] {
  return Object.entries(expected)
    .filter(([p, v]) => declarations.get(p) !== v)
    .map(([p, v]) => `${p}: ${declarations.get(p) ?? '(none)'} ≠ ${v}`);
}

describe('the map controls and design/map-controls', () => {
  it('"Show all places" (map/ShowAll)', () => {
    const css = declarationsOf(rulesOf('map/ShowAll.svelte'), '.show-all');
    expect(
      differences(css, {
        top: px(showAll.top),
        left: px(showAll.left),
        font: `600 ${rem(showAll.typeRem)}/1 var(--sans)`,
        padding: `${rem(showAll.padYRem)} ${rem(showAll.padXRem)}`,
      }),
    ).toEqual([]);
  });

  it('the key, open and folded (Legend, KindSwatch)', () => {
    const rules = rulesOf('Legend.svelte');
    const found = [
      ...differences(declarationsOf(rules, '.legend'), {
        left: px(legend.left),
        bottom: px(legend.bottom),
        font: `${rem(legend.typeRem)}/${legend.lineHeight} var(--sans)`,
      }),
      ...differences(declarationsOf(rules, 'ul'), {
        padding: `${rem(legend.padYRem)} ${rem(legend.padXRem)}`,
        gap: `${rem(legend.rowGapRem)} ${rem(legend.columnGapRem)}`,
        'grid-template-columns': 'repeat(2, auto)',
      }),
      ...differences(declarationsOf(rules, 'li'), { gap: rem(legend.swatchGapRem) }),
      ...differences(declarationsOf(rules, '.toggle', [SMALL]), {
        font: `600 ${rem(legend.toggle.typeRem)}/1 var(--sans)`,
        padding: `${rem(legend.toggle.padYRem)} ${rem(legend.toggle.padXRem)}`,
      }),
    ];
    expect(found).toEqual([]);
    const swatch = readFileSync('src/lib/components/KindSwatch.svelte', 'utf8');
    expect(swatch).toContain(`width="${legend.swatch}" height="${legend.swatch}"`);
  });

  it('the locator inset (map/Inset), its height that of its world and border', () => {
    const css = declarationsOf(rulesOf('map/Inset.svelte'), '.inset');
    expect(
      differences(css, {
        top: px(inset.top),
        left: px(inset.left),
        width: px(inset.width),
        border: `${px(inset.border)} solid var(--control-border)`,
      }),
    ).toEqual([]);
    expect((inset.width * INSET_VIEW[3]) / INSET_VIEW[2] + 2 * inset.border).toBe(inset.height);
  });

  it("MapLibre's zoom buttons and credits (maplibre-gl.css)", () => {
    const rules = cssRules(readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8'));
    const button = declarationsOf(rules, '.maplibregl-ctrl-group button');
    expect(mapControls.zoomButtons.width).toBeGreaterThanOrEqual(parseFloat(button.get('width')!));
    const buttons = 2 * parseFloat(button.get('height')!);
    expect(mapControls.zoomButtons.height).toBeGreaterThanOrEqual(buttons);
    const topLeft = declarationsOf(rules, '.maplibregl-ctrl-top-left .maplibregl-ctrl');
    expect(topLeft.get('margin')).toBe(`${px(margin)} 0 0 ${px(margin)}`);
    const bottomRight = declarationsOf(rules, '.maplibregl-ctrl-bottom-right .maplibregl-ctrl');
    expect(bottomRight.get('margin')).toBe(`0 ${px(margin)} ${px(margin)} 0`);
    const compact = declarationsOf(rules, '.maplibregl-ctrl-attrib.maplibregl-compact', [
      '@media screen',
    ]);
    const [padTop, , padBottom] = compact.get('padding')!.split(' ').map(parseFloat);
    expect(parseFloat(compact.get('min-height')!) + padTop + padBottom).toBe(credits.height);
  });

  it('reports a control whose CSS differs', () => {
    const rules = cssRules('.show-all { top: 12px; left: 50px }');
    expect(
      differences(declarationsOf(rules, '.show-all'), { top: '10px', left: '50px', font: '1rem' }),
    ).toEqual(['top: 12px ≠ 10px', 'font: (none) ≠ 1rem']);
    expect(() => declarationsOf(rules, '.show-all', [SMALL])).toThrow(/no rule/);
  });
});
