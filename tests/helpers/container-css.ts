/**
 * Enough CSS to test what the poster's style does rather than how it is spelt: its rules
 * (container queries included), the declarations that apply to a selector in a container of
 * a given size, and their values worked out in pixels (calc, min, max, var; px, cqw, cqh).
 */

export interface Rule {
  selectors: string[];
  declarations: [string, string][];
  /** The rule's container query, as written: "(max-width:499.98px)". */
  container?: string;
}

/** A container's size in pixels. */
export interface Size {
  width: number;
  height: number;
}

/** `s` cut at each `sep` outside brackets and quotes. */
function split(s: string, sep: string): string[] {
  const out = [''];
  let depth = 0;
  let quote = '';
  for (const c of s) {
    if (quote) quote = c === quote ? '' : quote;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === sep && depth === 0) {
      out.push('');
      continue;
    }
    out[out.length - 1] += c;
  }
  return out.map((p) => p.trim()).filter(Boolean);
}

/** The index of the brace that closes the one at `open`. */
function closing(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unclosed block at ${open}`);
}

/** A style sheet's rules in order, each rule in a container query marked with it. */
export function parseCss(css: string, container?: string): Rule[] {
  const rules: Rule[] = [];
  for (let at = 0; at < css.length;) {
    const open = css.indexOf('{', at);
    if (open < 0) break;
    const end = closing(css, open);
    const prelude = css.slice(at, open).trim();
    const body = css.slice(open + 1, end);
    const query = /^@container\s*(.*)$/.exec(prelude);
    if (query) rules.push(...parseCss(body, query[1].trim()));
    else
      rules.push({
        selectors: split(prelude, ','),
        declarations: split(body, ';').map((d) => {
          const colon = d.indexOf(':');
          return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
        }),
        ...(container ? { container } : {}),
      });
    at = end + 1;
  }
  return rules;
}

/** Whether a container query ("(max-width:499.98px)", "(min-width:500px)") holds at `size`. */
export function holds(query: string, { width, height }: Size): boolean {
  return [...query.matchAll(/\((min|max)-(width|height):\s*([\d.]+)px\)/g)].every(
    ([, bound, side, px]) => {
      const v = side === 'width' ? width : height;
      return bound === 'min' ? v >= Number(px) : v <= Number(px);
    },
  );
}

/**
 * The declarations a rule naming `selector` makes in a container of `size`, later rules
 * over earlier ones (the poster's rules of one selector are all of the same specificity).
 */
export function declared(rules: Rule[], selector: string, size: Size): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules)
    if (r.selectors.includes(selector) && (!r.container || holds(r.container, size)))
      for (const [k, v] of r.declarations) out[k] = v;
  return out;
}

type Token = string;

function tokens(expr: string): Token[] {
  const re = /\s*(-?(?:\d+\.?\d*|\.\d+)[a-z%]*|--[\w-]+|[a-z-]+\(|[()+\-*/,])/gy;
  const out: Token[] = [];
  let at = 0;
  for (let m = re.exec(expr); m; m = re.exec(expr)) {
    out.push(m[1]);
    at = re.lastIndex;
  }
  if (expr.slice(at).trim())
    throw new Error(`cannot read ${JSON.stringify(expr.slice(at))} in ${expr}`);
  return out;
}

/**
 * A CSS value in pixels in a container of `size`: numbers with px, cqw or cqh (or none),
 * + - * /, brackets, calc(), min(), max() and var() of the other declarations in `vars`.
 */
export function evaluate(expr: string, vars: Record<string, string>, size: Size): number {
  const t = tokens(expr);
  let i = 0;
  const next = () => t[i++];
  const expect = (s: string) => {
    if (t[i] !== s) throw new Error(`expected ${s} at ${t.slice(i).join(' ')} in ${expr}`);
    i++;
  };
  const list = (): number[] => {
    const out = [sum()];
    while (t[i] === ',') {
      i++;
      out.push(sum());
    }
    expect(')');
    return out;
  };
  const unit = (tok: string): number => {
    const m = /^(-?[\d.]+)([a-z%]*)$/.exec(tok);
    if (!m) throw new Error(`not a number: ${tok} in ${expr}`);
    const n = Number(m[1]);
    const per: Record<string, number> = {
      '': 1,
      px: 1,
      cqw: size.width / 100,
      cqh: size.height / 100,
    };
    if (!(m[2] in per)) throw new Error(`unknown unit ${m[2]} in ${expr}`);
    return n * per[m[2]];
  };
  const term = (): number => {
    const tok = next();
    if (tok === '(' || tok === 'calc(') {
      const v = sum();
      expect(')');
      return v;
    }
    if (tok === 'min(') return Math.min(...list());
    if (tok === 'max(') return Math.max(...list());
    if (tok === 'var(') {
      const name = next();
      expect(')');
      if (!(name in vars)) throw new Error(`${name} is not set, in ${expr}`);
      return evaluate(vars[name], vars, size);
    }
    return unit(tok);
  };
  const product = (): number => {
    let v = term();
    while (t[i] === '*' || t[i] === '/') v = next() === '*' ? v * term() : v / term();
    return v;
  };
  function sum(): number {
    let v = product();
    while (t[i] === '+' || t[i] === '-') v = next() === '+' ? v + product() : v - product();
    return v;
  }
  const v = sum();
  if (i !== t.length) throw new Error(`unread ${t.slice(i).join(' ')} in ${expr}`);
  return v;
}
