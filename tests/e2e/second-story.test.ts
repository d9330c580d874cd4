import type { Page } from '@playwright/test';
import type { LineString, MultiLineString, Position } from 'geojson';
import { KINDS } from '../../src/lib/core/kinds';
import { loadStoryFrom } from '../../src/lib/server/load-story';
import { colours } from '../../src/lib/design';
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

/**
 * How many of `points` (page coordinates) have a pixel within `r` px drawn close to `hex` on
 * a screenshot of the map region, counted in a blank page (the map's canvas cannot be read
 * back) so that only the count crosses over.
 */
async function drawnAt(page: Page, points: { x: number; y: number }[], hex: string, r = 3) {
  const png = (await map(page).screenshot()).toString('base64');
  const box = (await map(page).boundingBox())!;
  const local = points.map((p) => ({ x: Math.round(p.x - box.x), y: Math.round(p.y - box.y) }));
  const decoder = await page.context().newPage();
  const count = await decoder.evaluate(
    async ({ png, local, hex, r }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const near = ({ x, y }: { x: number; y: number }) => {
        for (let dy = -r; dy <= r; dy++)
          for (let dx = -r; dx <= r; dx++) {
            const i = ((y + dy) * c.width + x + dx) * 4;
            let d = 0;
            for (let k = 0; k < 3; k++) d += Math.abs(data[i + k] - want[k]);
            if (d < 60) return true;
          }
        return false;
      };
      return local.filter(near).length;
    },
    { png, local, hex, r },
  );
  await decoder.close();
  return count;
}

test('the Danube, given by reference, is drawn along its course, and the Iron Gates dam as a landmark', async ({
  page,
}) => {
  // Screenshots decoded in a second page, on a machine that may be busy: room for that.
  test.setTimeout(120_000);
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
    const points = [];
    for (const [lng, lat] of samples) points.push(await project(page, lng, lat));
    return (await drawnAt(page, points, colour)) / samples.length;
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
  expect(await drawnAt(page, [{ x, y }], colours.accent, 4)).toBe(1);
});
