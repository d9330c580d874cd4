/**
 * The page's colours are the palettes', both ways: every colour custom property in app.css is
 * `light-dark(light, dark)` of a palette role (or of a kind, `--kind-…`) with its two values,
 * every custom property a stylesheet reads is declared, and no colour is written anywhere else
 * in app.css or the components.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colours, kindColours, palettes, type Palette } from './colours';
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

/** The value for each scheme: `light-dark(a, b)` gives a and b, any other value both. */
function bySchemes(value: string): [string, string] {
  const m = /^light-dark\((.*)\)$/.exec(value.trim());
  if (!m) return [value, value];
  // Split at the comma between the two colours, not at those inside rgba().
  let depth = 0;
  for (let i = 0; i < m[1].length; i++) {
    const c = m[1][i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) return [m[1].slice(0, i).trim(), m[1].slice(i + 1).trim()];
  }
  return [m[1], m[1]];
}

/** What is wrong between the palettes and the colour custom properties declared for them. */
function disagreements(
  props: Map<string, string>,
  schemes: Record<'light' | 'dark', Palette> = palettes,
): string[] {
  const out: string[] = [];
  for (const [name, value] of props) {
    if (!COLOUR.test(value)) continue;
    const values = bySchemes(value);
    (['light', 'dark'] as const).forEach((scheme, i) => {
      // Indexed by any name: the custom properties' names are not known to TypeScript.
      const kind = /^kind-(\w+)$/.exec(name)?.[1];
      const roles: Record<string, string> = kind ? kindColours[scheme] : schemes[scheme];
      const key = kind ?? camel(name);
      const role = roles[key];
      if (role === undefined) {
        if (i === 0) out.push(`--${name}: ${value} is no role of the palette`);
      } else if (norm(values[i]) !== norm(role))
        out.push(`--${name}: ${values[i]} (${scheme}), but the ${scheme} ${key} is ${role}`);
    });
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
    expect(disagreements(props)).toEqual([]);
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
    const css =
      ':root { --accent: light-dark(#C0392B, #f0806a); --ink: light-dark(#1D2B36, #E6E2DA); ' +
      '--plum: #8e4585; --gap: 4px; --halo: light-dark(rgba(255, 255, 255, 0.92), #000000); }';
    expect(disagreements(customProperties(css))).toEqual([
      '--accent: #C0392B (light), but the light accent is #b5321f',
      '--plum: #8e4585 is no role of the palette',
      '--halo: #000000 (dark), but the dark halo is rgba(21,24,27,0.88)',
    ]);
  });

  it('gives the dark scheme a value for every role, in app.css too', () => {
    const declared = [...props.keys()].filter((n) => camel(n) in colours);
    for (const name of declared) expect(props.get(name), name).toMatch(/^light-dark\(/);
    expect(Object.keys(palettes.dark).sort()).toEqual(Object.keys(palettes.light).sort());
  });
});
