/**
 * The budgets every run is judged against, in the order the Budgets table prints them. Each
 * reads its figure from the results; `op` says which side of `limit` passes.
 */
import { KB, fmt, printTable } from './format.js';

/**
 * @typedef {'>=' | '<=' | '<' | '=' | 'abs<='} Op
 * @typedef {{
 *   id: string,
 *   name: string,
 *   op: Op,
 *   limit: number,
 *   format: import('./format.js').Format,
 *   get: (r: any) => number | null | undefined,
 * }} Budget
 */

/** @type {[string, string, Op, number][]} */
const LIGHTHOUSE_SCORES = [
  ['performance', 'Performance', '>=', 95],
  ['accessibility', 'Accessibility', '=', 100],
  ['best-practices', 'Best Practices', '=', 100],
  ['seo', 'SEO', '=', 100],
];

/** @type {Budget[]} */
export const BUDGETS = [
  ...LIGHTHOUSE_SCORES.map(([key, name, op, limit]) => ({
    id: `lighthouse-mobile-${key}`,
    name: `Lighthouse mobile ${name}`,
    op,
    limit,
    format: fmt.score,
    /** @param {any} r */
    get: (r) => r.lighthouse?.mobile?.median?.scores[key],
  })),
  {
    id: 'lighthouse-mobile-lcp',
    name: 'Lighthouse mobile LCP',
    op: '<=',
    limit: 2000,
    format: fmt.s,
    get: (r) => r.lighthouse?.mobile?.median?.metrics.lcp,
  },
  {
    id: 'lighthouse-mobile-tbt',
    name: 'Lighthouse mobile TBT',
    op: '<=',
    limit: 150,
    format: fmt.ms,
    get: (r) => r.lighthouse?.mobile?.median?.metrics.tbt,
  },
  {
    id: 'lighthouse-mobile-cls',
    name: 'Lighthouse mobile CLS',
    op: '<=',
    limit: 0.02,
    format: fmt.cls,
    get: (r) => r.lighthouse?.mobile?.median?.metrics.cls,
  },
  {
    id: 'js-before-map',
    name: 'JS before the map (gzip)',
    op: '<=',
    limit: 60 * KB,
    format: fmt.kb,
    get: (r) => r.preMapJs?.beforeMap.gzip,
  },
  {
    id: 'map-data',
    name: 'data/map.json (gzip)',
    op: '<=',
    limit: 100 * KB,
    format: fmt.kb,
    get: (r) => r.sizes?.mapData?.gzip,
  },
  {
    id: 'story-data',
    name: 'All map data through the story (gzip)',
    op: '<=',
    limit: 300 * KB,
    format: fmt.kb,
    get: (r) => r.storyData?.total.gzip,
  },
  {
    id: 'selection-p95',
    name: 'Selection to panel painted, p95',
    op: '<=',
    limit: 16,
    format: fmt.ms,
    get: (r) => r.selection?.p95,
  },
  {
    id: 'editor-search-p95',
    name: 'Review page search, keystroke to results, p95',
    op: '<=',
    limit: 50,
    format: fmt.ms,
    get: (r) => r.editor?.search.p95,
  },
  {
    id: 'map-ready',
    name: 'Map ready (style, data), desktop, median',
    op: '<=',
    limit: 1500,
    format: fmt.s,
    get: (r) => r.mapReady?.median,
  },
  {
    id: 'heap-growth',
    name: 'Heap change after scroll + selections',
    op: 'abs<=',
    limit: 20,
    format: fmt.pct,
    get: (r) => r.heap?.changePct,
  },
  {
    id: 'paragraph-to-camera',
    name: 'Paragraph to camera moving, max',
    op: '<',
    limit: 100,
    format: fmt.ms,
    get: (r) => r.scrolly?.max,
  },
  {
    id: 'long-tasks',
    name: 'Long tasks while scrolling',
    op: '<=',
    limit: 0,
    format: fmt.count,
    get: (r) => r.longTasks?.count,
  },
  // A newsroom's long read builds in minutes on a laptop (scripts/bench/build.js).
  {
    id: 'build-long-time',
    name: 'Build, about 120 places and 9,000 words',
    op: '<',
    limit: 90_000,
    format: fmt.s,
    get: (r) => r.build?.stories[1]?.ms,
  },
  {
    id: 'build-longer-time',
    name: 'Build, about 320 places and 33,000 words',
    op: '<',
    limit: 180_000,
    format: fmt.s,
    get: (r) => r.build?.stories[2]?.ms,
  },
  {
    id: 'build-longer-peak',
    name: 'Build peak memory, 320 places',
    op: '<',
    limit: 3 * KB * KB * KB,
    format: fmt.mb,
    get: (r) => r.build?.stories[2]?.peakBytes,
  },
];

/** @param {string} id */
export const budget = (id) => BUDGETS.find((b) => b.id === id);

const OP_TEXT = { '>=': '≥', '<=': '≤', '<': '<', '=': '=', 'abs<=': '±' };

/**
 * @param {Budget} b
 * @param {number | null | undefined} value
 * @returns {{ status: 'met' | 'missed' | 'not measured', missedBy: number | null }}
 */
export function judge(b, value) {
  if (value == null) return { status: 'not measured', missedBy: null };
  const passes = {
    '>=': value >= b.limit,
    '<=': value <= b.limit,
    '<': value < b.limit,
    '=': value === b.limit,
    'abs<=': Math.abs(value) <= b.limit,
  }[b.op];
  const missedBy = passes
    ? null
    : b.op === 'abs<='
      ? Math.abs(value) - b.limit
      : Math.abs(value - b.limit);
  return { status: passes ? 'met' : 'missed', missedBy };
}

/** @param {Budget} b */
export const budgetText = (b) =>
  b.op === 'abs<=' ? `within ±${b.limit} %` : `${OP_TEXT[b.op]} ${b.format(b.limit)}`;

/**
 * Every budget with its figure and verdict, as written to results.json.
 * @param {any} results
 */
export function evaluateBudgets(results) {
  return BUDGETS.map((b) => {
    const value = b.get(results) ?? null;
    const { status, missedBy } = judge(b, value);
    return {
      id: b.id,
      name: b.name,
      value,
      formatted: b.format(value),
      limit: b.limit,
      limitText: budgetText(b),
      status,
      missedBy,
      missedByText:
        missedBy == null
          ? null
          : b.op === 'abs<='
            ? `${missedBy.toFixed(1)} %`
            : b.format(missedBy),
    };
  });
}

/** @param {ReturnType<typeof evaluateBudgets>} budgets */
export function printBudgets(budgets) {
  printTable(
    'Budgets',
    ['budget', 'figure', 'limit', 'status', 'missed by'],
    budgets.map((b) => [b.name, b.formatted, b.limitText, b.status, b.missedByText ?? '']),
  );
  const missed = budgets.filter((b) => b.status === 'missed').length;
  const unmeasured = budgets.filter((b) => b.status === 'not measured').length;
  console.log(
    `\n${budgets.length - missed - unmeasured} met, ${missed} missed, ${unmeasured} not measured.`,
  );
}

/**
 * The budget and status cells of a row in the timings table; empty for a figure without one.
 * @param {string} id
 * @param {any} results
 * @returns {[string, string]}
 */
export function budgetCells(id, results) {
  const b = budget(id);
  return b ? [budgetText(b), judge(b, b.get(results)).status] : ['', ''];
}
