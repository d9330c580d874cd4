/**
 * Media queries cannot read a custom property, so app.css and the components write the
 * breakpoints' numbers: every width in a media query is one of design/breakpoints.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_SCREEN, breakpoints } from './breakpoints';

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? stylesheets(join(dir, e.name))
      : /\.(svelte|css)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** Every width in a media query of `css`: `(max-width: 899px)` is 899, `(min-width: 900px)` 900. */
function mediaWidths(css: string): { query: string; bound: 'max' | 'min'; px: number }[] {
  const out: { query: string; bound: 'max' | 'min'; px: number }[] = [];
  for (const [, query] of css.matchAll(/@media\s*([^{]+)\{/g))
    for (const [, bound, value, unit] of query.matchAll(
      /(max|min)-width\s*:\s*([\d.]+)\s*([a-z]*)/g,
    ))
      out.push({
        query: query.trim(),
        bound: bound as 'max' | 'min',
        px: unit === 'px' ? Number(value) : NaN,
      });
  return out;
}

/** The media widths that are no breakpoint: a max-width is one, a min-width one past it. */
function strays(file: string, css: string): string[] {
  const values: number[] = Object.values(breakpoints);
  return mediaWidths(css)
    .filter(({ bound, px }) => !values.includes(bound === 'max' ? px : px - 1))
    .map(({ query }) => `${file}: @media ${query}`);
}

describe('the breakpoints in the stylesheets', () => {
  const files = stylesheets('src').map((f) => [f, readFileSync(f, 'utf8')] as const);

  it('writes every media query width as one of design/breakpoints', () => {
    expect(files.flatMap(([f, css]) => strays(f, css))).toEqual([]);
  });

  it('finds the small-screen breakpoint where the layout changes', () => {
    const small = files
      .filter(([, css]) => mediaWidths(css).some((w) => w.px === breakpoints.small))
      .map(([f]) => f);
    for (const f of ['src/app.css', 'Explainer.svelte', 'Legend.svelte', 'PanelDock.svelte'])
      expect(
        small.some((s) => s.endsWith(f)),
        f,
      ).toBe(true);
    expect(SMALL_SCREEN).toBe(`(max-width: ${breakpoints.small}px)`);
  });

  it('reports a width that is no breakpoint, and one in another unit', () => {
    const css =
      '@media (max-width: 900px) {} @media (min-width: 900px) {} @media (max-width: 56em) {}';
    expect(strays('x.css', css)).toEqual([
      'x.css: @media (max-width: 900px)',
      'x.css: @media (max-width: 56em)',
    ]);
  });
});
