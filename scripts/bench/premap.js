/**
 * 2b. The JS files the first route requests, in order. The MapLibre chunk is the largest
 * built JS file; what is requested before it is what the reader waits for before the map can
 * start.
 */
import { openFresh, waitMapReady } from './browser.js';
import { SITE } from './config.js';
import { fmt, printTable } from './format.js';

/** A chunk smaller than this is not MapLibre (about 1 MB minified in version 6). */
const MAP_CHUNK_MIN_BYTES = 300_000;

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {ReturnType<typeof import('./sizes.js').measureSizes>} sizes
 */
export async function measurePreMapJs(browser, sizes) {
  const byFile = new Map(sizes.assets.map((a) => [a.file, a]));
  const mapChunk = sizes.assets
    .filter((a) => a.file.endsWith('.js'))
    .sort((a, b) => b.raw - a.raw)[0];
  if (!mapChunk || mapChunk.raw < MAP_CHUNK_MIN_BYTES)
    throw new Error('no MapLibre chunk found in the build');
  const { context, page } = await openFresh(browser);
  /** @type {string[]} */
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
  const isWorker = (/** @type {string} */ f) => /worker/i.test(f) && f.endsWith('.mjs');
  const info = (/** @type {string} */ f) => byFile.get(f) ?? { file: f, raw: 0, gzip: 0 };
  const sum = (/** @type {string[]} */ files) => ({
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

/** @param {Awaited<ReturnType<typeof measurePreMapJs>> | undefined} preMap */
export function printPreMap(preMap) {
  if (!preMap) return;
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
