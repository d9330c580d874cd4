/** How figures are printed, and the table they are printed in. */

export const KB = 1024;

/** @typedef {(v: number | null | undefined) => string} Format */

/** @type {Record<'ms' | 's' | 'kb' | 'score' | 'cls' | 'mb' | 'pct' | 'count', Format>} */
export const fmt = {
  ms: (v) => (v == null ? '–' : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`),
  s: (v) => (v == null ? '–' : `${(v / 1000).toFixed(2)} s`),
  kb: (v) => (v == null ? '–' : `${(v / KB).toFixed(1)} KB`),
  score: (v) => (v == null ? '–' : String(Math.round(v))),
  cls: (v) => (v == null ? '–' : v.toFixed(3)),
  mb: (v) => (v == null ? '–' : `${(v / KB / KB).toFixed(2)} MB`),
  pct: (v) => (v == null ? '–' : `${v > 0 ? '+' : ''}${v.toFixed(1)} %`),
  count: (v) => (v == null ? '–' : String(v)),
};

/**
 * Prints rows as a table; a column whose cells all look like numbers is right-aligned.
 * Widths count code points, not UTF-16 units, so '–' and '≤' take one column.
 * @param {string} title
 * @param {string[]} header
 * @param {unknown[][]} rows
 */
export function printTable(title, header, rows) {
  const body = rows.map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((h, i) =>
    Math.max([...h].length, ...body.map((r) => [...r[i]].length)),
  );
  const numeric = header.map((_, i) => i > 0 && body.every((r) => /^([-+\d.–]|$)/.test(r[i])));
  /** @param {string[]} r */
  const line = (r) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}
