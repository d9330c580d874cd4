import { cameraSettled, expect, map, mapReady, project, startMap, story, test } from './fixtures';

const placesNav = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation', { name: 'Places' });

/** A place's button in the index: its name, then the end or a comma ("Europe", not "European Union"). */
const named = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`);

test('the page loads, the map gets ready, with nothing from elsewhere', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(story.meta.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.locator('article p[id^="p-"]')).toHaveCount(9);
  await mapReady(page);
  await expect(map(page)).toHaveAttribute('data-selected', '');
  await expect(map(page)).toHaveAttribute('data-center', /^-?\d+\.\d{4},-?\d+\.\d{4}$/);
  await expect(map(page).locator('canvas')).toBeVisible();
  await expect(page.getByText('Natural Earth').first()).toBeVisible();
});

test('every place in the index opens its panel with its excerpts and marks', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await mapReady(page);
  for (const place of story.places) {
    await placesNav(page)
      .getByRole('button', { name: named(place.name) })
      .click();
    const panel = page.getByRole('region', { name: place.name, exact: true });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(map(page)).toHaveAttribute('data-selected', place.id);
    const quotes = panel.locator('blockquote');
    await expect(quotes).toHaveCount(place.excerpts.length);
    for (const [i, x] of place.excerpts.entries()) {
      await expect(quotes.nth(i)).toHaveText(x.parts.map((p) => p.text).join(''));
      await expect(quotes.nth(i).locator('mark')).toHaveText(
        x.parts.filter((p) => p.mark).map((p) => p.text),
      );
    }
    await expect(page).toHaveURL(new RegExp(`/place/${place.id}$`));
  }
});

test('the panel closes with Esc and gives focus back', async ({ page }) => {
  await page.goto('/');
  await mapReady(page);
  const button = placesNav(page).getByRole('button', { name: /^Aleppo/ });
  await button.click();
  await expect(page.getByRole('region', { name: 'Aleppo' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Aleppo' })).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(page).toHaveURL(/127\.0\.0\.1:4173\/$/);
  await expect(map(page)).toHaveAttribute('data-selected', '');
});

test('the close button closes the panel', async ({ page }) => {
  await page.goto('/place/syria');
  await mapReady(page);
  await page.getByRole('button', { name: 'Close Syria' }).click();
  await expect(page.getByRole('region', { name: 'Syria' })).toHaveCount(0);
});

test('a mention in the story chooses its place without moving the reading position', async ({
  page,
}) => {
  await page.goto('/');
  await mapReady(page);
  await page.locator('#p-7').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await page.locator('#p-7 a[data-place="aleppo"]').click();
  await expect(page.getByRole('region', { name: 'Aleppo' })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expect(map(page)).toHaveAttribute('data-selected', 'aleppo');
});

test('a paragraph link in the panel scrolls the story there', async ({ page }) => {
  await page.goto('/place/mosul');
  await mapReady(page);
  await page.getByRole('link', { name: 'Read paragraph 9 in the story' }).click();
  await expect(page.locator('#p-9')).toBeInViewport();
  await expect(page.locator('#p-9')).toBeFocused();
});

test('clicking a city on the map canvas selects it', async ({ page }) => {
  await page.goto('/place/iraq');
  await mapReady(page);
  await cameraSettled(page);
  const { x, y } = await project(page, 43.119, 36.335);
  await page.mouse.click(x, y);
  await expect(map(page)).toHaveAttribute('data-selected', 'mosul');
  await expect(page.getByRole('region', { name: 'Mosul' })).toBeVisible();
});

test('a click that hits Dabiq and Aleppo together offers a choice', async ({ page }) => {
  await page.goto('/');
  await mapReady(page);
  await cameraSettled(page);
  const a = await project(page, 37.134, 36.202);
  const d = await project(page, 37.27, 36.538);
  expect(Math.hypot(a.x - d.x, a.y - d.y)).toBeLessThan(8);
  await page.mouse.click((a.x + d.x) / 2, (a.y + d.y) / 2);
  const chooser = page.getByRole('dialog', { name: 'Several places here' });
  await expect(chooser).toBeVisible();
  // Both are offered (their dots overlap; a label within a finger's width may add its place,
  // as Iraq's does at this zoom), the first with the focus.
  for (const name of [/^Aleppo/, /^Dabiq/])
    await expect(chooser.getByRole('button', { name })).toBeVisible();
  await expect(chooser.getByRole('button').first()).toBeFocused();
  await chooser.getByRole('button', { name: /^Dabiq/ }).click();
  await expect(map(page)).toHaveAttribute('data-selected', 'dabiq');
});

test('a click on overlapping areas offers them, smallest first', async ({ page }) => {
  await page.goto('/place/algeria');
  await mapReady(page);
  await cameraSettled(page);
  // Inside Algeria, in the Sahara, far from any label: Algeria, North Africa.
  const { x, y } = await project(page, 2.5, 24.5);
  await page.mouse.click(x, y);
  const chooser = page.getByRole('dialog', { name: 'Several places here' });
  await expect(chooser.getByRole('button')).toHaveText([/^Algeria/, /^North Africa/, '×']);
});

test('Back and Forward restore the selection', async ({ page }) => {
  await page.goto('/');
  await mapReady(page);
  await placesNav(page).getByRole('button', { name: /^Iraq/ }).click();
  await expect(map(page)).toHaveAttribute('data-selected', 'iraq');
  // The panel shows at once; the history entry follows when the navigation has finished.
  await expect(page).toHaveURL(/\/place\/iraq$/);
  await placesNav(page)
    .getByRole('button', { name: /^Syria/ })
    .click();
  await expect(map(page)).toHaveAttribute('data-selected', 'syria');
  await expect(page).toHaveURL(/\/place\/syria$/);
  await page.goBack();
  await expect(map(page)).toHaveAttribute('data-selected', 'iraq');
  await expect(page.getByRole('region', { name: 'Iraq' })).toBeVisible();
  await page.goForward();
  await expect(map(page)).toHaveAttribute('data-selected', 'syria');
});

test('a place page opens with the place selected and framed', async ({ page }) => {
  await page.goto('/place/afghanistan');
  await expect(page).toHaveTitle(`Afghanistan — ${story.meta.title}`);
  await expect(page.getByRole('region', { name: 'Afghanistan' })).toBeVisible();
  await mapReady(page);
  await cameraSettled(page);
  await expect(map(page)).toHaveAttribute('data-selected', 'afghanistan');
  const [lng, lat] = (await map(page).getAttribute('data-center'))!.split(',').map(Number);
  // Framed on Afghanistan (61–75 E, 29–39 N), shifted a little for the panel's padding.
  expect(lng).toBeGreaterThan(60);
  expect(lng).toBeLessThan(80);
  expect(lat).toBeGreaterThan(27);
  expect(lat).toBeLessThan(41);
});

test('"Show all places" frames every place', async ({ page }) => {
  await page.goto('/place/mosul');
  await mapReady(page);
  await cameraSettled(page);
  const zoomed = Number(await map(page).getAttribute('data-zoom'));
  await page.getByRole('button', { name: 'Show all places' }).click();
  await expect
    .poll(async () => Number(await map(page).getAttribute('data-zoom')))
    .toBeLessThan(zoomed - 2);
  await expect(map(page)).toHaveAttribute('data-selected', 'mosul');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map stays on top and the panel is a bottom sheet', async ({ page }) => {
    await page.goto('/');
    await startMap(page);
    const box = (await map(page).boundingBox())!;
    expect(box.y).toBe(0);
    expect(box.height).toBeGreaterThanOrEqual(220);
    await placesNav(page)
      .getByRole('button', { name: /^Mosul/ })
      .click();
    const panel = page.getByRole('region', { name: 'Mosul' });
    await expect(panel).toBeVisible();
    const sheet = (await panel.boundingBox())!;
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(390);
    expect(Math.round(sheet.y + sheet.height)).toBe(844);
    await page.mouse.wheel(0, 1200);
    expect((await map(page).boundingBox())!.y).toBe(0);
  });
});

test('Europe is framed on the continent, not stretched to French Guiana', async ({ page }) => {
  await page.goto('/place/europe');
  await mapReady(page);
  await cameraSettled(page);
  const mapBox = (await map(page).boundingBox())!;
  const panel = (await page.getByRole('region', { name: 'Europe', exact: true }).boundingBox())!;
  const visible = ({ x, y }: { x: number; y: number }) =>
    x > mapBox.x && x < panel.x && y > mapBox.y && y < mapBox.y + mapBox.height;
  // Lisbon, Athens, Helsinki and Dublin are on screen beside the panel...
  for (const [lng, lat] of [
    [-9.14, 38.72],
    [23.73, 37.98],
    [24.94, 60.17],
    [-6.26, 53.35],
  ])
    expect(visible(await project(page, lng, lat))).toBe(true);
  // ...and the continent fills the view: Lisbon to Helsinki is over a third of its width.
  const lisbon = await project(page, -9.14, 38.72);
  const helsinki = await project(page, 24.94, 60.17);
  expect(helsinki.x - lisbon.x).toBeGreaterThan((panel.x - mapBox.x) / 3);
  // French Guiana, part of France, is left out of the frame.
  expect(visible(await project(page, -53.1, 3.9))).toBe(false);
});

test('the map is shown once drawn in full, not built up piece by piece', async ({ page }) => {
  // Records the canvas's visibility at every change of the map's status, from page start.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const section = document.querySelector('section[aria-label="Map"]');
      const canvas = section?.querySelector('canvas');
      if (canvas)
        seen.push(
          `${section!.getAttribute('data-map-status')}:${getComputedStyle(canvas).visibility}`,
        );
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
  await page.goto('/');
  await mapReady(page);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  // The canvas existed, hidden, while the map loaded; it is visible once ready.
  expect(seen).toContain('loading:hidden');
  expect(seen).not.toContain('loading:visible');
  expect(seen.at(-1)).toBe('ready:visible');
  const [loaded, shown] = await page.evaluate(() =>
    ['map-loaded', 'map-shown'].map((n) => performance.getEntriesByName(n)[0]?.startTime),
  );
  expect(loaded).toBeGreaterThan(0);
  expect(shown).toBeGreaterThanOrEqual(loaded);
});
