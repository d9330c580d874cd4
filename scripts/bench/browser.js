/** Opening pages for the measures: a fresh context each, the recorder, and the waits. */
import { DESKTOP, SITE } from './config.js';
import { record, recorded } from './recorder.js';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */

/**
 * What the bench's measures read from the recorder: map ready, the attributes the
 * scrollytelling measure watches, long tasks from the start, and the frames behind them.
 * @type {import('./recorder.js').RecorderOptions}
 */
export const BENCH_RECORDING = {
  mapReady: true,
  attributes: ['aria-current', 'data-camera', 'data-center', 'data-focus'],
  longTasks: true,
  frames: true,
};

/**
 * A fresh context (empty cache, no storage), with the recorder unless `record` is false: the
 * heap measurement leaves it out, since its logs grow with use too.
 * @param {Browser} browser
 * @param {{ record?: boolean }} [options]
 */
export async function openFresh(browser, { record: withRecorder = true } = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
  if (withRecorder) await record(context, BENCH_RECORDING);
  const page = await context.newPage();
  return { context, page };
}

/**
 * Waits for the map to be ready and fails when the map shows its error state instead.
 * @param {Page} page
 * @returns {Promise<number | null>} when it was ready, if the recorder saw it
 */
export async function waitMapReady(page) {
  await page.waitForFunction(
    () => {
      const rec = /** @type {any} */ (window).__recorder;
      return rec?.options.mapReady
        ? rec.mapReady != null
        : /** @type {HTMLElement | null} */ (document.querySelector('section[aria-label="Map"]'))
            ?.dataset.mapStatus === 'ready';
    },
    null,
    { timeout: 30_000 },
  );
  if (await page.locator('section[aria-label="Map"] .status.failed').count())
    throw new Error('the map failed to load (WebGL?)');
  return (await recorded(page, 'mapReady')) ?? null;
}

/**
 * Waits until the camera has stopped and stayed still, so the next step starts at rest.
 * @param {Page} page
 */
export async function waitCameraIdle(page, settleMs = 800) {
  await page.waitForFunction(
    () =>
      /** @type {HTMLElement | null} */ (document.querySelector('section[aria-label="Map"]'))
        ?.dataset.camera === 'idle',
    null,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(settleMs);
}

/**
 * Opens the site fresh, waits for the map and camera, runs `fn`, and closes the context.
 * @template T
 * @param {Browser} browser
 * @param {(page: Page) => Promise<T>} fn
 * @param {{ record?: boolean }} [options]
 * @returns {Promise<T>}
 */
export async function withLoadedPage(browser, fn, options) {
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

/**
 * What draws WebGL here: in a container without a GPU it is SwiftShader, on the CPU.
 * @param {Browser} browser
 * @returns {Promise<string>}
 */
export async function webglRenderer(browser) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info && gl
        ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
        : gl
          ? 'unknown'
          : 'no WebGL 2';
    });
  } finally {
    await page.close();
  }
}
