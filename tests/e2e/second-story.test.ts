import { expect, loadStory, mapReady, test } from './fixtures';

const danube = loadStory(
  'tests/fixtures/danube/article.md',
  'tests/fixtures/danube/places.geojson',
);

test.use({ baseURL: 'http://127.0.0.1:4174' });

test('a second story builds and renders with no code change', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Floodwater moves down the Danube',
  );
  const nav = page.getByRole('navigation', { name: 'Places' });
  await expect(nav.getByRole('button')).toHaveText(
    danube.places.map((p) => new RegExp(`^${p.name}`)),
  );
  await mapReady(page);
  await nav.getByRole('button', { name: /^Budapest/ }).click();
  const panel = page.getByRole('region', { name: 'Budapest' });
  await expect(panel.locator('mark')).toHaveText(["Budapest's", 'Hungarian capital']);
  await expect(page.locator('#p-1 a[data-place="austria"]')).toHaveText('Austria’s');
});
