/**
 * Shared e2e setup: every test fails on a console error, an uncaught exception or a request
 * that leaves the page's origin. The story data comes from the same builder the site uses.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildStory, type Story } from '../../src/lib/core/story';
import { resolveRef } from '../../src/lib/server/gazetteer';
import { record, recorded } from '../../scripts/bench/recorder.js';
import { toWorld } from '../../src/lib/geo/mercator';

export function loadStory(
  article = 'src/content/article.md',
  places = 'geo/places.geojson',
): Story {
  const { built } = buildStory(
    readFileSync(article, 'utf8'),
    article,
    readFileSync(places, 'utf8'),
    places,
    { resolve: resolveRef },
  );
  if (!built) throw new Error('story does not build');
  return built.story;
}

export const story = loadStory();

export const test = base.extend<{
  /** Console errors a test expects, such as the browser's note on a 404 page load. */
  expectedErrors: RegExp[];
  watch: { errors: string[]; offOrigin: string[] };
}>({
  expectedErrors: [[], { option: true }],
  watch: [
    async ({ page, expectedErrors }, use) => {
      const errors: string[] = [];
      const offOrigin: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') offOrigin.push(r.url());
      });
      // Content-Security-Policy violations, recorded in every document the page opens.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      const watch = { errors, offOrigin };
      await use(watch);
      const violations = await page
        .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
        .catch(() => [] as string[]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      const unexpected = errors.filter((e) => !expectedErrors.some((re) => re.test(e)));
      expect(unexpected, 'console errors').toEqual([]);
      expect(offOrigin, 'requests that left the origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const map = (page: Page) => page.getByRole('region', { name: 'Map' });

export async function mapReady(page: Page) {
  await expect(map(page)).toHaveAttribute('data-map-status', 'ready', { timeout: 20_000 });
  await expect(map(page)).toHaveAttribute('aria-busy', 'false');
}

/**
 * On a phone opened at the top of the story the map waits for the reader's first move: a key
 * press (Shift, which does nothing else) is one.
 */
export async function startMap(page: Page) {
  // Once the page's script runs: a key pressed before that is not seen.
  await expect(map(page)).toHaveAttribute('data-map-status', 'waiting');
  await page.keyboard.press('Shift');
  await mapReady(page);
}

/** Records how long each camera move lasts (data-camera "moving" → "idle"), from page start. */
export async function recordCameraMoves(page: Page) {
  await record(page, { cameraMoves: true });
}

/**
 * The camera moves recorded so far, in ms. A cut (a jump) moves the camera within one task and
 * is not recorded; the first framing is one.
 */
export async function cameraMoves(page: Page): Promise<number[]> {
  return recorded(page, 'cameraMoves');
}

/**
 * The frames drawn during each camera move recorded so far: a flight draws frames for its whole
 * length, a cut none. Counted rather than timed, so a busy machine does not change the answer.
 */
export async function cameraMoveFrames(page: Page): Promise<number[]> {
  return recorded(page, 'cameraMoveFrames');
}

/** Waits until the camera is idle and its centre stays put for 300 ms. */
export async function cameraSettled(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const el = map(page);
        const now = `${await el.getAttribute('data-camera')}@${await el.getAttribute('data-center')}@${await el.getAttribute('data-zoom')}`;
        const same = now === last && now.startsWith('idle@');
        last = now;
        return same;
      },
      { intervals: [300], timeout: 15_000 },
    )
    .toBe(true);
}

/** Where a longitude and latitude are on the map canvas, from the map's data-center and data-zoom (Web Mercator, 512 px tiles). */
export async function project(page: Page, lng: number, lat: number) {
  const el = map(page);
  const [clng, clat] = (await el.getAttribute('data-center'))!.split(',').map(Number);
  const zoom = Number(await el.getAttribute('data-zoom'));
  const box = (await el.boundingBox())!;
  const [x, y] = toWorld(lng, lat, zoom);
  const [cx, cy] = toWorld(clng, clat, zoom);
  return { x: box.x + box.width / 2 + (x - cx), y: box.y + box.height / 2 + (y - cy) };
}
