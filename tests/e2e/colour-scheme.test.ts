/**
 * The reader's colour scheme: the page, the live map and its poster follow the system's
 * setting from the first paint (with script and without), `?theme=` overrides it and survives
 * choosing places and Back, and a change of setting with the page open repaints page and map
 * without losing the selection or moving the camera. Brightness is read from the pixels drawn.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, map, mapReady, startMap, test } from './fixtures';

/**
 * The mean relative luminance (0 black, 1 white) of what `target` shows: a screenshot of it,
 * decoded and averaged by the page's own canvas.
 */
async function brightness(page: Page, target: Locator): Promise<number> {
  const png = (await target.screenshot({ animations: 'disabled' })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    let sum = 0;
    for (let i = 0; i < px.length; i += 4)
      sum += 0.2126 * lin(px[i]) + 0.7152 * lin(px[i + 1]) + 0.0722 * lin(px[i + 2]);
    return sum / (px.length / 4);
  }, png);
}

/** The luminance of the page's background colour, as the browser computes it. */
async function pageBackground(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body)
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number);
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  });
}

const canvas = (page: Page) => map(page).locator('canvas');
const poster = (page: Page) => map(page).locator('img').first();
const theme = (page: Page) => page.locator('html').getAttribute('data-theme');

test.describe('a reader whose phone is set to dark', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 390, height: 844 }, hasTouch: true });

  test('gets a dark page, poster and map from the first paint', async ({ page }) => {
    await page.goto('/');
    expect(await theme(page)).toBe('dark');
    expect(await pageBackground(page)).toBeLessThan(0.05);
    // On a phone the poster stands in until the reader's first move: dark from the start.
    await expect(map(page)).toHaveAttribute('data-map-status', 'waiting');
    await expect(poster(page)).toBeVisible();
    expect(await brightness(page, poster(page))).toBeLessThan(0.08);
    await startMap(page);
    expect(await brightness(page, canvas(page))).toBeLessThan(0.08);
  });
});

test.describe('a reader whose system is set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('and a light one when the host page asks for it, through choices and Back', async ({
    page,
  }) => {
    await page.goto('/?theme=light');
    expect(await theme(page)).toBe('light');
    await mapReady(page);
    expect(await brightness(page, canvas(page))).toBeGreaterThan(0.5);
    await page
      .getByRole('navigation', { name: 'Places' })
      .getByRole('button', { name: /^Syria,/ })
      .click();
    await expect(page).toHaveURL(/\/place\/syria\?theme=light$/);
    expect(await theme(page)).toBe('light');
    await page
      .getByRole('navigation', { name: 'Places' })
      .getByRole('button', { name: /^Iraq,/ })
      .click();
    await expect(page).toHaveURL(/\/place\/iraq\?theme=light$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/place\/syria\?theme=light$/);
    await expect(map(page)).toHaveAttribute('data-selected', 'syria');
    expect(await theme(page)).toBe('light');
    expect(await pageBackground(page)).toBeGreaterThan(0.8);
  });
});

test.describe('without script', () => {
  test.use({ colorScheme: 'dark', javaScriptEnabled: false });

  test('the page and the poster still follow the system', async ({ page }) => {
    await page.goto('/');
    expect(await theme(page)).toBeNull();
    expect(await pageBackground(page)).toBeLessThan(0.05);
    await expect(poster(page)).toBeVisible();
    expect(await brightness(page, poster(page))).toBeLessThan(0.08);
  });
});

test('a change of system setting repaints page and map, keeping the place and the camera', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/place/syria?theme=auto');
  await mapReady(page);
  await expect(map(page)).toHaveAttribute('data-camera', 'idle');
  expect(await brightness(page, canvas(page))).toBeGreaterThan(0.5);
  const center = await map(page).getAttribute('data-center');
  const zoom = await map(page).getAttribute('data-zoom');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => theme(page)).toBe('dark');
  await expect.poll(() => brightness(page, canvas(page))).toBeLessThan(0.08);
  expect(await pageBackground(page)).toBeLessThan(0.05);
  await expect(map(page)).toHaveAttribute('data-selected', 'syria');
  await expect(map(page)).toHaveAttribute('data-center', center!);
  await expect(map(page)).toHaveAttribute('data-zoom', zoom!);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => brightness(page, canvas(page))).toBeGreaterThan(0.5);
});
