import type { Page } from '@playwright/test';
import type { LineString, MultiLineString, Position } from 'geojson';
import { KINDS } from '../../src/lib/core/kinds';
import { loadStoryFrom } from '../../src/lib/server/story';
import { colours } from '../../src/lib/tokens';
import { cameraSettled, expect, loadStory, map, mapReady, project, test } from './fixtures';

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
  const byKind = KINDS.flatMap((k) => danube.places.filter((p) => p.kind === k));
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

/** The pixels of the map region, as [r, g, b] rows, decoded in a blank page. */
async function mapPixels(page: Page) {
  const png = (await map(page).screenshot()).toString('base64');
  const box = (await map(page).boundingBox())!;
  const decoder = await page.context().newPage();
  const data = await decoder.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return { width: c.width, pixels: Array.from(ctx.getImageData(0, 0, c.width, c.height).data) };
  }, png);
  await decoder.close();
  return {
    /** Whether a pixel within `r` of (x, y), in page coordinates, is close to `hex`. */
    near(x: number, y: number, hex: string, r = 3) {
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const [cx, cy] = [Math.round(x - box.x), Math.round(y - box.y)];
      for (let dy = -r; dy <= r; dy++)
        for (let dx = -r; dx <= r; dx++) {
          const i = ((cy + dy) * data.width + cx + dx) * 4;
          const got = data.pixels.slice(i, i + 3);
          if (got.reduce((d, v, k) => d + Math.abs(v - want[k]), 0) < 60) return true;
        }
      return false;
    },
  };
}

test('the Danube, given by reference, is drawn along its course, and the Iron Gates dam as a landmark', async ({
  page,
}) => {
  const built = loadStoryFrom(
    'tests/fixtures/danube/article.md',
    'tests/fixtures/danube/places.geojson',
  );
  const river = built.geometry.get('danube') as LineString | MultiLineString;
  const course: Position[] =
    river.type === 'LineString' ? river.coordinates : river.coordinates.flat();
  // Points along the river's course, every tenth of its vertices: most are drawn in the
  // line's colour (a few may sit under a city's label or marker).
  const samples = course.filter((_, i) => i % Math.ceil(course.length / 10) === 0);
  async function drawnAlong(colour: string) {
    const pixels = await mapPixels(page);
    let onLine = 0;
    for (const [lng, lat] of samples) {
      const { x, y } = await project(page, lng, lat);
      if (pixels.near(x, y, colour)) onLine++;
    }
    return onLine / samples.length;
  }
  await page.goto('/place/danube');
  await mapReady(page);
  await cameraSettled(page);
  await expect(page.getByRole('region', { name: 'Danube' }).locator('mark')).toHaveText(['Danube']);
  // Selected, in the accent colour, framed on its course from the Black Forest to the sea.
  expect(await drawnAlong(colours.accent)).toBeGreaterThanOrEqual(0.7);
  const nav = page.getByRole('navigation', { name: 'Places' });
  await nav.getByRole('button', { name: /^Iron Gates/ }).click();
  await expect(map(page)).toHaveAttribute('data-selected', 'iron-gates');
  const panel = page.getByRole('region', { name: 'Iron Gates' });
  await expect(panel).toContainText('Landmark');
  await expect(panel.locator('mark')).toHaveText(['Iron Gates', 'Iron Gate dam']);
  await cameraSettled(page);
  // A diamond in the accent colour, where the dam is.
  const [lng, lat] = (built.geometry.get('iron-gates') as GeoJSON.Point).coordinates;
  const { x, y } = await project(page, lng, lat);
  expect((await mapPixels(page)).near(x, y, colours.accent, 4)).toBe(true);
});
