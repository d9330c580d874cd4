/**
 * The rules of a stylesheet, read well enough for the design's tests to hold app.css and the
 * components' styles to the design module: selectors, the media queries they sit in, and their
 * declarations. Not a CSS parser: no strings holding braces or semicolons, which the page's
 * stylesheets do not have.
 */

export interface CssRule {
  /** The selector as written, its white space collapsed. */
  selector: string;
  /** The preludes of the `@media` blocks round it, outermost first (`@media (max-width: 899px)`). */
  media: string[];
  /** Property to value, white space collapsed, in the order written (a later one wins). */
  declarations: Map<string, string>;
}

const collapse = (s: string) => s.trim().replace(/\s+/g, ' ');

/** Every style rule of `css`, including those inside `@media` and `@keyframes` blocks. */
export function cssRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const open: { prelude: string; rule?: CssRule }[] = [];
  let buffer = '';
  const declare = () => {
    const rule = open.at(-1)?.rule;
    const d = buffer.trim();
    buffer = '';
    const colon = d.indexOf(':');
    if (rule && colon > 0)
      rule.declarations.set(collapse(d.slice(0, colon)), collapse(d.slice(colon + 1)));
  };
  for (const c of text) {
    if (c === '{') {
      const prelude = collapse(buffer);
      buffer = '';
      const rule = prelude.startsWith('@')
        ? undefined
        : {
            selector: prelude,
            media: open.filter((o) => o.prelude.startsWith('@media')).map((o) => o.prelude),
            declarations: new Map<string, string>(),
          };
      if (rule) rules.push(rule);
      open.push({ prelude, rule });
    } else if (c === '}') {
      declare();
      open.pop();
    } else if (c === ';') declare();
    else buffer += c;
  }
  return rules;
}

/** The contents of a Svelte component's `<style>` element ('' if it has none). */
export function componentStyle(svelte: string): string {
  return /<style[^>]*>([\s\S]*?)<\/style>/.exec(svelte)?.[1] ?? '';
}

/**
 * The declarations of the rule for `selector` (written exactly so) inside exactly the media
 * queries `media`; throws if there is none, so that a renamed selector fails loudly.
 */
export function declarationsOf(
  rules: CssRule[],
  selector: string,
  media: string[] = [],
): Map<string, string> {
  const found = rules.filter(
    (r) => r.selector === selector && r.media.join('|') === media.join('|'),
  );
  if (!found.length)
    throw new Error(`no rule for ${selector} in ${media.join(' ') || 'no @media'}`);
  return new Map(found.flatMap((r) => [...r.declarations]));
}
