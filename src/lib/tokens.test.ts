/** The page's custom properties (app.css) agree with the design tokens they are named after. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colours } from './tokens';

/** Every custom property declared in app.css, by name (without the leading dashes). */
function customProperties(css: string): Map<string, string> {
  const out = new Map<string, string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name, value] of withoutComments.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g))
    out.set(name, value.trim());
  return out;
}

const camel = (kebab: string) => kebab.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
/** Colours compared as written, ignoring case and spaces. */
const norm = (c: string) => c.toLowerCase().replace(/\s+/g, '');

/** The custom properties that have a token of the same name but another value. */
function disagreements(props: Map<string, string>): string[] {
  // Indexed by any name: the custom properties' names are not known to TypeScript.
  const tokens: Record<string, string> = colours;
  const out: string[] = [];
  for (const [name, value] of props) {
    const token = tokens[camel(name)];
    if (token !== undefined && norm(value) !== norm(token))
      out.push(`--${name}: ${value}, but colours.${camel(name)} is ${token}`);
  }
  return out;
}

describe('design tokens and the page', () => {
  const props = customProperties(readFileSync('src/app.css', 'utf8'));

  it('declares the colours the page uses as custom properties', () => {
    const names = ['ink', 'muted', 'paper', 'rule', 'accent', 'accent-soft', 'focus'];
    for (const name of [...names, 'water', 'land', 'halo'])
      expect(props.has(name), `--${name} in app.css`).toBe(true);
  });

  it('gives every custom property named like a token the token’s value', () => {
    expect(disagreements(props)).toEqual([]);
    // Enough of them are compared for the check to mean something.
    expect([...props.keys()].filter((n) => camel(n) in colours).length).toBeGreaterThanOrEqual(10);
  });

  it('reports a custom property that disagrees with its token', () => {
    expect(disagreements(customProperties(':root { --accent: #C0392B; --ink: #1D2B36; }'))).toEqual(
      ['--accent: #C0392B, but colours.accent is #b5321f'],
    );
  });
});
