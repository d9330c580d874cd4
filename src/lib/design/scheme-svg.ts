/**
 * An SVG image drawn in the light palette (the map's poster, the inset's world), made to
 * follow the colour scheme of the page that shows it: each colour of a map role becomes a
 * custom property, declared as `light-dark(light, dark)` on the image's root with
 * `color-scheme: light dark`. A browser draws an SVG image in the colour scheme of the element
 * that shows it (its `color-scheme`, which the page sets from `<html data-theme>`), so one file
 * serves both schemes, chosen before it is fetched: no second file, no poster that turns dark
 * later. The preview images, drawn by resvg outside any page, stay in the light palette.
 */
import { kindColours, palettes, type Palette } from './colours';

/** The roles an image of the map draws with: the map's, not the page's controls. */
export const MAP_ROLES = [
  'water',
  'land',
  'coast',
  'border',
  'label',
  'labelDim',
  'waterFill',
  'waterLabel',
  'cityDim',
  'markerRing',
  'halo',
  'countryLabel',
  'contextRiver',
  'contextCity',
  'accent',
] as const satisfies readonly (keyof Palette)[];

const kebab = (role: string) => role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

interface Variable {
  name: string;
  light: string;
  dark: string;
}

/** The map's colours as custom properties: its roles' and its kinds' (`--kind-…`). */
export function mapVariables(): Variable[] {
  return [
    ...MAP_ROLES.map((role) => ({
      name: kebab(role),
      light: palettes.light[role],
      dark: palettes.dark[role],
    })),
    ...Object.entries(kindColours.light).map(([kind, light]) => ({
      name: `kind-${kind}`,
      light,
      dark: kindColours.dark[kind as keyof typeof kindColours.dark],
    })),
  ];
}

/**
 * The custom property that draws each light colour, by its value. A light value that two
 * variables share must be dark in the same way in both, or an image could not tell which it
 * is: such a palette is refused here, when the site is built.
 */
export function byLightValue(variables = mapVariables()): Map<string, Variable> {
  const out = new Map<string, Variable>();
  for (const v of variables) {
    const key = v.light.toLowerCase().replace(/\s+/g, '');
    const seen = out.get(key);
    if (seen && seen.dark !== v.dark)
      throw new Error(
        `design: --${seen.name} and --${v.name} are both ${v.light} in the light palette but ` +
          `${seen.dark} and ${v.dark} in the dark one; give them one dark colour or two light ones`,
      );
    if (!seen) out.set(key, v);
  }
  return out;
}

/**
 * `svg` with every colour of the map's palette drawn through its custom property, declared on
 * the root for both schemes. Colours other than the palette's are left as they are.
 */
export function followScheme(svg: string): string {
  const vars = byLightValue();
  // Longest first, so that no value is taken for the start of a longer one.
  const values = [...vars.keys()].sort((a, b) => b.length - a.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(${values.map(escape).join('|')})(?![0-9a-f])`, 'gi');
  const body = svg.replace(pattern, (value) => `var(--${vars.get(value.toLowerCase())!.name})`);
  const used = [...new Set([...body.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]))];
  const declared = [...vars.values()]
    .filter((v) => used.includes(v.name))
    .map((v) => `--${v.name}:light-dark(${v.light},${v.dark})`);
  const root = `svg{color-scheme:light dark;${declared.join(';')}}`;
  // Into the image's first style sheet, or a new one right after the root's opening tag.
  if (body.includes('<style>')) return body.replace('<style>', `<style>${root}`);
  return body.replace(/(<svg\b[^>]*>)/, `$1<style>${root}</style>`);
}

/** An SVG made by `followScheme` with its custom properties written out for one scheme. */
export function inScheme(svg: string, scheme: 'light' | 'dark'): string {
  const vars = new Map(mapVariables().map((v) => [v.name, v[scheme]]));
  return svg.replace(/var\(--([\w-]+)\)/g, (all, name: string) => vars.get(name) ?? all);
}
