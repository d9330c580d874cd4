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
  // The index groups places by kind, cities first.
  const byKind = ['city', 'country'].flatMap((k) => danube.places.filter((p) => p.kind === k));
  await expect(nav.getByRole('button')).toHaveText(
    byKind.map((p) => new RegExp(`^${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
  );
  await mapReady(page);
  await nav.getByRole('button', { name: /^Budapest/ }).click();
  const panel = page.getByRole('region', { name: 'Budapest' });
  await expect(panel.locator('mark')).toHaveText(["Budapest's", 'Hungarian capital']);
  await expect(page.locator('#p-1 a[data-place="austria"]')).toHaveText('Austria’s');
});

test('markup in the story, place names, aliases and notes is shown as text and runs nothing', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/');
  await mapReady(page);
  const p3 = page.locator('#p-3');
  await expect(p3).toContainText('<script>alert("p")</script>');
  await expect(p3).toContainText('<img src=x onerror=alert("img")>');
  await expect(p3).toContainText('javascript:alert("link")');
  await expect(p3.locator('a[data-place="linz"]').last()).toHaveText(
    '<b onmouseover=alert("alias")>the steel town</b>',
  );
  await p3.locator('a[data-place="linz"]').last().hover();
  await expect(page.getByText('Source: Test Desk <script>alert("source")</script>')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('button', { name: /^St\. Pölten <script>/ })
    .click();
  const panel = page.getByRole('region', { name: 'St. Pölten <script>alert("name")</script>' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'St. Pölten <script>alert("name")</script>',
  );
  await expect(panel).toContainText('<img src=x onerror=alert("note")> javascript:alert(1)');
  // Nothing became an element: no injected img, b or script in the body.
  await expect(page.locator('body img[src="x"], article b, main script')).toHaveCount(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
});
