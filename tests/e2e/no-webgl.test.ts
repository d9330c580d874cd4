import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { expect, map, test } from './fixtures';

// A browser without WebGL: the map is a still image of what is selected; all else works.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-webgl2'],
  },
});

test('without WebGL the map region shows the still image and the explainer still works', async ({
  page,
}) => {
  await page.goto('/');
  await expect(map(page)).toHaveAttribute('data-map-status', 'failed-webgl');
  await expect(map(page)).toHaveAttribute('aria-busy', 'false');
  const img = map(page).getByRole('img', { name: /^Map of the places named in/ });
  await expect(img).toHaveAttribute('src', '/og/story.png');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1200);
  await expect(map(page).getByRole('status')).toContainText('needs WebGL');
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('button', { name: /^Dabiq,/ })
    .click();
  await expect(page.getByRole('region', { name: 'Dabiq' })).toBeVisible();
  await expect(
    map(page).getByRole('img', { name: 'Locator map highlighting Dabiq' }),
  ).toHaveAttribute('src', '/og/dabiq.png');
  await page.getByRole('link', { name: 'Read paragraph 1 in the story' }).click();
  await expect(page.locator('#p-1')).toBeFocused();
  await page.locator('#p-7 a[data-place="aleppo"]').click();
  await expect(page).toHaveURL(/\/place\/aleppo$/);
  // No MapLibre download at all when it cannot run.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.mjs')),
  );
  expect(scripts).toEqual([]);
});
