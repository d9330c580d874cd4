/**
 * 1. Lighthouse, mobile and desktop presets, LIGHTHOUSE_RUNS runs each (median and range).
 *
 * Each run is the Lighthouse CLI itself, in a fresh Node process, with the flags a reader
 * types (`npx lighthouse <url> --preset=desktop --chrome-flags="--headless=new --no-sandbox"`),
 * so that its figures are by construction the ones anyone can check with that command. The
 * bench used to call Lighthouse's Node API from its own process: the same settings, but a warm
 * process (about 1.8 s of CPU per run against 3.5 s for a fresh one, measured 2026-11-29) on a
 * machine whose two CPUs also draw WebGL. Side by side at the same load both gave the same
 * figures; what moves them is the load (see docs/performance.md).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { budget, budgetText, judge } from './budgets.js';
import { CHROMIUM, LIGHTHOUSE_FLAGS, LIGHTHOUSE_RUNS, SITE } from './config.js';
import { fmt, printTable } from './format.js';
import { log } from './log.js';
import { summary } from './stats.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
  bytes: 'total-byte-weight',
};
/** @typedef {'mobile' | 'desktop'} Preset */
/** @type {Preset[]} */
const PRESETS = ['mobile', 'desktop'];

const CLI = join(
  dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')),
  'cli/index.js',
);

/**
 * One run of the Lighthouse CLI: it launches its own chromium (a fresh profile, so no run
 * inherits another's cache) and writes its report where we read it. Mobile is the CLI's
 * default; desktop is `--preset=desktop`, as the user types it.
 * @param {Preset} preset
 */
async function lighthouseRun(preset) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const report = join(dir, 'report.json');
  const args = [
    CLI,
    SITE,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    `--chrome-flags=${LIGHTHOUSE_FLAGS.join(' ')}`,
    '--output=json',
    `--output-path=${report}`,
    '--quiet',
  ];
  try {
    const failure = await new Promise((done) =>
      execFile(
        process.execPath,
        args,
        { env: { ...process.env, CHROME_PATH: CHROMIUM } },
        (e, _o, err) =>
          done(e ? `${e.message.split('\n')[0]} ${String(err).trim().slice(-300)}` : null),
      ),
    );
    let lhr;
    try {
      lhr = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      throw new Error(`Lighthouse wrote no report${failure ? `: ${failure}` : ''}`);
    }
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return digestLhr(lhr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The figures we report from a Lighthouse result, plus the evidence for diagnosing misses.
 * @param {any} lhr
 */
function digestLhr(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const s = lhr.categories[c]?.score;
      return [c, s == null ? null : Math.round(s * 100)];
    }),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]),
  );
  // Audits that cost points, per category, so that a score below 100 says why.
  const failing = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((/** @type {any} */ ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((/** @type {any} */ ref) => ref.id),
    ]),
  );
  /** @param {string} id @returns {any[]} */
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const lcpAudit = lhr.audits['largest-contentful-paint-element'];
  return {
    scores,
    metrics,
    failing,
    // Lighthouse's own CPU benchmark: it drops when other processes load the machine.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lcpElement: items('largest-contentful-paint-element')[0]?.items?.[0]?.node?.snippet ?? null,
    lcpElementError: lcpAudit?.errorMessage ?? null,
    lcpPhases: items('largest-contentful-paint-element')[1]?.items ?? null,
    bootup: items('bootup-time')
      .slice(0, 6)
      .map((i) => ({ url: i.url, totalMs: i.total, scriptingMs: i.scripting })),
    mainThread: items('mainthread-work-breakdown').map((i) => ({
      group: i.groupLabel,
      ms: i.duration,
    })),
    longTasks: items('long-tasks')
      .slice(0, 6)
      .map((i) => ({ url: i.url, startMs: i.startTime, ms: i.duration })),
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * Median, min and max of every score and metric over the runs that succeeded.
 * @param {any[]} runs
 */
function aggregateRuns(runs) {
  const ok = runs.filter((r) => !r.error);
  /** @param {(r: any) => number | null} pick */
  const over = (pick) => summary(ok.map(pick));
  /** @param {'median' | 'min' | 'max'} stat */
  const agg = (stat) => ({
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, over((r) => r.scores[c])[stat]])),
    metrics: Object.fromEntries(
      Object.keys(METRICS).map((k) => [k, over((r) => r.metrics[k])[stat]]),
    ),
  });
  return {
    runs,
    succeeded: ok.length,
    median: ok.length ? agg('median') : null,
    min: ok.length ? agg('min') : null,
    max: ok.length ? agg('max') : null,
    // Every audit that failed in any run, per category.
    failing: Object.fromEntries(
      CATEGORIES.map((c) => [c, [...new Set(ok.flatMap((r) => r.failing[c]))]]),
    ),
  };
}

export async function measureLighthouse() {
  /** @type {Record<string, ReturnType<typeof aggregateRuns>>} */
  const out = {};
  for (const preset of PRESETS) {
    const runs = [];
    for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
      const t0 = Date.now();
      try {
        const run = await lighthouseRun(preset);
        runs.push(run);
        const p = run.scores.performance;
        log(`Lighthouse ${preset} ${i}/${LIGHTHOUSE_RUNS}: performance ${p}`, t0);
      } catch (e) {
        // One failed run should not cost the other measurements: report it and go on.
        const error = String(/** @type {Error} */ (e)?.message ?? e);
        runs.push({ error });
        log(`Lighthouse ${preset} ${i}/${LIGHTHOUSE_RUNS} failed: ${error}`, t0);
      }
    }
    out[preset] = aggregateRuns(runs);
  }
  return out;
}

/** @param {any} lh the lighthouse results */
export function printLighthouse(lh) {
  if (!lh) return;
  /** @typedef {(a: any) => number} Pick */
  /** @param {Preset} preset @param {'median'} stat @param {Pick} pick @param {import('./format.js').Format} format */
  const cell = (preset, stat, pick, format) => {
    const a = lh[preset]?.[stat];
    return a ? format(pick(a)) : '–';
  };
  /** @param {Preset} preset @param {Pick} pick @param {import('./format.js').Format} format */
  const range = (preset, pick, format) =>
    lh[preset]?.min ? `${format(pick(lh[preset].min))}–${format(pick(lh[preset].max))}` : '–';
  /** @param {Preset} preset @param {string} id @param {Pick} pick */
  const statusFor = (preset, id, pick) => {
    const b = budget(id);
    return b ? judge(b, lh[preset]?.median ? pick(lh[preset].median) : null).status : '';
  };
  /** @type {[string, Pick, import('./format.js').Format, string?][]} */
  const picks = [
    ...CATEGORIES.map(
      (c) =>
        /** @type {[string, Pick, import('./format.js').Format, string]} */ ([
          c,
          (a) => a.scores[c],
          fmt.score,
          `lighthouse-mobile-${c}`,
        ]),
    ),
    ['FCP', (a) => a.metrics.fcp, fmt.s],
    ['LCP', (a) => a.metrics.lcp, fmt.s, 'lighthouse-mobile-lcp'],
    ['TBT', (a) => a.metrics.tbt, fmt.ms, 'lighthouse-mobile-tbt'],
    ['CLS', (a) => a.metrics.cls, fmt.cls, 'lighthouse-mobile-cls'],
    ['Speed Index', (a) => a.metrics.speedIndex, fmt.s],
    ['Total bytes', (a) => a.metrics.bytes, fmt.kb],
  ];
  const rows = picks.map(([name, pick, format, id]) => {
    const b = id ? budget(id) : undefined;
    return [
      name,
      cell('mobile', 'median', pick, format),
      range('mobile', pick, format),
      id ? statusFor('mobile', id, pick) : '',
      cell('desktop', 'median', pick, format),
      range('desktop', pick, format),
      id ? statusFor('desktop', id, pick) : '',
      b ? budgetText(b) : '',
    ];
  });
  printTable(
    `1. Lighthouse ${SITE} (${LIGHTHOUSE_RUNS} runs per preset: median, range min–max; ` +
      `mobile ${lh.mobile?.succeeded ?? 0}/${LIGHTHOUSE_RUNS} ok, ` +
      `desktop ${lh.desktop?.succeeded ?? 0}/${LIGHTHOUSE_RUNS} ok)`,
    ['metric', 'mobile', 'range', 'status', 'desktop', 'range', 'status', 'budget'],
    rows,
  );
  for (const preset of PRESETS) {
    const p = lh[preset];
    if (!p) continue;
    p.runs.forEach(
      (/** @type {any} */ r, /** @type {number} */ i) =>
        r.error && console.log(`  ${preset} run ${i + 1} failed: ${r.error}`),
    );
    for (const c of CATEGORIES)
      if (p.failing[c].length)
        console.log(`  ${preset} ${c} loses points on: ${p.failing[c].join(', ')}`);
    const first = p.runs.find((/** @type {any} */ r) => !r.error);
    if (first?.lcpElement) console.log(`  ${preset} LCP element: ${first.lcpElement}`);
    else if (first?.lcpElementError)
      console.log(`  ${preset} LCP element not reported: ${first.lcpElementError.slice(0, 120)}`);
    const bench = p.runs.map((/** @type {any} */ r) => r.benchmarkIndex ?? '–').join(', ');
    console.log(`  ${preset} Lighthouse CPU benchmark index per run: ${bench}`);
  }
}
