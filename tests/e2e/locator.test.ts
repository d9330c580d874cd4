/**
 * The locator map (DESIGN.md sections 6 and 8): zoomed in on Mosul the map names its river,
 * its reference cities and its neighbours (read from the map's description, which lists the
 * labels actually drawn), and shows an inset named "Locator map…" and a scale bar; at the
 * world overview there is no inset and no scale bar.
 */
import { cameraSettled, expect, map, mapReady, test } from './fixtures';

const description = (page: import('@playwright/test').Page) => page.locator('#map-description');

test('zoomed in on Mosul, the map names the Tigris, Baghdad and Turkey', async ({ page }) => {
  await page.goto('/place/mosul');
  await mapReady(page);
  await cameraSettled(page);
  const text = description(page);
  await expect(text).toContainText('Also on the map:');
  for (const name of ['Tigris', 'Baghdad', 'Turkey', 'Iran'])
    await expect(text).toContainText(name);
});

test('zoomed in on Dabiq, the map names Syria and Turkey', async ({ page }) => {
  // Syria's story label sits west of Mosul's frame beside the panel; it is not named twice
  // (lib/server/context NEAR_STORY), so Syria is asked for where its label is in view.
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
