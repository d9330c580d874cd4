import type { Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  cameraMoveFrames,
  cameraSettled,
  expect,
  map,
  mapReady,
  recordCameraMoves,
  startMap,
  story,
  test,
} from './fixtures';

const current = (page: Page) => page.locator('article [aria-current="step"]');

/** Scrolls so that paragraph n's top sits on the reading line, as an anchor link would. */
async function scrollToParagraph(page: Page, n: number) {
  await page.evaluate(
    (n) =>
      document.getElementById(`p-${n}`)!.scrollIntoView({ behavior: 'instant', block: 'start' }),
    n,
  );
}

async function cameraState(page: Page) {
  const el = map(page);
  return {
    center: (await el.getAttribute('data-center'))!.split(',').map(Number),
    zoom: Number(await el.getAttribute('data-zoom')),
    focus: await el.getAttribute('data-focus'),
  };
}

test('the paragraph on the reading line is active and the map shows its places', async ({
  page,
}) => {
  await page.goto('/');
  await mapReady(page);
  await expect(current(page)).toHaveCount(0);
  await expect(map(page)).toHaveAttribute('data-focus', '');
  for (const n of [1, 4, 7]) {
    await scrollToParagraph(page, n);
    await expect(current(page)).toHaveAttribute('id', `p-${n}`);
    await expect(map(page)).toHaveAttribute('data-focus', story.paragraphs[n - 1].places.join(' '));
  }
  await expect(page.locator('[data-testid="map-announcer"]')).toHaveText(
    'Map shows Iraq, Syria and Aleppo.',
  );
});

test('an open panel takes precedence until it is closed', async ({ page }) => {
  await page.goto('/');
  await mapReady(page);
  await scrollToParagraph(page, 6);
  await expect(map(page)).toHaveAttribute('data-focus', story.paragraphs[5].places.join(' '));
  await page.locator('#p-6 a[data-place="russia"]').click();
  await expect(map(page)).toHaveAttribute('data-focus', 'russia');
  await scrollToParagraph(page, 2);
  await expect(current(page)).toHaveAttribute('id', 'p-2');
  await expect(map(page)).toHaveAttribute('data-focus', 'russia');
  await page.keyboard.press('Escape');
  await expect(map(page)).toHaveAttribute('data-focus', story.paragraphs[1].places.join(' '));
});

test('a fast flick down and back up ends in the state of the paragraph on screen', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // Where the story says the map should end: a fresh load straight at paragraph 3.
  await page.goto('/#p-3');
  await mapReady(page);
  await expect(current(page)).toHaveAttribute('id', 'p-3');
  await cameraSettled(page);
  const expected = await cameraState(page);
  expect(expected.focus).toBe(story.paragraphs[2].places.join(' '));

  await page.goto('/');
  await mapReady(page);
  await page.mouse.move(300, 400);
  for (let i = 0; i < 25; i++) await page.mouse.wheel(0, 450);
  for (let i = 0; i < 25; i++) await page.mouse.wheel(0, -450);
  await scrollToParagraph(page, 3);
  await expect(current(page)).toHaveAttribute('id', 'p-3');
  await cameraSettled(page);
  const after = await cameraState(page);
  expect(after.focus).toBe(expected.focus);
  expect(after.zoom).toBeCloseTo(expected.zoom, 1);
  expect(after.center[0]).toBeCloseTo(expected.center[0], 0);
  expect(after.center[1]).toBeCloseTo(expected.center[1], 0);
});

test('an anchor link opens with its paragraph active', async ({ page }) => {
  await page.goto('/#p-7');
  await expect(current(page)).toHaveAttribute('id', 'p-7');
  await mapReady(page);
  await expect(map(page)).toHaveAttribute('data-focus', 'iraq syria aleppo');
});

test('Next, Previous, j and k move through the story', async ({ page }) => {
  await page.goto('/');
  await mapReady(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(current(page)).toHaveAttribute('id', 'p-1');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(current(page)).toHaveAttribute('id', 'p-2');
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(current(page)).toHaveAttribute('id', 'p-1');
  await page.mouse.click(5, 5);
  await page.keyboard.press('j');
  await expect(current(page)).toHaveAttribute('id', 'p-2');
  await page.keyboard.press('j');
  await expect(current(page)).toHaveAttribute('id', 'p-3');
  await page.keyboard.press('k');
  await expect(current(page)).toHaveAttribute('id', 'p-2');
  // Let the smooth scroll land: chromium adds what is left of it to an instant scroll.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const line = parseFloat(
          getComputedStyle(document.documentElement).getPropertyValue('--reading-line'),
        );
        return Math.round(document.getElementById('p-2')!.getBoundingClientRect().top - line);
      }),
    )
    .toBe(0);
  const progress = page.getByRole('progressbar', { name: 'Reading progress' });
  const before = Number(await progress.getAttribute('aria-valuenow'));
  await scrollToParagraph(page, 9);
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')))
    .toBeGreaterThan(before);
  await expect(progress).toHaveAttribute('aria-valuetext', 'Paragraph 9 of 9');
});

test('skip links lead to the story and the place index', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the story' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the place index' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#places$/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Mosul,/ })).toBeFocused();
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the camera jumps instead of flying, with the padding kept', async ({ page }) => {
    await recordCameraMoves(page);
    await page.goto('/');
    await mapReady(page);
    await page
      .getByRole('navigation', { name: 'Places' })
      .getByRole('button', { name: /^Syria,/ })
      .click();
    await expect(map(page)).toHaveAttribute('data-selected', 'syria');
    await cameraSettled(page);
    // A jump starts and ends in the same task, or at most across one frame; a flight draws a
    // frame for each step of its second or more.
    expect(Math.max(0, ...(await cameraMoveFrames(page)))).toBeLessThanOrEqual(1);
    const [lng] = (await map(page).getAttribute('data-center'))!.split(',').map(Number);
    // The panel covers the right of the map, so Syria (36–42 E) sits left of the centre.
    expect(lng).toBeGreaterThan(40);
    await expect(page.getByRole('button', { name: 'Reduce motion' })).toBeDisabled();
  });
});

test('the "Reduce motion" toggle makes the camera jump and is remembered', async ({ page }) => {
  await recordCameraMoves(page);
  await page.goto('/');
  await mapReady(page);
  const toggle = page.getByRole('button', { name: 'Reduce motion' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await mapReady(page);
  await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await scrollToParagraph(page, 7);
  await expect(map(page)).toHaveAttribute('data-focus', 'iraq syria aleppo');
  await cameraSettled(page);
  expect(Math.max(0, ...(await cameraMoveFrames(page)))).toBeLessThanOrEqual(1);
});

test('inside an iframe the scroll triggers still work', async ({ page }) => {
  // A page on another origin (its own little server) that embeds the explainer.
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(
      '<!doctype html><title>Embed test</title><h1>A page that embeds the explainer</h1>' +
        '<iframe src="http://127.0.0.1:4173/" title="Explainer" style="width:1100px;height:700px;border:0"></iframe>',
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const frame = page.frameLocator('iframe');
    const region = frame.getByRole('region', { name: 'Map' });
    await expect(region).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    const inner = page.frames().find((f) => f.url().startsWith('http://127.0.0.1:4173'))!;
    await inner.evaluate(() => document.getElementById('p-5')!.scrollIntoView({ block: 'start' }));
    await expect(frame.locator('article [aria-current="step"]')).toHaveAttribute('id', 'p-5');
    await expect(region).toHaveAttribute('data-focus', story.paragraphs[4].places.join(' '));
    // Scrolling the iframe with the wheel, as a reader would, back to the start.
    await frame.locator('#p-5').hover();
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
    await expect(frame.locator('article [aria-current="step"]')).toHaveCount(0);
    await expect(region).toHaveAttribute('data-focus', '');
  } finally {
    server.close();
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map stays visible and frames each paragraph while the story scrolls', async ({
    page,
  }) => {
    await page.goto('/');
    await startMap(page);
    for (const n of [2, 5, 8]) {
      await scrollToParagraph(page, n);
      await expect(current(page)).toHaveAttribute('id', `p-${n}`);
      const box = (await map(page).boundingBox())!;
      expect(box.y).toBe(0);
      expect(box.height).toBeGreaterThanOrEqual(220);
      // The active paragraph shows below the map.
      const p = (await page.locator(`#p-${n}`).boundingBox())!;
      expect(p.y).toBeGreaterThanOrEqual(box.height - 1);
    }
  });
});

test('a paragraph naming "the West" is framed on the Atlantic side, not across the Pacific', async ({
  page,
}) => {
  await page.goto('/#p-3');
  await mapReady(page);
  await expect(map(page)).toHaveAttribute('data-focus', /^the-west /);
  await cameraSettled(page);
  const [lng] = (await map(page).getAttribute('data-center'))!.split(',').map(Number);
  expect(Math.abs(lng)).toBeLessThan(60);
});
