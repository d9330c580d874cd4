import { describe, expect, it } from 'vitest';
import { kindColours, palettes } from './colours';
import { byLightValue, followScheme, inScheme, mapVariables } from './scheme-svg';

const svg =
  `<svg xmlns="http://www.w3.org/2000/svg"><style>.k{color:${palettes.light.countryLabel}}</style>` +
  `<rect fill="${palettes.light.water}"/><path stroke="${kindColours.light.route}"/>` +
  `<text style="text-shadow:0 0 1px ${palettes.light.halo}" fill="#123456">x</text></svg>`;

describe('an SVG image that follows the page’s colour scheme', () => {
  const out = followScheme(svg);

  it('draws each map colour through a custom property with both schemes’ values', () => {
    expect(out).toContain('fill="var(--water)"');
    expect(out).toContain('stroke="var(--kind-route)"');
    expect(out).toContain('color:var(--country-label)');
    expect(out).toContain('1px var(--halo)');
    expect(out).toContain(
      `svg{color-scheme:light dark;--water:light-dark(${palettes.light.water},${palettes.dark.water})`,
    );
    // A colour that is no map role's is left alone; no property is declared that is not used.
    expect(out).toContain('fill="#123456"');
    expect(out).not.toContain('--land:');
  });

  it('comes back to each scheme’s own colours', () => {
    expect(inScheme(out, 'light').replace(/<style>svg\{[^}]*\}/, '<style>')).toBe(svg);
    expect(inScheme(out, 'dark')).toContain(`fill="${palettes.dark.water}"`);
  });

  it('puts a style sheet on a root that has none', () => {
    expect(followScheme(`<svg viewBox="0 0 1 1"><rect fill="${palettes.light.land}"/></svg>`)).toBe(
      `<svg viewBox="0 0 1 1"><style>svg{color-scheme:light dark;--land:light-dark(${palettes.light.land},${palettes.dark.land})}</style><rect fill="var(--land)"/></svg>`,
    );
  });

  it('refuses a palette where one light colour would stand for two dark ones', () => {
    expect(() => byLightValue(mapVariables())).not.toThrow();
    expect(() =>
      byLightValue([
        { name: 'a', light: '#111111', dark: '#eeeeee' },
        { name: 'b', light: '#111111', dark: '#dddddd' },
      ]),
    ).toThrow(/--a and --b are both #111111/);
  });
});
