/**
 * `npm run bench`: builds the production site into build-bench/, serves it on port 4181 and
 * measures it in Debian's chromium:
 *
 *   1. Lighthouse, mobile and desktop presets, 3 runs each (median and range);
 *   2. gzipped sizes of the built assets and of the JavaScript loaded before the map library;
 *   3. time to map ready (style and data loaded) and to map shown (desktop, no throttling, 5
 *      fresh loads);
 *   4. latency from choosing a place to its panel painted (30 selections);
 *   5. JS heap after load and after scrolling, 50 selections and closing the panel;
 *   6. scrollytelling: paragraph-to-camera delay and long tasks while scrolling;
 *   7. a phone opened at the top of the story: what reading costs before the first scroll,
 *      and what the first scroll costs when the map starts.
 *
 * It prints a table with the budgets met or missed and writes bench/results.json. Timings are
 * reported, never asserted: the exit code is 1 only when something could not be measured.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildIfNeeded } from './build-if-needed.js';
import { serve } from './serve.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const BUILD_DIR = 'build-bench';
const PORT = 4181;
const SITE = `http://localhost:${PORT}/`;
const RESULTS = 'bench/results.json';
const CHROMIUM = CHROMIUM_PATH;
const FLAGS = CHROMIUM_ARGS;
const DESKTOP = { width: 1280, height: 800 };
const KB = 1024;

const LIGHTHOUSE_RUNS = 3;
const MAP_READY_LOADS = 5;
const SELECTIONS = 30;
const HEAP_SELECTIONS = 50;
const PHONE_LOADS = 3;
/** Lighthouse's mobile device: a Moto G Power's screen. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
  bytes: 'total-byte-weight',
};

// ── Statistics ───────────────────────────────────────────────────────────────────────────

const sorted = (xs) => xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
const min = (xs) => sorted(xs)[0] ?? null;
const max = (xs) => sorted(xs).at(-1) ?? null;
function median(xs) {
  const s = sorted(xs);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** Nearest-rank percentile: with 30 samples p95 is the 29th smallest, an observed value. */
function percentile(xs, p) {
  const s = sorted(xs);
  return s.length ? s[Math.ceil((p / 100) * s.length) - 1] : null;
}
const summary = (xs) => ({ median: median(xs), min: min(xs), max: max(xs) });

// ── Formatting ───────────────────────────────────────────────────────────────────────────

const fmt = {
  ms: (v) => (v == null ? '–' : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`),
  s: (v) => (v == null ? '–' : `${(v / 1000).toFixed(2)} s`),
  kb: (v) => (v == null ? '–' : `${(v / KB).toFixed(1)} KB`),
  score: (v) => (v == null ? '–' : String(Math.round(v))),
  cls: (v) => (v == null ? '–' : v.toFixed(3)),
  mb: (v) => (v == null ? '–' : `${(v / KB / KB).toFixed(2)} MB`),
  pct: (v) => (v == null ? '–' : `${v > 0 ? '+' : ''}${v.toFixed(1)} %`),
  count: (v) => (v == null ? '–' : String(v)),
};

/** Prints rows as a table; a column whose cells all look like numbers is right-aligned. */
function printTable(title, header, rows) {
  const body = rows.map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((h, i) =>
    Math.max([...h].length, ...body.map((r) => [...r[i]].length)),
  );
  const numeric = header.map((_, i) => i > 0 && body.every((r) => /^([-+\d.–]|$)/.test(r[i])));
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

// ── Budgets ──────────────────────────────────────────────────────────────────────────────

/** Each budget reads its figure from the results; `op` says which side of `limit` passes. */
const BUDGETS = [
  ...[
    ['performance', 'Performance', '>=', 95],
    ['accessibility', 'Accessibility', '=', 100],
    ['best-practices', 'Best Practices', '=', 100],
    ['seo', 'SEO', '=', 100],
  ].map(([key, name, op, limit]) => ({
    id: `lighthouse-mobile-${key}`,
    name: `Lighthouse mobile ${name}`,
    op,
    limit,
    format: fmt.score,
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
    id: 'selection-p95',
    name: 'Selection to panel painted, p95',
    op: '<=',
    limit: 16,
    format: fmt.ms,
    get: (r) => r.selection?.p95,
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
];

const OP_TEXT = { '>=': '≥', '<=': '≤', '<': '<', '=': '=', 'abs<=': '±' };

function judge(budget, value) {
  if (value == null) return { status: 'not measured', missedBy: null };
  const passes = {
    '>=': value >= budget.limit,
    '<=': value <= budget.limit,
    '<': value < budget.limit,
    '=': value === budget.limit,
    'abs<=': Math.abs(value) <= budget.limit,
  }[budget.op];
  const missedBy = passes
    ? null
    : budget.op === 'abs<='
      ? Math.abs(value) - budget.limit
      : Math.abs(value - budget.limit);
  return { status: passes ? 'met' : 'missed', missedBy };
}

const budgetText = (b) =>
  b.op === 'abs<=' ? `within ±${b.limit} %` : `${OP_TEXT[b.op]} ${b.format(b.limit)}`;

// ── 1. Lighthouse ────────────────────────────────────────────────────────────────────────

/** One Lighthouse run in its own fresh chromium, so that no run inherits another's cache. */
async function lighthouseRun(preset) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...FLAGS],
    logLevel: 'silent',
  });
  try {
    const config = preset === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(SITE, { port: chrome.port, logLevel: 'error' }, config);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return digestLhr(lhr);
  } finally {
    await chrome.kill();
  }
}

/** The figures we report from a Lighthouse result, plus the evidence for diagnosing misses. */
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
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    ]),
  );
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

async function measureLighthouse() {
  const out = {};
  for (const preset of ['mobile', 'desktop']) {
    const runs = [];
    for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
      const t0 = Date.now();
      try {
        runs.push(await lighthouseRun(preset));
        const p = runs.at(-1).scores.performance;
        log(`Lighthouse ${preset} ${i}/${LIGHTHOUSE_RUNS}: performance ${p}`, t0);
      } catch (e) {
        // One failed run should not cost the other measurements: report it and go on.
        runs.push({ error: String(e?.message ?? e) });
        log(`Lighthouse ${preset} ${i}/${LIGHTHOUSE_RUNS} failed: ${runs.at(-1).error}`, t0);
      }
    }
    out[preset] = aggregateRuns(runs);
  }
  return out;
}

/** Median, min and max of every score and metric over the runs that succeeded. */
function aggregateRuns(runs) {
  const ok = runs.filter((r) => !r.error);
  const over = (pick) => summary(ok.map(pick));
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

// ── 2. Sizes ─────────────────────────────────────────────────────────────────────────────

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

function sizeOf(path) {
  const buf = readFileSync(path);
  return { file: relative(BUILD_DIR, path), raw: buf.length, gzip: gzipSize(buf) };
}

/** Every built JS, MJS and CSS file under _app (not their .br/.gz twins), and the map data. */
function measureSizes() {
  const assets = walk(join(BUILD_DIR, '_app'))
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map(sizeOf)
    .sort((a, b) => b.gzip - a.gzip);
  const mapData = sizeOf(join(BUILD_DIR, 'data', 'map.json'));
  // The prerendered page carries the story as an inline script for hydration; it is not
  // counted as JS below, but it is bytes the browser parses before the app starts.
  const html = readFileSync(join(BUILD_DIR, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('\n');
  const total = (ext) => {
    const of = assets.filter((a) => a.file.endsWith(ext));
    return { raw: of.reduce((s, a) => s + a.raw, 0), gzip: of.reduce((s, a) => s + a.gzip, 0) };
  };
  return {
    assets,
    mapData,
    html: sizeOf(join(BUILD_DIR, 'index.html')),
    inlineScript: { raw: Buffer.byteLength(inline), gzip: gzipSize(Buffer.from(inline)) },
    totals: { js: total('.js'), mjs: total('.mjs'), css: total('.css') },
  };
}

// ── Browser helpers ──────────────────────────────────────────────────────────────────────

/**
 * Installed before any page script runs: records, against the navigation start
 * (performance.now()), when the map becomes ready and every change of the attributes the
 * scrollytelling measurements watch, and collects long tasks from the start.
 */
function recorder() {
  const rec = { mapReady: null, events: [], longTasks: [], frames: [] };
  window.__bench = rec;
  new MutationObserver((records) => {
    const t = performance.now();
    for (const r of records) {
      const el = r.target;
      const value = el.getAttribute(r.attributeName);
      if (r.attributeName === 'data-map-status') {
        if (value === 'ready' && rec.mapReady === null && el.matches('section[aria-label="Map"]'))
          rec.mapReady = t;
      } else rec.events.push({ t, attr: r.attributeName, id: el.id, value });
    }
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: [
      'data-map-status',
      'aria-current',
      'data-camera',
      'data-center',
      'data-focus',
    ],
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        rec.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Long animation frames say which scripts a slow frame ran (for the diagnosis only).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        rec.frames.push({
          start: e.startTime,
          duration: e.duration,
          scripts: e.scripts.map((s) => ({
            invoker: s.invokerType,
            source: s.sourceURL.split('/').pop(),
            ms: s.duration,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No long task API: measureLongTasks reports that it could not measure.
  }
}

/**
 * A fresh context (empty cache, no storage), opened on the site, with the recorder unless
 * `record` is false: the heap measurement leaves it out, since its logs grow with use too.
 */
async function openFresh(browser, { record = true } = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
  if (record) await context.addInitScript(recorder);
  const page = await context.newPage();
  return { context, page };
}

/** Waits for the map to be ready and fails when the map shows its error state instead. */
async function waitMapReady(page) {
  await page.waitForFunction(
    () =>
      window.__bench
        ? window.__bench.mapReady != null
        : document.querySelector('section[aria-label="Map"]')?.dataset.mapStatus === 'ready',
    null,
    { timeout: 30_000 },
  );
  if (await page.locator('section[aria-label="Map"] .status.failed').count())
    throw new Error('the map failed to load (WebGL?)');
  return page.evaluate(() => window.__bench?.mapReady ?? null);
}

/** Waits until the camera has stopped and stayed still, so the next step starts at rest. */
async function waitCameraIdle(page, settleMs = 800) {
  await page.waitForFunction(
    () => document.querySelector('section[aria-label="Map"]')?.dataset.camera === 'idle',
    null,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(settleMs);
}

/** Opens the site fresh, waits for the map and camera, runs `fn`, and closes the context. */
async function withLoadedPage(browser, fn, options) {
  const { context, page } = await openFresh(browser, options);
  try {
    await page.goto(SITE);
    await waitMapReady(page);
    await waitCameraIdle(page);
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** What draws WebGL here: in a container without a GPU it is SwiftShader, on the CPU. */
async function webglRenderer(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl ? 'unknown' : 'no WebGL 2';
    });
  } finally {
    await page.close();
  }
}

// ── 2b. JavaScript before the map ────────────────────────────────────────────────────────

/**
 * The JS files the first route requests, in order. The MapLibre chunk is the largest built JS
 * file; what is requested before it is what the reader waits for before the map can start.
 */
async function measurePreMapJs(browser, sizes) {
  const byFile = new Map(sizes.assets.map((a) => [a.file, a]));
  const mapChunk = sizes.assets
    .filter((a) => a.file.endsWith('.js'))
    .sort((a, b) => b.raw - a.raw)[0];
  if (!mapChunk || mapChunk.raw < 300_000) throw new Error('no MapLibre chunk found in the build');
  const { context, page } = await openFresh(browser);
  const requested = [];
  try {
    // On the context, so that the worker's request is seen too.
    context.on('request', (r) => {
      const path = new URL(r.url()).pathname.replace(/^\//, '');
      if (/\.m?js$/.test(path) && !requested.includes(path)) requested.push(path);
    });
    await page.goto(SITE);
    await waitMapReady(page);
  } finally {
    await context.close();
  }
  const mapIndex = requested.indexOf(mapChunk.file);
  const isWorker = (f) => /worker/i.test(f) && f.endsWith('.mjs');
  const info = (f) => byFile.get(f) ?? { file: f, raw: 0, gzip: 0 };
  const sum = (files) => ({
    files: files.map(info),
    raw: files.reduce((s, f) => s + info(f).raw, 0),
    gzip: files.reduce((s, f) => s + info(f).gzip, 0),
  });
  return {
    mapChunk: mapChunk.file,
    requested,
    beforeMap: sum(mapIndex >= 0 ? requested.slice(0, mapIndex) : requested),
    allButMap: sum(requested.filter((f) => f !== mapChunk.file && !isWorker(f))),
  };
}

// ── 3. Map ready ─────────────────────────────────────────────────────────────────────────

/**
 * Map ready as the issue defines it: style and data loaded (MapLibre's 'load', marked
 * 'map-loaded' by the page). Also when the map is shown: once the GPU has drawn it in full
 * ('map-shown', the moment the map region stops being busy).
 */
async function measureMapReady(browser) {
  const samples = [];
  const shown = [];
  for (let i = 0; i < MAP_READY_LOADS; i++) {
    const { context, page } = await openFresh(browser);
    try {
      await page.goto(SITE);
      shown.push(await waitMapReady(page));
      samples.push(
        await page.evaluate(() => performance.getEntriesByName('map-loaded')[0]?.startTime),
      );
    } finally {
      await context.close();
    }
  }
  return { samples, ...summary(samples), shown: { samples: shown, ...summary(shown) } };
}

// ── 4. Selection latency ─────────────────────────────────────────────────────────────────

/**
 * Runs in the page: chooses places from the index in turn and measures, per choice, from the
 * click to the frame after the panel heading shows the place's name.
 */
async function selectPlaces({ count, pauseMs }) {
  const buttons = [...document.querySelectorAll('nav[aria-label="Places"] button')];
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const headingIs = (name) => document.getElementById('panel-heading')?.textContent.trim() === name;
  const waitFor = (name) =>
    new Promise((resolve) => {
      if (headingIs(name)) return resolve(true);
      const observer = new MutationObserver(() => {
        if (!headingIs(name)) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(true);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(false);
      }, 5000);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  const samples = [];
  for (let i = 0; i < count; i++) {
    const button = buttons[i % buttons.length];
    const name = button.querySelector('.name')?.textContent.trim() ?? '';
    performance.clearMarks();
    performance.clearMeasures();
    performance.mark('select');
    button.click();
    if (!(await waitFor(name))) {
      samples.push({ place: name, ms: null });
      continue;
    }
    // The frame that paints the panel: its rAF callback runs just before that paint.
    await new Promise((r) => requestAnimationFrame(r));
    performance.mark('painted');
    const { duration } = performance.measure('select-to-painted', 'select', 'painted');
    samples.push({ place: name, ms: duration });
    // A reader glances at the panel before choosing again.
    await sleep(pauseMs);
  }
  return samples;
}

async function measureSelection(browser) {
  return withLoadedPage(browser, async (page) => {
    const samples = await page.evaluate(selectPlaces, { count: SELECTIONS, pauseMs: 400 });
    const ms = samples.map((s) => s.ms);
    return {
      samples,
      timedOut: samples.filter((s) => s.ms == null).length,
      median: median(ms),
      p95: percentile(ms, 95),
      max: max(ms),
      first: ms[0],
    };
  });
}

// ── 5. Heap ──────────────────────────────────────────────────────────────────────────────

/** Used JS heap of the page's main thread after a full garbage collection. */
async function heapUsed(cdp) {
  // Twice: the first collection can leave objects that only become garbage after finalizers.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Runs in the page: scrolls to the bottom in steps of half a screen, then back to the top. */
async function scrollThroughStory({ pauseMs }) {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const bottom = () => document.documentElement.scrollHeight - innerHeight;
  const step = Math.round(innerHeight / 2);
  for (let i = 0; i < 500 && scrollY < bottom() - 1; i++) {
    scrollTo({ top: Math.min(scrollY + step, bottom()), behavior: 'instant' });
    await sleep(pauseMs);
  }
  for (let i = 0; i < 500 && scrollY > 0; i++) {
    scrollTo({ top: Math.max(0, scrollY - step), behavior: 'instant' });
    await sleep(pauseMs);
  }
}

async function measureHeap(browser) {
  return withLoadedPage(
    browser,
    async (page) => {
      const cdp = await page.context().newCDPSession(page);
      const afterLoad = await heapUsed(cdp);
      /** One round of use: the whole story scrolled, 50 selections, the panel closed. */
      const round = async () => {
        await page.evaluate(scrollThroughStory, { pauseMs: 120 });
        const selections = await page.evaluate(selectPlaces, {
          count: HEAP_SELECTIONS,
          pauseMs: 150,
        });
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.getElementById('panel-heading'), null, {
          timeout: 10_000,
        });
        await waitCameraIdle(page, 1500);
        return selections.filter((s) => s.ms == null).length;
      };
      const timedOut = await round();
      const afterUse = await heapUsed(cdp);
      // A second, identical round tells a cache filling up (flat) from a leak (growing again).
      await round();
      const afterSecondUse = await heapUsed(cdp);
      return {
        afterLoad,
        afterUse,
        afterSecondUse,
        changePct: ((afterUse - afterLoad) / afterLoad) * 100,
        secondRoundPct: ((afterSecondUse - afterUse) / afterUse) * 100,
        selectionsTimedOut: timedOut,
      };
    },
    { record: false },
  );
}

// ── 6a. Paragraph to camera ──────────────────────────────────────────────────────────────

/**
 * Scrolls to each paragraph in turn, as an anchor link would, and waits as a reader would.
 * From the recorder's log it takes, per paragraph, the time from its `aria-current="step"` to
 * the camera starting to move: the map's `data-camera="moving"`, or for a cut its new
 * `data-center`. A paragraph that names the same places as the one before
 * changes nothing on the map, so it has no camera move to time.
 */
async function measureScrolly(browser) {
  return withLoadedPage(browser, async (page) => {
    const count = await page.locator('article p[id^="p-"]').count();
    const starts = [];
    for (let n = 1; n <= count; n++) {
      starts.push(
        await page.evaluate((n) => {
          const t = performance.now();
          document.getElementById(`p-${n}`).scrollIntoView({ block: 'start' });
          return t;
        }, n),
      );
      await page.waitForTimeout(2500);
    }
    const events = await page.evaluate(() => window.__bench.events);
    const paragraphs = starts.map((start, i) => {
      const end = starts[i + 1] ?? Infinity;
      const within = (e) => e.t >= start && e.t < end;
      const active = events.find(
        (e) =>
          within(e) && e.attr === 'aria-current' && e.id === `p-${i + 1}` && e.value === 'step',
      );
      const focusChanged = events.some((e) => within(e) && e.attr === 'data-focus');
      // A flight sets data-camera="moving" as it starts; a cut (reduced motion, or a browser
      // too slow to fly) moves the camera within one task, so only data-center changes.
      const moving =
        active &&
        events.find(
          (e) =>
            e.t >= active.t &&
            e.t < end &&
            ((e.attr === 'data-camera' && e.value === 'moving') || e.attr === 'data-center'),
        );
      return {
        paragraph: i + 1,
        activated: Boolean(active),
        focusChanged,
        ms: moving ? moving.t - active.t : null,
      };
    });
    const timed = paragraphs.map((p) => p.ms).filter((ms) => ms != null);
    return {
      paragraphs,
      moves: timed.length,
      // A paragraph whose places changed but whose camera never moved is a miss, not a zero.
      noMove: paragraphs.filter((p) => p.activated && p.focusChanged && p.ms == null).length,
      notActivated: paragraphs.filter((p) => !p.activated).length,
      median: median(timed),
      max: max(timed),
    };
  });
}

// ── 6b. Long tasks while scrolling ───────────────────────────────────────────────────────

/** Wheel steps of 120 px every 150 ms, from the top to the bottom of the story. */
async function measureLongTasks(browser) {
  return withLoadedPage(browser, async (page) => {
    const start = await page.evaluate(() => performance.now());
    // Over the story column, so that the wheel scrolls the page and not the map.
    await page.mouse.move(DESKTOP.width * 0.25, DESKTOP.height / 2);
    const remaining = () =>
      page.evaluate(() => document.documentElement.scrollHeight - innerHeight - scrollY);
    // Steps are planned ahead rather than checked one by one: a round trip to a busy page
    // would slow the reading pace down exactly when the page is slowest.
    let steps = 0;
    for (let left = await remaining(); left > 1 && steps < 600; left = await remaining()) {
      for (let i = Math.ceil(left / 120); i > 0; i--, steps++) {
        await page.mouse.wheel(0, 120);
        await page.waitForTimeout(150);
      }
    }
    // Let the last camera move finish inside the window.
    await page.waitForTimeout(1500);
    const { tasks, frames, end, supported } = await page.evaluate(() => ({
      tasks: window.__bench.longTasks,
      frames: window.__bench.frames,
      end: performance.now(),
      supported: PerformanceObserver.supportedEntryTypes.includes('longtask'),
    }));
    if (!supported) throw new Error('this browser does not report long tasks');
    const inWindow = (e) => e.start >= start && e.start <= end;
    const during = tasks.filter(inWindow);
    return {
      wheelSteps: steps,
      seconds: (end - start) / 1000,
      count: during.length,
      longest: max(during.map((t) => t.duration)),
      total: during.reduce((s, t) => s + t.duration, 0),
      tasks: during,
      frames: frameAttribution(frames.filter(inWindow)),
    };
  });
}

/**
 * Where the long animation frames spent their time: script time by invoker and file, and the
 * rest (style, layout, paint and waiting on the GPU process), which has no script to blame.
 */
/**
 * 7. A phone opened at the top of the story (412x823, touch, CPU slowed 4x by DevTools, as
 * Lighthouse's mobile preset assumes): the map waits for the reader's first move. What
 * reading costs before it (bytes, blocking time), and what the first move then costs: the time
 * to the map drawn in full, the blocking time and the longest task on the way.
 */
async function measurePhoneStart(browser) {
  const runs = [];
  for (let i = 0; i < PHONE_LOADS; i++) {
    const context = await browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      await page.addInitScript(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(SITE);
      await page.waitForSelector('[data-map-status="waiting"]', { timeout: 30_000 });
      // The reader reads the headline for a while.
      await page.waitForTimeout(2000);
      const bytesBefore = bytes;
      const moved = await page.evaluate(() => performance.now());
      await page.mouse.wheel(0, 100);
      await page.waitForSelector('[data-map-status="ready"]', { timeout: 60_000 });
      const shown = await page.evaluate(
        () => performance.getEntriesByName('map-shown')[0]?.startTime,
      );
      await page.waitForTimeout(1000);
      const tasks = await page.evaluate(() => window.__longTasks);
      const blocking = (list) => list.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
      const before = tasks.filter(([start]) => start < moved);
      const after = tasks.filter(([start]) => start >= moved);
      runs.push({
        bytesBefore,
        bytesAfter: bytes - bytesBefore,
        blockingBefore: blocking(before),
        moveToShown: shown - moved,
        blockingAfter: blocking(after),
        longestAfter: Math.max(0, ...after.map(([, d]) => d)),
      });
    } finally {
      await context.close();
    }
  }
  const over = (k) => summary(runs.map((r) => r[k]));
  return {
    runs,
    bytesBefore: over('bytesBefore'),
    bytesAfter: over('bytesAfter'),
    blockingBefore: over('blockingBefore'),
    moveToShown: over('moveToShown'),
    blockingAfter: over('blockingAfter'),
    longestAfter: over('longestAfter'),
  };
}

function printPhone(p) {
  if (!p) return;
  const rows = [
    ['7a. Transferred before the first move', 'bytesBefore', fmt.kb],
    ['7b. Blocking time before the first move', 'blockingBefore', fmt.ms],
    ['7c. First move to map drawn in full', 'moveToShown', fmt.s],
    ['7d. Transferred after the first move', 'bytesAfter', fmt.kb],
    ['7e. Blocking time after the first move', 'blockingAfter', fmt.ms],
    ['7f. Longest task after the first move', 'longestAfter', fmt.ms],
  ];
  printTable(
    `Phone opened at the top of the story (412x823, touch, CPU 4x slower; ${p.runs.length} loads)`,
    ['measure', 'median', 'range'],
    rows.map(([name, key, f]) => [name, f(p[key].median), `${f(p[key].min)}–${f(p[key].max)}`]),
  );
}

function frameAttribution(frames) {
  const byScript = new Map();
  let scriptMs = 0;
  for (const f of frames)
    for (const s of f.scripts) {
      const key = `${s.invoker} ${s.source || '(inline)'}`;
      byScript.set(key, (byScript.get(key) ?? 0) + s.ms);
      scriptMs += s.ms;
    }
  const totalMs = frames.reduce((s, f) => s + f.duration, 0);
  return {
    count: frames.length,
    totalMs,
    scriptMs,
    otherMs: totalMs - scriptMs,
    scripts: [...byScript]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([script, ms]) => ({ script, ms })),
  };
}

// ── Report ───────────────────────────────────────────────────────────────────────────────

function printEnvironment(env) {
  console.log(
    `\nChromium ${env.chromium ?? '?'}, Node ${env.node}, ${env.cpus} CPUs, WebGL: ${env.webgl ?? '?'}`,
  );
  const load = `load average ${env.loadAtStart.toFixed(1)} at start, ${env.loadAtEnd.toFixed(1)} at end`;
  const busy = Math.max(env.loadAtStart, env.loadAtEnd) > env.cpus;
  console.log(busy ? `${load}: the machine was busy, so timings are inflated.` : `${load}.`);
  // Without a GPU, headless chromium composites in software and reads every WebGL frame back
  // on the main thread (GLES2::ReadPixels in a trace), so each map frame blocks it.
  if (/swiftshader/i.test(env.webgl ?? ''))
    console.log(
      'WebGL runs on the CPU here: every map frame blocks the main thread while it is read ' +
        'back, so TBT, long tasks, selection latency and map ready are far above what a ' +
        'device with a GPU shows.',
    );
}

function printLighthouse(lh) {
  if (!lh) return;
  const cell = (preset, stat, pick, format) => {
    const a = lh[preset]?.[stat];
    return a ? format(pick(a)) : '–';
  };
  const range = (preset, pick, format) =>
    lh[preset]?.min ? `${format(pick(lh[preset].min))}–${format(pick(lh[preset].max))}` : '–';
  const statusFor = (preset, id, pick) => {
    const b = BUDGETS.find((x) => x.id === id);
    return b ? judge(b, lh[preset]?.median ? pick(lh[preset].median) : null).status : '';
  };
  const rows = [
    ...CATEGORIES.map((c) => [c, (a) => a.scores[c], fmt.score, `lighthouse-mobile-${c}`]),
    ['FCP', (a) => a.metrics.fcp, fmt.s],
    ['LCP', (a) => a.metrics.lcp, fmt.s, 'lighthouse-mobile-lcp'],
    ['TBT', (a) => a.metrics.tbt, fmt.ms, 'lighthouse-mobile-tbt'],
    ['CLS', (a) => a.metrics.cls, fmt.cls, 'lighthouse-mobile-cls'],
    ['Speed Index', (a) => a.metrics.speedIndex, fmt.s],
    ['Total bytes', (a) => a.metrics.bytes, fmt.kb],
  ].map(([name, pick, format, id]) => [
    name,
    cell('mobile', 'median', pick, format),
    range('mobile', pick, format),
    id ? statusFor('mobile', id, pick) : '',
    cell('desktop', 'median', pick, format),
    range('desktop', pick, format),
    id ? statusFor('desktop', id, pick) : '',
    id ? budgetText(BUDGETS.find((x) => x.id === id)) : '',
  ]);
  printTable(
    `1. Lighthouse ${SITE} (${LIGHTHOUSE_RUNS} runs per preset: median, range min–max; ` +
      `mobile ${lh.mobile?.succeeded ?? 0}/${LIGHTHOUSE_RUNS} ok, ` +
      `desktop ${lh.desktop?.succeeded ?? 0}/${LIGHTHOUSE_RUNS} ok)`,
    ['metric', 'mobile', 'range', 'status', 'desktop', 'range', 'status', 'budget'],
    rows,
  );
  for (const preset of ['mobile', 'desktop']) {
    const p = lh[preset];
    if (!p) continue;
    p.runs.forEach((r, i) => r.error && console.log(`  ${preset} run ${i + 1} failed: ${r.error}`));
    for (const c of CATEGORIES)
      if (p.failing[c].length)
        console.log(`  ${preset} ${c} loses points on: ${p.failing[c].join(', ')}`);
    const first = p.runs.find((r) => !r.error);
    if (first?.lcpElement) console.log(`  ${preset} LCP element: ${first.lcpElement}`);
    else if (first?.lcpElementError)
      console.log(`  ${preset} LCP element not reported: ${first.lcpElementError.slice(0, 120)}`);
    const bench = p.runs.map((r) => r.benchmarkIndex ?? '–').join(', ');
    console.log(`  ${preset} Lighthouse CPU benchmark index per run: ${bench}`);
  }
}

function printSizes(sizes, preMap) {
  if (sizes) {
    printTable(
      `2. Built assets (gzip -9; KB = ${KB} bytes)`,
      ['file', 'raw', 'gzip'],
      [
        ...sizes.assets.map((a) => [a.file, fmt.kb(a.raw), fmt.kb(a.gzip)]),
        ['data/map.json', fmt.kb(sizes.mapData.raw), fmt.kb(sizes.mapData.gzip)],
        ['index.html', fmt.kb(sizes.html.raw), fmt.kb(sizes.html.gzip)],
        [
          '  of which inline <script>',
          fmt.kb(sizes.inlineScript.raw),
          fmt.kb(sizes.inlineScript.gzip),
        ],
        ...['js', 'mjs', 'css'].map((t) => [
          `all .${t}`,
          fmt.kb(sizes.totals[t].raw),
          fmt.kb(sizes.totals[t].gzip),
        ]),
      ],
    );
  }
  if (preMap) {
    printTable(
      `   JS the first route requests before the map chunk (${preMap.mapChunk})`,
      ['file', 'raw', 'gzip'],
      [
        ...preMap.beforeMap.files.map((f) => [f.file, fmt.kb(f.raw), fmt.kb(f.gzip)]),
        ['total before the map', fmt.kb(preMap.beforeMap.raw), fmt.kb(preMap.beforeMap.gzip)],
        ['all JS except map + worker', fmt.kb(preMap.allButMap.raw), fmt.kb(preMap.allButMap.gzip)],
      ],
    );
  }
}

function printTimings(r) {
  const row = (name, a, b, id) => {
    const budget = BUDGETS.find((x) => x.id === id);
    const status = budget ? judge(budget, budget.get(r)).status : '';
    return [name, a, b, budget ? budgetText(budget) : '', status];
  };
  const rows = [];
  if (r.mapReady)
    rows.push(
      row(
        `3. Map ready (style, data), desktop (${r.mapReady.samples.length} loads)`,
        `median ${fmt.s(r.mapReady.median)}`,
        `${fmt.s(r.mapReady.min)}–${fmt.s(r.mapReady.max)}`,
        'map-ready',
      ),
    );
  if (r.mapReady?.shown)
    rows.push([
      '3b. Map shown (drawn in full by the GPU)',
      `median ${fmt.s(r.mapReady.shown.median)}`,
      `${fmt.s(r.mapReady.shown.min)}–${fmt.s(r.mapReady.shown.max)}`,
      '',
      '',
    ]);
  if (r.selection)
    rows.push(
      row(
        `4. Selection to panel painted (${SELECTIONS})`,
        `median ${fmt.ms(r.selection.median)}`,
        `p95 ${fmt.ms(r.selection.p95)}, max ${fmt.ms(r.selection.max)}`,
        'selection-p95',
      ),
    );
  if (r.heap)
    rows.push(
      row(
        '5. JS heap: after load → after use',
        `${fmt.mb(r.heap.afterLoad)} → ${fmt.mb(r.heap.afterUse)}`,
        fmt.pct(r.heap.changePct),
        'heap-growth',
      ),
    );
  if (r.heap?.afterSecondUse)
    rows.push([
      '5b. JS heap after a second identical round',
      fmt.mb(r.heap.afterSecondUse),
      `${fmt.pct(r.heap.secondRoundPct)} on round 1 (a leak would grow again)`,
      '',
      '',
    ]);
  if (r.scrolly)
    rows.push(
      row(
        `6a. Paragraph to camera (${r.scrolly.moves} moves)`,
        `median ${fmt.ms(r.scrolly.median)}`,
        `max ${fmt.ms(r.scrolly.max)}`,
        'paragraph-to-camera',
      ),
    );
  if (r.longTasks)
    rows.push(
      row(
        `6b. Long tasks > 50 ms while scrolling (${r.longTasks.seconds.toFixed(0)} s)`,
        `${r.longTasks.count}`,
        `longest ${fmt.ms(r.longTasks.longest)}, total ${fmt.ms(r.longTasks.total)}`,
        'long-tasks',
      ),
    );
  printTable(
    'Timings in chromium (desktop 1280x800, no throttling)',
    ['measure', 'figure', 'spread', 'budget', 'status'],
    rows,
  );
  if (r.selection?.timedOut)
    console.log(`  ${r.selection.timedOut} selections never showed their panel`);
  if (r.scrolly) {
    const notes = r.scrolly.paragraphs
      .map((p) =>
        !p.activated
          ? `p-${p.paragraph}: never active`
          : p.ms != null
            ? `p-${p.paragraph}: ${fmt.ms(p.ms)}`
            : p.focusChanged
              ? `p-${p.paragraph}: places changed, camera did not move`
              : `p-${p.paragraph}: same places, no move`,
      )
      .join('; ');
    console.log(`  6a per paragraph: ${notes}`);
  }
  // Long animation frames name the scripts that ran; what they do not cover is rendering work
  // outside JavaScript (here mostly the WebGL readback described under the environment).
  const frames = r.longTasks?.frames;
  if (r.longTasks?.count && frames) {
    const top = frames.scripts
      .slice(0, 3)
      .map((s) => `${s.script} ${fmt.ms(s.ms)}`)
      .join(', ');
    console.log(
      `  6b of ${fmt.ms(r.longTasks.total)} in long tasks, scripts ran ${fmt.ms(frames.scriptMs)}` +
        `${top ? ` (${top})` : ''}; the rest is outside JavaScript (style, layout, paint, GPU).`,
    );
  }
}

function printBudgets(budgets) {
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

function evaluateBudgets(results) {
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

// ── Main ─────────────────────────────────────────────────────────────────────────────────

const started = Date.now();
function log(message, since = started) {
  console.log(`[bench] ${message} (${((Date.now() - since) / 1000).toFixed(1)} s)`);
}

/** Runs one measurement; on failure records the error and returns undefined. */
async function step(name, errors, fn) {
  const t0 = Date.now();
  try {
    const value = await fn();
    log(`${name}: done`, t0);
    return value;
  } catch (e) {
    errors.push({ step: name, error: String(e?.stack ?? e) });
    log(`${name}: FAILED: ${e?.message ?? e}`, t0);
    return undefined;
  }
}

/**
 * `npm run bench -- --only heap,selection` runs some measurements only (names: sizes,
 * lighthouse, premap, ready, selection, heap, scrolly, longtasks, phone), for quick comparisons.
 */
const only = (() => {
  const i = process.argv.indexOf('--only');
  const list =
    i > 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  return list ? new Set(list.split(',')) : undefined;
})();
const wanted = (name) => !only || only.has(name);

async function main() {
  const buildStatus = buildIfNeeded({ ...process.env, BUILD_DIR });
  if (buildStatus !== 0) {
    console.error('The build failed; nothing to measure.');
    return 1;
  }
  log('build ready');
  const server = await serve({ root: BUILD_DIR, port: PORT });
  const errors = [];
  const results = {
    date: new Date().toISOString(),
    url: SITE,
    // Other processes on this machine slow every figure down; the load average tells.
    environment: { node: process.version, cpus: cpus().length, loadAtStart: loadavg()[0] },
  };
  try {
    if (wanted('sizes') || wanted('premap'))
      results.sizes = await step('sizes', errors, async () => measureSizes());
    if (wanted('lighthouse'))
      results.lighthouse = await step('lighthouse', errors, measureLighthouse);
    const browser = await step('launch chromium', errors, () =>
      chromium.launch({ executablePath: CHROMIUM, args: FLAGS }),
    );
    if (browser) {
      try {
        Object.assign(results.environment, {
          chromium: browser.version(),
          webgl: await webglRenderer(browser).catch((e) => `unknown (${e.message})`),
        });
        if (results.sizes && wanted('premap'))
          results.preMapJs = await step('JS before the map', errors, () =>
            measurePreMapJs(browser, results.sizes),
          );
        if (wanted('ready'))
          results.mapReady = await step('map ready', errors, () => measureMapReady(browser));
        if (wanted('selection'))
          results.selection = await step('selection latency', errors, () =>
            measureSelection(browser),
          );
        if (wanted('heap')) results.heap = await step('heap', errors, () => measureHeap(browser));
        if (wanted('scrolly'))
          results.scrolly = await step('paragraph to camera', errors, () =>
            measureScrolly(browser),
          );
        if (wanted('longtasks'))
          results.longTasks = await step('long tasks', errors, () => measureLongTasks(browser));
        if (wanted('phone'))
          results.phone = await step('phone start', errors, () => measurePhoneStart(browser));
      } finally {
        await browser.close();
      }
    }
  } finally {
    // Chromium is gone by now, but drop any lingering keep-alive sockets so close() returns.
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }

  results.environment.loadAtEnd = loadavg()[0];
  results.budgets = evaluateBudgets(results);
  results.errors = errors;
  results.seconds = (Date.now() - started) / 1000;

  printEnvironment(results.environment);
  printLighthouse(results.lighthouse);
  printSizes(results.sizes, results.preMapJs);
  printTimings(results);
  printPhone(results.phone);
  printBudgets(results.budgets);
  for (const e of errors) console.log(`\nError in ${e.step}:\n${e.error}`);

  mkdirSync('bench', { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${RESULTS} in ${results.seconds.toFixed(0)} s.`);

  // Figures are reported, never asserted: fail only when a measurement could not be taken.
  const lighthouseMissing =
    wanted('lighthouse') && ['mobile', 'desktop'].some((p) => !results.lighthouse?.[p]?.succeeded);
  return errors.length || lighthouseMissing ? 1 : 0;
}

// Lighthouse can leave timers behind; exit explicitly once the report is written.
process.exit(await main());
