/**
 * The page's colours are the palette's, both ways: every colour custom property in app.css is
 * a palette role with its value, every custom property a stylesheet reads is declared, and no
 * colour is written anywhere else in app.css or the components.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colours, type Palette } from './colours';
import { componentStyle, cssRules } from './css-rules';

const APP_CSS = 'src/app.css';
const camel = (kebab: string) => kebab.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
/** Colours compared as written, ignoring case and spaces. */
const norm = (c: string) => c.toLowerCase().replace(/\s+/g, '');
/** A colour written out: hex, or a colour function. */
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

/** The custom properties declared on `selector` outside any media query, by name. */
function customProperties(css: string, selector = ':root'): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of cssRules(css))
    if (rule.selector === selector && rule.media.length === 0)
      for (const [name, value] of rule.declarations)
        if (name.startsWith('--')) out.set(name.slice(2), value);
  return out;
}

/** What is wrong between a palette and the colour custom properties declared for it. */
function disagreements(props: Map<string, string>, palette: Palette): string[] {
  // Indexed by any name: the custom properties' names are not known to TypeScript.
  const roles: Record<string, string> = palette;
  const out: string[] = [];
  for (const [name, value] of props) {
    if (!COLOUR.test(value)) continue;
    const role = roles[camel(name)];
    if (role === undefined) out.push(`--${name}: ${value} is no role of the palette`);
    else if (norm(value) !== norm(role))
      out.push(`--${name}: ${value}, but colours.${camel(name)} is ${role}`);
  }
  return out;
}

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? svelteFiles(join(dir, e.name))
      : e.name.endsWith('.svelte')
        ? [join(dir, e.name)]
        : [],
  );
}

const appCss = readFileSync(APP_CSS, 'utf8');
const props = customProperties(appCss);
/** Every component's source (the routes' too), by file. */
const components = new Map(svelteFiles('src').map((f) => [f, readFileSync(f, 'utf8')]));

describe('the palette and the page', () => {
  it('declares each colour custom property of app.css as the palette role of its name', () => {
    expect(disagreements(props, colours)).toEqual([]);
    // Enough of them are compared for the check to mean something.
    expect([...props.keys()].filter((n) => camel(n) in colours).length).toBeGreaterThanOrEqual(25);
  });

  it('declares every custom property that app.css and the components read', () => {
    const missing: string[] = [];
    const styles = [...components].map(([f, source]) => [f, componentStyle(source)] as const);
    for (const [file, css] of [[APP_CSS, appCss] as const, ...styles]) {
      // A component may set a property of its own (StoryNav's, through the CSSOM): declared in
      // its own style, or never declared and given a fallback.
      const own = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1].slice(2)));
      for (const [, name, fallback] of css.matchAll(/var\(--([\w-]+)\s*(,)?/g))
        if (!props.has(name) && !own.has(name) && !fallback) missing.push(`${file}: --${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('writes no colour outside the custom properties: every other one reads a role', () => {
    const written: string[] = [];
    for (const rule of cssRules(appCss))
      for (const [property, value] of rule.declarations)
        if (!property.startsWith('--') && COLOUR.test(value))
          written.push(`${APP_CSS} ${rule.selector} { ${property}: ${value} }`);
    // Hex colours as scripts/check-layout.js finds them (a component's shadows may be rgba).
    for (const [file, source] of components) {
      const hex = source.match(/#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})\b/gi) ?? [];
      if (hex.length) written.push(`${file}: ${hex.join(', ')}`);
    }
    expect(written).toEqual([]);
  });

  it('reports a custom property that disagrees with its role, or is no role at all', () => {
    const css = ':root { --accent: #C0392B; --ink: #1D2B36; --plum: #8e4585; --gap: 4px; }';
    expect(disagreements(customProperties(css), colours)).toEqual([
      '--accent: #C0392B, but colours.accent is #b5321f',
      '--plum: #8e4585 is no role of the palette',
    ]);
  });
});
