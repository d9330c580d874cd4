import type { Page } from '@playwright/test';
import { mapData } from '../../src/lib/server/map-data/map-json';
import { loadStoryFrom } from '../../src/lib/server/load-story';
import { cameraSettled, expect, map, mapReady, story, test } from './fixtures';

const { frames } = mapData(loadStoryFrom('src/content/article.md', 'geo/places.geojson'));

/** True when the map's centre lies inside the place's frame (with a margin for padding). */
async function centredOn(page: Page, id: string) {
  const [w, s, e, n] = frames[id];
  const [lng, lat] = (await map(page).getAttribute('data-center'))!.split(',').map(Number);
  const margin = Math.max(8, (e - w) * 0.6);
  const x = lng < w - margin ? lng + 360 : lng;
  return x >= w - margin && x <= e + margin && lat >= s - margin && lat <= n + margin;
}

test('fifty selections in two seconds end with panel, URL, highlights and camera agreeing', async ({
  page,
}) => {
  await page.goto('/');
  await mapReady(page);
  const ids = Array.from({ length: 50 }, (_, i) => story.places[(i * 7) % story.places.length].id);
  const last = ids[ids.length - 1];
  const place = story.places.find((p) => p.id === last)!;
  // Fifty clicks scheduled 40 ms apart (two seconds), as a restless reader might. The timers
  // run late when software WebGL keeps the main thread busy; the end state is what counts.
  await page.evaluate(
    (ids) =>
      new Promise<void>((done) => {
        ids.forEach((id, i) =>
          setTimeout(() => {
            document.querySelector<HTMLElement>(`[data-place-button="${id}"]`)!.click();
            if (i === ids.length - 1) done();
          }, i * 40),
        );
      }),
    ids,
  );
  await expect(page).toHaveURL(new RegExp(`/place/${last}$`));
  await expect(page.getByRole('region', { name: place.name, exact: true })).toBeVisible();
  await expect(map(page)).toHaveAttribute('data-selected', last);
  await expect(map(page)).toHaveAttribute('data-focus', last);
  await cameraSettled(page);
  expect(await centredOn(page, last)).toBe(true);
});

test('scrolling during a camera flight ends with the camera on the paragraph on screen', async ({
  page,
}) => {
  await page.goto('/');
  await mapReady(page);
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('button', { name: /^Russia,/ })
    .click();
  await expect(page).toHaveURL(/\/place\/russia$/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/4173\/$/);
  await expect(map(page)).toHaveAttribute('data-selected', '');
  // While the camera is still flying, scroll to paragraph 7 (Iraq, Syria, Aleppo).
  await page.evaluate(() => document.getElementById('p-7')!.scrollIntoView());
  await expect(map(page)).toHaveAttribute('data-focus', 'iraq syria aleppo');
  await cameraSettled(page);
  expect(await centredOn(page, 'syria')).toBe(true);
  await expect(page).toHaveURL(/4173\/$/);
  await expect(map(page)).toHaveAttribute('data-selected', '');
});

test('where frames come too slowly to fly, flights are cut short and after two the camera cuts', async ({
  page,
}) => {
  // A phone-sized map, which even CPU-drawn WebGL draws in well under 50 ms here...
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await mapReady(page);
  await expect(map(page)).toHaveAttribute('data-motion', 'fly');
  // ...until every frame holds the page for 70 ms more (under 12 frames a second), as where
  // WebGL runs on the CPU of a small machine. The frame times are driven, not measured: what
  // is counted below is frames, whatever else the machine is doing.
  await page.evaluate(() => {
    const w = window as unknown as { framesWhileMoving: number[] };
    w.framesWhileMoving = [];
    const el = document.querySelector('[data-map-status]')!;
    const hold = () => {
      const end = performance.now() + 70;
      while (performance.now() < end);
      if (el.getAttribute('data-camera') === 'moving')
        w.framesWhileMoving[w.framesWhileMoving.length - 1]++;
      requestAnimationFrame(hold);
    };
    // A flight shows as data-camera="moving"; a cut moves the camera within one task and never
    // shows it, so it adds no entry.
    new MutationObserver((records) => {
      for (const r of records) if (r.oldValue === 'idle') w.framesWhileMoving.push(0);
    }).observe(el, { attributes: true, attributeFilter: ['data-camera'], attributeOldValue: true });
    requestAnimationFrame(hold);
  });
  const frames = () =>
    page.evaluate(() => (window as unknown as { framesWhileMoving: number[] }).framesWhileMoving);
  const places = page.getByRole('navigation', { name: 'Places' });
  // A flight of 1.1 s at this pace would draw 15 frames or more; one judged too slow ends
  // once two frame intervals have been measured, a few frames in. One slow flight may be a
  // busy moment: the next move flies again, and is cut again.
  for (const [i, place] of ['russia', 'aleppo'].entries()) {
    await places.getByRole('button', { name: new RegExp(`^${place}`, 'i') }).dispatchEvent('click');
    await expect(map(page)).toHaveAttribute('data-selected', place);
    await cameraSettled(page);
    expect(await centredOn(page, place)).toBe(true);
    const drawn = await frames();
    expect(drawn).toHaveLength(i + 1);
    // It flew (more than the one frame of a cut), and was cut short.
    expect(drawn[i]).toBeGreaterThanOrEqual(2);
    expect(drawn[i]).toBeLessThanOrEqual(6);
    await expect(map(page)).toHaveAttribute('data-motion', i === 0 ? 'fly' : 'jump');
  }
  // Two slow flights in a row: from now on the camera cuts straight to its place.
  await places.getByRole('button', { name: /^Mosul,/ }).dispatchEvent('click');
  await expect(map(page)).toHaveAttribute('data-selected', 'mosul');
  await cameraSettled(page);
  expect(await centredOn(page, 'mosul')).toBe(true);
  expect(await frames(), 'no flight after the two slow ones').toHaveLength(2);
});

test('resizing to a phone and back keeps the layout and the framing', async ({ page }) => {
  await page.goto('/place/afghanistan');
  await mapReady(page);
  await cameraSettled(page);
  expect(await centredOn(page, 'afghanistan')).toBe(true);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(async () => (await map(page).boundingBox())!.width).toBe(390);
  await cameraSettled(page);
  expect(await centredOn(page, 'afghanistan')).toBe(true);
  const sheet = (await page.getByRole('region', { name: 'Afghanistan' }).boundingBox())!;
  expect(Math.round(sheet.y + sheet.height)).toBe(844);
  // Landscape phone, then back to the desktop.
  await page.setViewportSize({ width: 844, height: 390 });
  await cameraSettled(page);
  expect((await map(page).boundingBox())!.height).toBeGreaterThanOrEqual(220);
  await page.setViewportSize({ width: 1280, height: 800 });
  await cameraSettled(page);
  expect(await centredOn(page, 'afghanistan')).toBe(true);
  expect((await map(page).boundingBox())!.x).toBeGreaterThan(400);
});

test.describe('if the map code cannot load after first paint', () => {
  test.use({
    expectedErrors: [
      /Failed to load resource|Failed to fetch dynamically imported module|net::ERR_FAILED/,
    ],
  });

  test('the page says so with a retry button, and the retry works', async ({ page }) => {
    let offline = true;
    // The map library is the one big chunk (over 500 KB); fail it as a dropped network would.
    await page.route('**/_app/immutable/**/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      if (offline && body.length > 500_000) return route.abort('internetdisconnected');
      return route.fulfill({ response, body });
    });
    await page.goto('/');
    await expect(map(page)).toHaveAttribute('data-map-status', 'failed-load');
    await expect(map(page).getByRole('status')).toContainText('could not be loaded');
    // Everything else still works.
    await page
      .getByRole('navigation', { name: 'Places' })
      .getByRole('button', { name: /^Mosul,/ })
      .click();
    await expect(page.getByRole('region', { name: 'Mosul' })).toBeVisible();
    offline = false;
    await map(page).getByRole('button', { name: 'Try again' }).click();
    // A browser may keep the failed import; the second press reloads the page.
    const status = await map(page)
      .getAttribute('data-map-status')
      .then((s) => s ?? '');
    if (status === 'failed-load')
      await map(page).getByRole('button', { name: 'Try again' }).click();
    await mapReady(page);
    await expect(map(page)).toHaveAttribute('data-selected', 'mosul');
  });
});

test.describe("if the story's data cannot be fetched", () => {
  test.use({ expectedErrors: [/Failed to load resource|net::ERR_INTERNET_DISCONNECTED/] });

  test('the page stays as the server rendered it: readable, its links working', async ({
    page,
  }) => {
    let tries = 0;
    await page.route('**/data/story-*.json', (route) => {
      tries++;
      return route.abort('internetdisconnected');
    });
    await page.goto('/');
    // Tried again once, then left alone: no error page over the article.
    await expect.poll(() => tries).toBe(2);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.title);
    await expect(page.getByRole('article')).toContainText(
      story.paragraphs[0].segments.map((s) => s.text).join(''),
    );
    // A place's link is a plain link now, and its page carries its panel.
    await page.getByRole('article').getByRole('link', { name: 'Mosul' }).first().click();
    await expect(page).toHaveURL(/\/place\/mosul$/);
    await expect(page.getByRole('region', { name: 'Mosul' })).toBeVisible();
  });
});

test('a choice shows at once while its page loads, and Esc cancels it', async ({ page }) => {
  // Hold back the code of the place page, as a slow network would, until Esc has been pressed.
  // The front page's own code (named in its HTML) loads; the place page's is fetched ahead
  // when the browser is idle, and that fetch is held too.
  const html = await (await page.request.get('/')).text();
  const initial = new Set(html.match(/nodes\/[\w.-]+\.js/g));
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/_app/immutable/nodes/*.js', async (route) => {
    const file = route
      .request()
      .url()
      .match(/nodes\/[\w.-]+\.js/)![0];
    if (!initial.has(file)) await held;
    await route.continue();
  });
  await page.goto('/');
  await mapReady(page);
  const loaded = page.waitForResponse(
    (r) =>
      /\/_app\/immutable\/nodes\//.test(r.url()) &&
      !initial.has(r.url().split('/_app/immutable/')[1]),
  );
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('button', { name: /^Mosul,/ })
    .click();
  // The panel does not wait for the page's code; the address follows once it has loaded.
  await expect(page.getByRole('region', { name: 'Mosul' })).toBeVisible();
  await expect(page).toHaveURL(/4173\/$/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Mosul' })).toHaveCount(0);
  release();
  await loaded;
  // Give the navigations queued behind the held code time to finish: the last word was Esc.
  await page.waitForTimeout(500);
  await expect(page.getByRole('region', { name: 'Mosul' })).toHaveCount(0);
  await expect(map(page)).toHaveAttribute('data-selected', '');
  await expect(page).toHaveURL(/4173\/$/);
});
