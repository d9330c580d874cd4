/**
 * 5. JS heap of the page after load, after one round of use (the story scrolled through,
 * HEAP_SELECTIONS choices, the panel closed) and after a second, identical round.
 */
import { budgetCells } from './budgets.js';
import { waitCameraIdle, withLoadedPage } from './browser.js';
import { HEAP_SELECTIONS } from './config.js';
import { fmt } from './format.js';
import { selectPlaces } from './selection.js';

/**
 * Used JS heap of the page's main thread after a full garbage collection.
 * @param {import('@playwright/test').CDPSession} cdp
 */
async function heapUsed(cdp) {
  // Twice: the first collection can leave objects that only become garbage after finalizers.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Runs in the page: scrolls to the bottom in steps of half a screen, then back to the top.
 * @param {{ pauseMs: number }} options
 */
async function scrollThroughStory({ pauseMs }) {
  const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
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

/** @param {import('@playwright/test').Browser} browser */
export async function measureHeap(browser) {
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
    // Without the recorder: its logs grow with use too.
    { record: false },
  );
}

/** @param {any} r all results */
export function heapRows(r) {
  const h = r.heap;
  if (!h) return [];
  return [
    [
      '5. JS heap: after load → after use',
      `${fmt.mb(h.afterLoad)} → ${fmt.mb(h.afterUse)}`,
      fmt.pct(h.changePct),
      ...budgetCells('heap-growth', r),
    ],
    ...(h.afterSecondUse
      ? [
          [
            '5b. JS heap after a second identical round',
            fmt.mb(h.afterSecondUse),
            `${fmt.pct(h.secondRoundPct)} on round 1 (a leak would grow again)`,
            '',
            '',
          ],
        ]
      : []),
  ];
}
