/**
 * The locator map (docs/cartography.md, docs/testing.md): zoomed in on Mosul the map names its river,
 * its reference cities and its neighbours (read from the map's description, which lists the
 * labels actually drawn), and shows an inset named "Locator map…" and a scale bar; at the
 * world overview there is no inset and no scale bar.
 */
import { DETAIL_ZOOM } from '../../src/lib/map/detail-source';
import { cameraSettled, expect, map, mapReady, story, test } from './fixtures';

const description = (page: import('@playwright/test').Page) => page.locator('#map-description');

test('zoomed in on Mosul, the map names the Tigris, Baghdad, Syria and Turkey', async ({
  page,
}) => {
  await page.goto('/place/mosul');
  await mapReady(page);
  await cameraSettled(page);
  const text = description(page);
  await expect(text).toContainText('Also on the map:');
  for (const name of ['Tigris', 'Baghdad', 'Syria', 'Turkey'])
    await expect(text).toContainText(name);
});

test('zoomed in on Dabiq, the map names Syria and Turkey', async ({ page }) => {
  // Syria's story label sits west of Mosul's frame beside the panel; it is not named twice
  // (lib/server/map-data/locator-context NEAR_STORY), so Syria is asked for where its label is in view.
  await page.goto('/place/dabiq');
  await mapReady(page);
  await cameraSettled(page);
  for (const name of ['Syria', 'Turkey']) await expect(description(page)).toContainText(name);
});

test('zoomed in, an inset locator map and a scale bar; at the overview, neither', async ({
  page,
}) => {
  await page.goto('/place/mosul');
  await mapReady(page);
  await cameraSettled(page);
  expect(Number(await map(page).getAttribute('data-zoom'))).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('img', { name: /^Locator map/ })).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();

  await page.getByRole('button', { name: 'Show all places' }).click();
  await cameraSettled(page);
  expect(Number(await map(page).getAttribute('data-zoom'))).toBeLessThan(3);
  await expect(page.getByRole('img', { name: /^Locator map/ })).toHaveCount(0);
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeHidden();
});

test('past continent scale the map draws 1:10m tiles of the view only; at the overview, none', async ({
  page,
}) => {
  const tiles: { x: number; y: number; ok: boolean }[] = [];
  // On the context: MapLibre's worker fetches the tiles.
  page.context().on('response', (r) => {
    const m = /\/data\/detail\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(new URL(r.url()).pathname);
    if (m) tiles.push({ x: +m[2], y: +m[3], ok: r.ok() && m[1] === String(DETAIL_ZOOM) });
  });
  await page.goto('/');
  await mapReady(page);
  await cameraSettled(page);
  expect(tiles).toEqual([]);

  // A city is framed at DETAIL_ZOOM (core/camera).
  await page.goto('/place/mosul');
  await mapReady(page);
  await cameraSettled(page);
  expect(Number(await map(page).getAttribute('data-zoom'))).toBeGreaterThanOrEqual(DETAIL_ZOOM);
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  expect(tiles.filter((t) => !t.ok)).toEqual([]);
  // Mosul is in the z5 tile x 19, y 12; the view (1280 px: about 3 tiles by 2) and MapLibre's
  // ring of neighbours add a few around it.
  for (const { x, y } of tiles) {
    expect(Math.abs(x - 19)).toBeLessThanOrEqual(3);
    expect(Math.abs(y - 12)).toBeLessThanOrEqual(2);
  }
});

test('on a phone the inset gives way to the places, the scale bar stays', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/place/mosul');
  await mapReady(page);
  await cameraSettled(page);
  await expect(page.getByRole('img', { name: /^Locator map/ })).toHaveCount(0);
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
});

test.describe('the second story', () => {
  test.use({ baseURL: 'http://127.0.0.1:4174' });

  test("at Vienna the map names the fixture's neighbours", async ({ page }) => {
    await page.goto('/place/vienna');
    await mapReady(page);
    await cameraSettled(page);
    const text = description(page);
    await expect(text).toContainText('Also on the map:');
    await expect(text).toContainText('Danube');
    await expect(text).toContainText(/Czechia|Germany|Slovakia/);
  });
});

/**
 * Story labels never overlap and the place the reader chose is always named: MapLibre drops a
 * label that would collide, so "no overlap" is only worth asserting with "and nothing in focus
 * was dropped". The map lists the story labels it drew at rest in `data-labelled`.
 */
const labelled = async (page: import('@playwright/test').Page) =>
  ((await map(page).getAttribute('data-labelled')) ?? '').split(' ');

for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`on a ${size}, every place chosen from the index is named on the map, and the overview names them apart`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(viewport);
    await page.goto('/');
    await mapReady(page);
    await cameraSettled(page);
    // At the world view the places that fit are named; the rest give way, none overlap.
    expect((await labelled(page)).length).toBeGreaterThanOrEqual(size === 'desktop' ? 12 : 8);
    const dropped: string[] = [];
    const index = page.getByRole('navigation', { name: 'Places' });
    for (const place of story.places) {
      const name = new RegExp(`^${place.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`);
      await index.getByRole('button', { name }).first().click();
      await expect(map(page)).toHaveAttribute('data-focus', place.id);
      await cameraSettled(page);
      // The label layers are filtered for the new focus as the camera moves, and MapLibre lays
      // out their tiles again: the map may come to rest once before the names are placed.
      await expect
        .poll(async () => (await labelled(page)).includes(place.id), { timeout: 5_000 })
        .toBe(true)
        .catch(() => dropped.push(place.id));
      await page.keyboard.press('Escape');
    }
    expect(dropped).toEqual([]);
  });
}
