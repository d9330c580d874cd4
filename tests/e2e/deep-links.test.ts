import type { Page } from '@playwright/test';
import { cameraSettled, expect, map, mapReady, story, test } from './fixtures';

/** The attribute of the first tag matching a pattern in raw HTML. */
function attr(html: string, tag: RegExp, name: string): string | undefined {
  const el = html.match(tag)?.[0];
  return el?.match(new RegExp(`${name}="([^"]*)"`))?.[1];
}
const meta = (html: string, key: string) =>
  attr(html, new RegExp(`<meta (?:name|property)="${key}"[^>]*>`), 'content');

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<');

test.describe('a place page as a link preview sees it', () => {
  for (const id of ['mosul', 'the-west', 'bosnia-and-herzegovina']) {
    test(`/place/${id} carries its tags and excerpts in the HTML`, async ({ request }) => {
      const place = story.places.find((p) => p.id === id)!;
      const res = await request.get(`/place/${id}`);
      expect(res.status()).toBe(200);
      const html = await res.text();
      expect(decode(html.match(/<title>([^<]*)<\/title>/)![1])).toBe(
        `${place.name} — ${story.meta.title}`,
      );
      const description = decode(meta(html, 'description')!);
      const first = place.excerpts[0].parts.map((p) => p.text).join('');
      expect(description.length).toBeLessThanOrEqual(160);
      expect(first.startsWith(description.replace(/…$/, ''))).toBe(true);
      expect(attr(html, /<link rel="canonical"[^>]*>/, 'href')).toBe(
        `http://localhost:4173/place/${id}`,
      );
      expect(meta(html, 'og:title')).toBe(meta(html, 'twitter:title'));
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(html, 'og:url')).toBe(`http://localhost:4173/place/${id}`);
      expect(meta(html, 'og:image')).toBe(`http://localhost:4173/og/${id}.png`);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      // The preview image is served from the site itself: a 1200x630 PNG.
      const image = await request.get(`/og/${id}.png`);
      expect(image.headers()['content-type']).toBe('image/png');
      const png = await image.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      // The panel is in the HTML: it reads without JavaScript.
      expect(html).toContain(`id="panel-heading"`);
      for (const x of place.excerpts)
        for (const part of x.parts.filter((p) => p.mark))
          expect(html).toContain(`<mark>${part.text}</mark>`);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a place page shows the place and its excerpts, and mentions are links', async ({
    page,
  }) => {
    await page.goto('/place/aleppo');
    const panel = page.getByRole('region', { name: 'Aleppo' });
    await expect(panel).toBeVisible();
    await expect(panel.locator('mark')).toHaveText(['Aleppo']);
    await page.locator('#p-1 a[data-place="dabiq"]').click();
    await expect(page).toHaveURL(/\/place\/dabiq$/);
    await expect(page.getByRole('region', { name: 'Dabiq' })).toBeVisible();
  });
});

async function historyLength(page: Page) {
  return page.evaluate(() => history.length);
}

test('choosing pushes a history entry, closing returns to /, scrolling adds none', async ({
  page,
}) => {
  await page.goto('/');
  await mapReady(page);
  const start = await historyLength(page);
  for (const n of [2, 5, 9, 1]) {
    await page.evaluate((n) => document.getElementById(`p-${n}`)!.scrollIntoView(), n);
    await expect(page.locator(`#p-${n}`)).toHaveAttribute('aria-current', 'step');
  }
  expect(await historyLength(page)).toBe(start);
  await page.locator('#p-1 a[data-place="mosul"]').click();
  await expect(page).toHaveURL(/\/place\/mosul$/);
  expect(await historyLength(page)).toBe(start + 1);
  await page.getByRole('button', { name: 'Close Mosul' }).click();
  await expect(page).toHaveURL(/4173\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/place\/mosul$/);
  await expect(page.getByRole('region', { name: 'Mosul' })).toBeVisible();
  await expect(map(page)).toHaveAttribute('data-selected', 'mosul');
});

test('Back restores the camera too', async ({ page }) => {
  await page.goto('/place/iraq');
  await mapReady(page);
  await cameraSettled(page);
  const iraq = await map(page).getAttribute('data-center');
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('button', { name: /^Russia,/ })
    .click();
  await expect(map(page)).toHaveAttribute('data-selected', 'russia');
  await expect(page).toHaveURL(/\/place\/russia$/);
  await cameraSettled(page);
  expect(await map(page).getAttribute('data-center')).not.toBe(iraq);
  await page.goBack();
  await expect(map(page)).toHaveAttribute('data-selected', 'iraq');
  await cameraSettled(page);
  expect(await map(page).getAttribute('data-center')).toBe(iraq);
});

test('a place link opens framed on the place, with no flight in from the world', async ({
  page,
}) => {
  // Record every state the map's camera attribute goes through from the start.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cameraStates: string[] }).cameraStates = seen;
    new MutationObserver(() => {
      const el = document.querySelector('section[aria-label="Map"]');
      const state = el?.getAttribute('data-camera');
      if (state && seen[seen.length - 1] !== state) seen.push(state);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-camera'] });
  });
  await page.goto('/place/syria');
  await mapReady(page);
  await page.waitForTimeout(1500);
  const states = await page.evaluate(
    () => (window as unknown as { cameraStates: string[] }).cameraStates,
  );
  expect(states).not.toContain('moving');
  const [lng, lat] = (await map(page).getAttribute('data-center'))!.split(',').map(Number);
  expect(lng).toBeGreaterThan(35);
  expect(lat).toBeGreaterThan(30);
  expect(lat).toBeLessThan(40);
});

test('/#p-7 opens with paragraph 7 active', async ({ page }) => {
  await page.goto('/#p-7');
  await expect(page.locator('#p-7')).toHaveAttribute('aria-current', 'step');
});

test.describe('sharing', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the link with a confirmation, and gives an embed snippet', async ({ page }) => {
    await page.goto('/place/dabiq');
    await mapReady(page);
    const panel = page.getByRole('region', { name: 'Dabiq' });
    await panel.getByRole('button', { name: 'Share link' }).click();
    await expect(panel.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'http://127.0.0.1:4173/place/dabiq',
    );
    await panel.getByRole('button', { name: 'Embed' }).click();
    const code = panel.getByRole('textbox', { name: /Paste this into your page/ });
    await expect(code).toHaveValue(
      /^<iframe src="http:\/\/127\.0\.0\.1:4173\/place\/dabiq\?embed=1" title="Dabiq — Why West so concerned over ISIS loss in West Asia\?" width="100%" height="640"/,
    );
    // The host page may fix the embed's colours; the reader's setting is the default.
    await panel.getByRole('radio', { name: 'Dark' }).check();
    await expect(code).toHaveValue(
      /^<iframe src="http:\/\/127\.0\.0\.1:4173\/place\/dabiq\?embed=1&amp;theme=dark"/,
    );
    await panel.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(panel.getByRole('status')).toHaveText('Embed code copied');
  });

  test('?embed=1 hides the page chrome and stays embedded', async ({ page }) => {
    await page.goto('/place/dabiq?embed=1');
    await mapReady(page);
    await expect(page.getByRole('navigation', { name: 'Places' })).toBeHidden();
    await expect(page.getByRole('article')).toBeVisible();
    await page.getByRole('region', { name: 'Dabiq' }).getByRole('link', { name: 'Syria' }).click();
    await expect(page).toHaveURL(/\/place\/syria\?embed=1$/);
  });
});

test.describe('bad URLs', () => {
  test.use({ expectedErrors: [/status of 404/] });

  test('an unknown place is a real 404 that lists the places', async ({ page, request }) => {
    const res = await request.get('/place/atlantis');
    expect(res.status()).toBe(404);
    const html = await res.text();
    expect(html).toContain('Page not found');
    for (const p of story.places) expect(html).toContain(`href="/place/${p.id}"`);
    await page.goto('/place/atlantis');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Mosul' }).click();
    await expect(page.getByRole('region', { name: 'Mosul' })).toBeVisible();
  });

  test('hostile and malformed paths, queries and hashes never render markup or throw', async ({
    page,
    request,
  }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const path of [
      '/place/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/place/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '/place/%E0%A4%A',
      `/place/${'a'.repeat(4000)}`,
      '/place/%F0%9F%92%A5',
      '/place/mosul/../../etc/passwd',
      '/%00',
    ]) {
      const res = await request.get(path);
      expect([400, 404]).toContain(res.status());
      const body = await res.text();
      expect(body).not.toContain('<script>alert(1)');
      expect(body).not.toContain('onerror=alert(1)');
    }
    await page.goto('/place/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    for (const url of [
      '/?embed=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '/#p-%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '/#p-99999999999',
      `/?${'x'.repeat(3000)}=1#${'y'.repeat(3000)}`,
    ]) {
      await page.goto(url);
      await mapReady(page);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
    expect(dialogs).toBe(0);
  });
});

test('every page links one shared story file instead of carrying the story inline', async ({
  request,
}) => {
  const pages = await Promise.all(
    ['/', '/place/mosul', '/place/dabiq'].map(async (path) => (await request.get(path)).text()),
  );
  const links = pages.map((html) =>
    attr(html, /<link[^>]*rel="preload"[^>]*as="fetch"[^>]*>/, 'href'),
  );
  expect(links[0]).toMatch(/^\/data\/story-[0-9a-f]{12}\.json$/);
  expect(new Set(links).size).toBe(1);
  for (const html of pages) {
    // The page's own inline data is a few hundred bytes: no paragraphs, no excerpts.
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    const data = inline.map((m) => m[1]).join('');
    expect(data.length).toBeLessThan(3000);
    expect(data).not.toContain('excerpts');
  }
  const res = await request.get(links[0]!, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers()['content-encoding']).toBe('br');
  const shared = await res.json();
  expect(shared).toEqual(story);
});

test('sitemap.xml and robots.txt list every place page with absolute URLs', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toEqual([
    'http://localhost:4173/',
    ...story.places.map((p) => `http://localhost:4173/place/${p.id}`),
  ]);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: http://localhost:4173/sitemap.xml');
});

test.describe('under a sub-path', () => {
  test.use({ baseURL: 'http://127.0.0.1:4175' });

  test('links, assets, the worker and the data all work under BASE_PATH', async ({
    page,
    request,
  }) => {
    await page.goto('/explainers/isis/');
    await mapReady(page);
    await page.locator('#p-1 a[data-place="mosul"]').click();
    await expect(page).toHaveURL('http://127.0.0.1:4175/explainers/isis/place/mosul');
    await expect(map(page)).toHaveAttribute('data-selected', 'mosul');
    const html = await (await request.get('/explainers/isis/place/mosul')).text();
    expect(meta(html, 'og:url')).toBe('http://localhost:4173/explainers/isis/place/mosul');
    expect(html).toContain('href="/explainers/isis/place/iraq"');
    const sitemap = await (await request.get('/explainers/isis/sitemap.xml')).text();
    expect(sitemap).toContain('<loc>http://localhost:4173/explainers/isis/place/dabiq</loc>');
    expect((await request.get('/explainers/isis/data/map.json')).status()).toBe(200);
    expect((await request.get('/place/mosul')).status()).toBe(404);
  });
});

test('the print stylesheet prints the story and the place list, not the map', async ({ page }) => {
  await page.goto('/place/iraq');
  await mapReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(map(page)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Iraq' })).toBeHidden();
  await expect(page.getByRole('article')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Places' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
});
