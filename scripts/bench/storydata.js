/**
 * 2c. All the map data a reader loads through the story: the map data file and the detail
 * tiles (lib/server/map-data/detail-tiles) fetched on the desktop while every place in the index is chosen
 * in turn, then every paragraph framed. Sizes are gzip -9 of the built files, as in sizes.js.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openFresh, waitCameraIdle, waitMapReady } from './browser.js';
import { BUILD_DIR, SITE } from './config.js';
import { fmt, printTable } from './format.js';

/** @param {import('@playwright/test').Browser} browser */
export async function measureStoryData(browser) {
  const { context, page } = await openFresh(browser, { record: false });
  /** @type {Set<string>} */
  const requested = new Set();
  try {
    // On the context: MapLibre's worker fetches the tiles.
    context.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/data/')) requested.add(path);
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(SITE);
    await waitMapReady(page);
    const index = page.getByRole('navigation', { name: 'Places' }).getByRole('button');
    const places = await index.count();
    for (let i = 0; i < places; i++) {
      await index.nth(i).click();
      await waitCameraIdle(page, 300);
      await page.keyboard.press('Escape');
    }
    const paragraphs = await page.locator('article [id^="p-"]').count();
    for (let i = 1; i <= paragraphs; i++) {
      await page.goto(`${SITE}#p-${i}`);
      await waitCameraIdle(page, 300);
    }
  } finally {
    await context.close();
  }
  const files = [...requested].map((path) => ({
    file: path.slice(1),
    gzip: gzipSync(readFileSync(join(BUILD_DIR, path)), { level: 9 }).length,
  }));
  const tiles = files.filter((f) => f.file.startsWith('data/detail/'));
  const sum = (/** @type {{ gzip: number }[]} */ list) => list.reduce((s, f) => s + f.gzip, 0);
  return { files, tiles: { count: tiles.length, gzip: sum(tiles) }, total: { gzip: sum(files) } };
}

/** @param {Awaited<ReturnType<typeof measureStoryData>> | undefined} data */
export function printStoryData(data) {
  if (!data) return;
  printTable(
    '   Map data loaded through the story (desktop: every place, then every paragraph)',
    ['what', 'files', 'gzip'],
    [
      ...data.files
        .filter((f) => !f.file.startsWith('data/detail/'))
        .map((f) => [f.file, '1', fmt.kb(f.gzip)]),
      ['detail tiles (data/detail)', String(data.tiles.count), fmt.kb(data.tiles.gzip)],
      ['total', String(data.files.length), fmt.kb(data.total.gzip)],
    ],
  );
}
