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
 * One module per measure, registered by name in measures.js; `--only` picks some (see
 * registry.js). It prints a table with the budgets met or missed and writes
 * bench/results.json. Timings are reported, never asserted: the exit code is 1 only when
 * something could not be measured (or `--only` names no measure).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { buildIfNeeded } from '../build-if-needed.js';
import { serve } from '../serve.js';
import { webglRenderer } from './browser.js';
import { evaluateBudgets } from './budgets.js';
import { BUILD_DIR, CHROMIUM, PLAYWRIGHT_FLAGS, PORT, RESULTS, SITE } from './config.js';
import { log, started } from './log.js';
import { MEASURES, MEASURE_NAMES } from './measures.js';
import { parseOnly, selectMeasures } from './registry.js';
import { printReport } from './report.js';

/**
 * Runs one step; on failure records the error and returns undefined.
 * @template T
 * @param {string} name
 * @param {{ step: string, error: string }[]} errors
 * @param {() => T | Promise<T>} fn
 * @returns {Promise<T | undefined>}
 */
async function step(name, errors, fn) {
  const t0 = Date.now();
  try {
    const value = await fn();
    log(`${name}: done`, t0);
    return value;
  } catch (e) {
    const err = /** @type {Error} */ (e);
    errors.push({ step: name, error: String(err?.stack ?? e) });
    log(`${name}: FAILED: ${err?.message ?? e}`, t0);
    return undefined;
  }
}

async function main() {
  let only;
  try {
    only = parseOnly(process.argv.slice(2), MEASURE_NAMES);
  } catch (e) {
    console.error(/** @type {Error} */ (e).message);
    return 1;
  }
  const measures = selectMeasures(MEASURES, only);
  const buildStatus = buildIfNeeded({ ...process.env, BUILD_DIR });
  if (buildStatus !== 0) {
    console.error('The build failed; nothing to measure.');
    return 1;
  }
  log('build ready');
  const server = await serve({ root: BUILD_DIR, port: PORT });
  /** @type {{ step: string, error: string }[]} */
  const errors = [];
  /** @type {Record<string, any>} */
  const results = {
    date: new Date().toISOString(),
    url: SITE,
    // Other processes on this machine slow every figure down; the load average tells.
    environment: { node: process.version, cpus: cpus().length, loadAtStart: loadavg()[0] },
  };
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  let launched = false;
  try {
    for (const m of measures) {
      // Started after Lighthouse (which launches its own), once; and even when no measure
      // needs it, since the report names its version and WebGL renderer.
      if (m.browser && !launched) {
        launched = true;
        browser = await launch(errors, results);
      }
      results[m.key] = await step(m.step, errors, () => m.run({ browser, results }));
    }
    if (!launched) browser = await launch(errors, results);
  } finally {
    await browser?.close();
    // Chromium is gone by now, but drop any lingering keep-alive sockets so close() returns.
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }

  results.environment.loadAtEnd = loadavg()[0];
  results.budgets = evaluateBudgets(results);
  results.errors = errors;
  results.seconds = (Date.now() - started) / 1000;
  printReport(results);

  mkdirSync('bench', { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${RESULTS} in ${results.seconds.toFixed(0)} s.`);

  // Figures are reported, never asserted: fail only when a measurement could not be taken.
  const lighthouseMissing =
    measures.some((m) => m.name === 'lighthouse') &&
    ['mobile', 'desktop'].some((p) => !results.lighthouse?.[p]?.succeeded);
  return errors.length || lighthouseMissing ? 1 : 0;
}

/**
 * The chromium of the Playwright measures, with its version and WebGL renderer noted.
 * @param {{ step: string, error: string }[]} errors
 * @param {Record<string, any>} results
 */
async function launch(errors, results) {
  const browser = await step('launch chromium', errors, () =>
    chromium.launch({ executablePath: CHROMIUM, args: PLAYWRIGHT_FLAGS }),
  );
  if (browser)
    Object.assign(results.environment, {
      chromium: browser.version(),
      webgl: await webglRenderer(browser).catch((e) => `unknown (${e.message})`),
    });
  return browser;
}

// Playwright or a child process can leave handles behind; exit once the report is written.
process.exit(await main());
