/**
 * 7. A phone opened at the top of the story (412x823, touch, CPU slowed 4x by DevTools, as
 * Lighthouse's mobile preset assumes): the map waits for the reader's first move. What
 * reading costs before it (bytes, blocking time), and what the first move then costs: the time
 * to the map drawn in full, the blocking time and the longest task on the way.
 */
import { PHONE, PHONE_LOADS, SITE } from './config.js';
import { fmt, printTable } from './format.js';
import { markTime, record, recorded } from './recorder.js';
import { summary } from './stats.js';

/** Lighthouse's mobile preset: a mid-range phone is about 4 times slower than a desktop. */
const CPU_SLOWDOWN = 4;

/**
 * Blocking time as TBT counts it: the part of each task beyond 50 ms.
 * @param {{ duration: number }[]} tasks
 */
const blocking = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

/** @param {import('@playwright/test').Browser} browser */
export async function measurePhoneStart(browser) {
  /** @type {Record<'bytesBefore' | 'bytesAfter' | 'blockingBefore' | 'moveToShown' | 'blockingAfter' | 'longestAfter', number>[]} */
  const runs = [];
  for (let i = 0; i < PHONE_LOADS; i++) {
    const context = await browser.newContext(PHONE);
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await cdp.send('Network.enable');
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      await record(page, { longTasks: true });
      await page.goto(SITE);
      await page.waitForSelector('[data-map-status="waiting"]', { timeout: 30_000 });
      // The reader reads the headline for a while.
      await page.waitForTimeout(2000);
      const bytesBefore = bytes;
      const moved = await page.evaluate(() => performance.now());
      await page.mouse.wheel(0, 100);
      await page.waitForSelector('[data-map-status="ready"]', { timeout: 60_000 });
      const shown = (await markTime(page, 'map-shown')) ?? NaN;
      await page.waitForTimeout(1000);
      const tasks = await recorded(page, 'longTasks');
      const before = tasks.filter((t) => t.start < moved);
      const after = tasks.filter((t) => t.start >= moved);
      runs.push({
        bytesBefore,
        bytesAfter: bytes - bytesBefore,
        blockingBefore: blocking(before),
        moveToShown: shown - moved,
        blockingAfter: blocking(after),
        longestAfter: Math.max(0, ...after.map((t) => t.duration)),
      });
    } finally {
      await context.close();
    }
  }
  /** @param {keyof (typeof runs)[number]} k */
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

/** @param {Awaited<ReturnType<typeof measurePhoneStart>> | undefined} p */
export function printPhone(p) {
  if (!p) return;
  /** @type {[string, Exclude<keyof typeof p, 'runs'>, import('./format.js').Format][]} */
  const rows = [
    ['7a. Transferred before the first move', 'bytesBefore', fmt.kb],
    ['7b. Blocking time before the first move', 'blockingBefore', fmt.ms],
    ['7c. First move to map drawn in full', 'moveToShown', fmt.s],
    ['7d. Transferred after the first move', 'bytesAfter', fmt.kb],
    ['7e. Blocking time after the first move', 'blockingAfter', fmt.ms],
    ['7f. Longest task after the first move', 'longestAfter', fmt.ms],
  ];
  printTable(
    `Phone opened at the top of the story (412x823, touch, CPU ${CPU_SLOWDOWN}x slower; ${p.runs.length} loads)`,
    ['measure', 'median', 'range'],
    rows.map(([name, key, f]) => [name, f(p[key].median), `${f(p[key].min)}–${f(p[key].max)}`]),
  );
}
