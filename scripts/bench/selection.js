/** 4. Latency from choosing a place in the index to its panel painted (SELECTIONS choices). */
import { budgetCells } from './budgets.js';
import { withLoadedPage } from './browser.js';
import { SELECTIONS } from './config.js';
import { fmt } from './format.js';
import { max, median, percentile } from './stats.js';

/**
 * Runs in the page: chooses places from the index in turn and measures, per choice, from the
 * click to the frame after the panel heading shows the place's name. The heap measure uses it
 * too, as its round of use.
 * @param {{ count: number, pauseMs: number }} options
 * @returns {Promise<{ place: string, ms: number | null }[]>}
 */
export async function selectPlaces({ count, pauseMs }) {
  const buttons = /** @type {HTMLButtonElement[]} */ ([
    ...document.querySelectorAll('nav[aria-label="Places"] button'),
  ]);
  const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
  const headingIs = (/** @type {string} */ name) =>
    document.getElementById('panel-heading')?.textContent?.trim() === name;
  const waitFor = (/** @type {string} */ name) =>
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
    const name = button.querySelector('.name')?.textContent?.trim() ?? '';
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

/** @param {import('@playwright/test').Browser} browser */
export async function measureSelection(browser) {
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

/** @param {any} r all results */
export function selectionRows(r) {
  const s = r.selection;
  if (!s) return [];
  return [
    [
      `4. Selection to panel painted (${SELECTIONS})`,
      `median ${fmt.ms(s.median)}`,
      `p95 ${fmt.ms(s.p95)}, max ${fmt.ms(s.max)}`,
      ...budgetCells('selection-p95', r),
    ],
  ];
}

/** @param {any} r all results */
export function selectionNotes(r) {
  return r.selection?.timedOut
    ? [`  ${r.selection.timedOut} selections never showed their panel`]
    : [];
}
