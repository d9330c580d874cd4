import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { carriedQuery, schemeFor, themeChoice, type ThemeChoice } from './theme';

describe('the colour scheme', () => {
  it('reads ?theme= and takes anything else as auto', () => {
    expect(themeChoice('?theme=dark')).toBe('dark');
    expect(themeChoice('?embed=1&theme=light')).toBe('light');
    expect(themeChoice('?theme=auto')).toBe('auto');
    expect(themeChoice('?theme=%3Cscript%3E')).toBe('auto');
    expect(themeChoice('')).toBe('auto');
  });

  it('puts the host page’s choice over the system’s setting', () => {
    expect(schemeFor('auto', true)).toBe('dark');
    expect(schemeFor('auto', false)).toBe('light');
    expect(schemeFor('light', true)).toBe('light');
    expect(schemeFor('dark', false)).toBe('dark');
  });

  it('carries the embed flag and a chosen theme to the next page, and nothing else', () => {
    expect(carriedQuery('?embed=1&theme=dark&utm_source=x')).toBe('?embed=1&theme=dark');
    expect(carriedQuery('?theme=auto')).toBe('');
    expect(carriedQuery('?theme=light')).toBe('?theme=light');
    expect(carriedQuery('')).toBe('');
  });

  // The page's inline script sets the scheme before the first paint; it must follow the same
  // rule as this module, for every choice and setting.
  it('is set before the first paint by src/app.html by the same rule', () => {
    const html = readFileSync('src/app.html', 'utf8');
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    for (const param of ['dark', 'light', 'auto', 'nonsense', null])
      for (const dark of [true, false]) {
        const root = { dataset: {} as Record<string, string> };
        runInNewContext(script, {
          document: { documentElement: root },
          location: { search: param === null ? '' : `?theme=${param}` },
          URLSearchParams,
          matchMedia: (q: string) => ({ matches: q === '(prefers-color-scheme: dark)' && dark }),
        });
        const choice: ThemeChoice = themeChoice(param === null ? '' : `?theme=${param}`);
        expect(root.dataset.theme, `theme=${param}, system dark ${dark}`).toBe(
          schemeFor(choice, dark),
        );
      }
  });
});
