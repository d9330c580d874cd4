/**
 * 3. Map ready as the issue defines it: style and data loaded (MapLibre's 'load', marked
 * 'map-loaded' by the page), over MAP_READY_LOADS fresh loads on the desktop. Also when the map
 * is shown: once the GPU has drawn it in full ('map-shown', the moment the map region stops
 * being busy, seen by the recorder).
 */
import { budgetCells } from './budgets.js';
import { openFresh, waitMapReady } from './browser.js';
import { MAP_READY_LOADS, SITE } from './config.js';
import { fmt } from './format.js';
import { markTime } from './recorder.js';
import { summary } from './stats.js';

/** @param {import('@playwright/test').Browser} browser */
export async function measureMapReady(browser) {
  const samples = [];
  const shown = [];
  for (let i = 0; i < MAP_READY_LOADS; i++) {
    const { context, page } = await openFresh(browser);
    try {
      await page.goto(SITE);
      shown.push(await waitMapReady(page));
      samples.push(await markTime(page, 'map-loaded'));
    } finally {
      await context.close();
    }
  }
  return { samples, ...summary(samples), shown: { samples: shown, ...summary(shown) } };
}

/**
 * Rows of the timings table.
 * @param {any} r all results
 */
export function readyRows(r) {
  const m = r.mapReady;
  if (!m) return [];
  return [
    [
      `3. Map ready (style, data), desktop (${m.samples.length} loads)`,
      `median ${fmt.s(m.median)}`,
      `${fmt.s(m.min)}–${fmt.s(m.max)}`,
      ...budgetCells('map-ready', r),
    ],
    ...(m.shown
      ? [
          [
            '3b. Map shown (drawn in full by the GPU)',
            `median ${fmt.s(m.shown.median)}`,
            `${fmt.s(m.shown.min)}–${fmt.s(m.shown.max)}`,
            '',
            '',
          ],
        ]
      : []),
  ];
}
