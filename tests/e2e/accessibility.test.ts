import AxeBuilder from '@axe-core/playwright';
import { expect, map, mapReady, story, test } from './fixtures';

const pages = [
  { name: 'the story', path: '/', map: true },
  { name: 'a place page with its panel open', path: '/place/iraq', map: true },
  // The dark scheme's colours, with the panel open over the map.
  { name: 'a place page in the dark scheme', path: '/place/iraq?theme=dark', map: true },
  { name: 'the 404 page', path: '/place/atlantis', map: false },
];

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport, expectedErrors: [/status of 404/] });

    for (const p of pages) {
      test(`axe finds no violations on ${p.name}`, async ({ page }) => {
        await page.goto(p.path);
        if (p.map) await mapReady(page);
        // Also the rules Lighthouse runs without scoring that this axe leaves off by default.
        const results = await new AxeBuilder({ page })
          .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

test('keyboard only: every place reachable, the panel usable and closable, focus kept', async ({
  page,
}) => {
  await page.goto('/');
  await mapReady(page);
  // Skip to the index, then Tab through it: every place is a stop in order.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const names: string[] = [];
  for (let i = 0; i < story.places.length; i++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
  }
  expect(names.map((n) => n.split(',')[0])).toEqual(
    ['city', 'country', 'region', 'historical', 'concept'].flatMap((k) =>
      story.places.filter((p) => p.kind === k).map((p) => p.name),
    ),
  );
  // Choose the last one with the keyboard; focus moves into the panel.
  await page.keyboard.press('Enter');
  const last = names[names.length - 1].split(',')[0];
  const panel = page.getByRole('region', { name: last });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  // Tab moves through the panel's controls; nothing traps focus.
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: `Close ${last}` })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: new RegExp(`^${last},`) })).toBeFocused();
});

test('the map canvas takes focus with a visible ring and pans and zooms by keyboard', async ({
  page,
}) => {
  await page.goto('/');
  await mapReady(page);
  const canvas = map(page).locator('canvas');
  await canvas.focus();
  await expect(canvas).toBeFocused();
  const outline = await canvas.evaluate((el) => getComputedStyle(el).outlineStyle);
  // Focus via script is not keyboard focus; press a key so :focus-visible applies.
  await page.keyboard.press('Shift');
  expect(await canvas.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  expect(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  void outline;
  const zoom = Number(await map(page).getAttribute('data-zoom'));
  await page.keyboard.press('Equal');
  await expect
    .poll(async () => Number(await map(page).getAttribute('data-zoom')))
    .toBeGreaterThan(zoom);
  const center = await map(page).getAttribute('data-center');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => map(page).getAttribute('data-center')).not.toBe(center);
});

test('the map region describes what it shows, and the description follows the story', async ({
  page,
}) => {
  await page.goto('/');
  await mapReady(page);
  await expect(map(page)).toHaveAccessibleDescription(/^Map shows all places in the story\./);
  await page.evaluate(() => document.getElementById('p-1')!.scrollIntoView());
  // What the map shows in focus first; then what else it names ("Also on the map: …").
  await expect(map(page)).toHaveAccessibleDescription(/^Map shows Iraq, Mosul, Syria and Dabiq\./);
  await expect(page.locator('[data-testid="map-announcer"]')).toHaveText(
    'Map shows Iraq, Mosul, Syria and Dabiq.',
  );
  await expect(page.locator('[data-testid="map-announcer"]')).toHaveAttribute(
    'aria-live',
    'polite',
  );
});
