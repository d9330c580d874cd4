/**
 * 10. The review page (`npm run edit`): the time from the command to the page ready (the places
 * listed, the map drawn), once with the page to build and once with it built, and the gazetteer
 * search's latency from keystroke to results shown, over QUERIES keystrokes typed one at a
 * time (the page times each as the performance measure "find-a-place").
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESKTOP } from './config.js';
import { fmt, printTable } from './format.js';
import { max, median, percentile } from './stats.js';

const PORT = 5197;
const URL = `http://127.0.0.1:${PORT}/`;

/** Names typed into the search, a key at a time: places of every kind, several scripts' spellings. */
const NAMES = [
  'Mosul',
  'Aleppo',
  'Raqqa',
  'Baghdad',
  'Damascus',
  'Texas',
  'Queensland',
  'Bavaria',
  'Khartoum',
  'Malmö',
  'Zurich',
  'São Paulo',
  'Kraków',
  'Honolulu',
  'Springfield',
  'Georgia',
  'Mediterranean',
  'Tigris',
  'Euphrates',
  'Red Sea',
  'Persian Gulf',
  'Alps',
  'Sahara',
  'New York',
  'Los Angeles',
  'Lagos',
  'Nairobi',
  'Jakarta',
  'Manila',
  'Osaka',
  'Busan',
  'Tripoli',
  'Benghazi',
  'Misrata',
  'Tunis',
  'Algiers',
  'Kharkiv',
  'Odesa',
  'Danube',
  'Ruse',
];

/**
 * Starts `npm run edit` on a copy of the bundled article and resolves once it prints its
 * address; the caller stops it.
 * @param {string} dir
 */
function startEditor(dir) {
  const article = join(dir, 'article.md');
  copyFileSync('src/content/article.md', article);
  // One process (tsx as a loader, not its CLI, which runs the script in a child of its own),
  // so that stopping it stops the editor.
  const script = ['--import', 'tsx', 'scripts/edit.ts', article, join(dir, 'places.geojson')];
  const child = spawn(process.execPath, script, {
    env: { ...process.env, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      if (out.includes(URL)) resolve(undefined);
    });
    child.on('exit', (code) => reject(new Error(`npm run edit exited (${code}): ${out}`)));
  });
  return { child, ready };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {boolean} build whether the page is built first (build-edit/ removed)
 */
async function start(browser, build) {
  if (build) rmSync('build-edit', { recursive: true, force: true });
  const dir = mkdtempSync(join(tmpdir(), 'bench-edit-'));
  const t0 = performance.now();
  const editor = startEditor(dir);
  const context = await browser.newContext({ viewport: DESKTOP });
  try {
    await editor.ready;
    const listening = performance.now() - t0;
    const page = await context.newPage();
    await page.goto(URL);
    await page.locator('li[data-place]').first().waitFor();
    await page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
    return { listening, ready: performance.now() - t0, page, context, editor, dir };
  } catch (e) {
    editor.child.kill();
    await context.close();
    throw e;
  }
}

/** @param {import('@playwright/test').Page} page */
async function typeQueries(page) {
  const box = page.getByRole('searchbox', { name: 'Find a place' });
  /** @type {number[]} */
  const ms = [];
  for (const name of NAMES) {
    await box.fill('');
    await page.evaluate(() => performance.clearMeasures('find-a-place'));
    let typed = 0;
    for (const key of name.slice(0, 8)) {
      await box.pressSequentially(key);
      typed++;
      // Each keystroke's answer is measured once the page has shown it.
      await page
        .waitForFunction((n) => performance.getEntriesByName('find-a-place').length >= n, typed, {
          timeout: 10_000,
        })
        .catch(() => undefined);
    }
    ms.push(
      ...(await page.evaluate(() =>
        performance.getEntriesByName('find-a-place').map((e) => e.duration),
      )),
    );
  }
  return ms;
}

/** @param {import('@playwright/test').Browser} browser */
export async function measureEditor(browser) {
  const cold = await start(browser, true);
  cold.editor.child.kill();
  await cold.context.close();
  rmSync(cold.dir, { recursive: true, force: true });
  const warm = await start(browser, false);
  try {
    const ms = await typeQueries(warm.page);
    return {
      coldReady: cold.ready,
      coldListening: cold.listening,
      warmReady: warm.ready,
      warmListening: warm.listening,
      search: { count: ms.length, median: median(ms), p95: percentile(ms, 95), max: max(ms) },
    };
  } finally {
    warm.editor.child.kill();
    await warm.context.close();
    rmSync(warm.dir, { recursive: true, force: true });
  }
}

/** @param {any} editor */
export function printEditor(editor) {
  if (!editor) return;
  printTable(
    '10. Review page (npm run edit on the bundled article, desktop)',
    ['measure', 'figure', 'spread'],
    [
      [
        'command to page ready, page built first',
        fmt.s(editor.coldReady),
        `listening ${fmt.s(editor.coldListening)}`,
      ],
      [
        'command to page ready, page already built',
        fmt.s(editor.warmReady),
        `listening ${fmt.s(editor.warmListening)}`,
      ],
      [
        `search, keystroke to results shown (${editor.search.count})`,
        `median ${fmt.ms(editor.search.median)}`,
        `p95 ${fmt.ms(editor.search.p95)}, max ${fmt.ms(editor.search.max)}`,
      ],
    ],
  );
}
