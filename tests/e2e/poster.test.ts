/**
 * The map's poster and the phone's wait: a still map stands in until the live one is drawn,
 * drawn where the live map draws the overview, and on a phone the live map starts at the
 * reader's first scroll, touch or key.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { cameraSettled, expect, map, mapReady, project, startMap, test } from './fixtures';
import { toWorld } from '../../src/lib/geo/mercator';
import { posterStep, type OverviewNames } from '../../src/lib/map/overview-names';
import { drawnNames } from './drawn-boxes';

/**
 * What the poster names on this page's map (map.json's `overview`, at the poster's step for the
 * map's size): the story places named, every name in the order placed, and each story name's
 * point, offset and box, to be clicked.
 */
async function toldAt(page: Page) {
  const { width, height } = (await map(page).boundingBox())!;
  const overview: OverviewNames = (await (await page.request.get('/data/map.json')).json())
    .overview;
  const drawn = overview.steps[posterStep(width, height).id].map(([i, dx, dy]) => ({
    ...overview.names[i],
    offset: [dx, dy],
  }));
  return {
    story: [...new Set(drawn.flatMap((n) => n.place?.ids ?? []))].sort(),
    names: [...new Set(drawn.map((n) => n.name))],
    labels: drawn.filter((n) => n.place),
  };
}

const PHONE = { viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true };
const poster = (page: Page) => map(page).locator('img.poster');

/** Requests for the live map's code or data. */
function watchMapRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/\/data\/map\.json|maplibre/.test(r.url())) seen.push(r.url());
  });
  return seen;
}

async function posterLoaded(page: Page) {
  await expect(poster(page)).toBeVisible();
  await expect
    .poll(() => poster(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
}

test.describe('on a phone opened at the top of the story', () => {
  test.use(PHONE);

  test('the map waits under its poster until the first scroll, and then starts', async ({
    page,
  }) => {
    const requests = watchMapRequests(page);
    await page.goto('/');
    await expect(map(page)).toHaveAttribute('data-map-status', 'waiting');
    await expect(map(page)).toHaveAttribute('aria-busy', 'false');
    await posterLoaded(page);
    await expect(map(page)).toContainText('scroll or tap to load the live map');
    // Reading the headline costs the phone nothing: no map code, no map data.
    await page.waitForTimeout(1500);
    expect(requests).toEqual([]);
    await expect(map(page).locator('canvas')).toHaveCount(0);

    await page.mouse.wheel(0, 120);
    await mapReady(page);
    await expect(poster(page)).toHaveCount(0);
    expect(requests.some((u) => u.includes('/data/map.json'))).toBe(true);
  });

  test('axe finds no violations while the map waits', async ({ page }) => {
    await page.goto('/');
    await expect(map(page)).toHaveAttribute('data-map-status', 'waiting');
    await posterLoaded(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  test('a key starts the map too', async ({ page }) => {
    await page.goto('/');
    await expect(map(page)).toHaveAttribute('data-map-status', 'waiting');
    await page.keyboard.press('Shift');
    await mapReady(page);
  });

  test('the live map names what the poster named, in the same places, and its own view once moved', async ({
    page,
  }) => {
    await page.goto('/');
    await posterLoaded(page);
    await startMap(page);
    await cameraSettled(page);
    const told = await toldAt(page);
    // One planner names both (labels/plan): the live map's names at the overview are the
    // poster's, with nothing laid over the map to stand for them.
    await expect(map(page).locator('img.names')).toHaveCount(0);
    await expect(map(page)).toHaveAttribute('data-labelled', told.story.join(' '));
    await expect(page.locator('#map-description')).toContainText(
      `Also on the map: ${told.names.slice(0, 4).join(', ')}`,
    );
    // A move names the new view.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await cameraSettled(page);
    await expect.poll(() => map(page).getAttribute('data-labelled')).not.toBe(told.story.join(' '));
  });

  test('a link to a place starts the map at once, with no poster of the overview', async ({
    page,
  }) => {
    await page.goto('/place/mosul');
    await expect(poster(page)).toHaveCount(0);
    await mapReady(page);
    await expect(map(page)).toHaveAttribute('data-selected', 'mosul');
  });
});

test('at the overview a click on a name where the poster drew it chooses its place', async ({
  page,
}) => {
  await page.goto('/');
  await mapReady(page);
  await cameraSettled(page);
  const told = await toldAt(page);
  const at = async (ids: string) => {
    const l = told.labels.find((x) => x.place?.ids.join(' ') === ids)!;
    const p = await project(page, l.at[0], l.at[1]);
    const [x, y] = [p.x + l.offset[0], p.y + l.offset[1]];
    // Three quarters of the way along the name, away from the marker.
    return { x: x + l.box[0] + 0.75 * (l.box[2] - l.box[0]), y: y + (l.box[1] + l.box[3]) / 2 };
  };
  // A group's name offers its places.
  const group = await at('mosul dabiq aleppo');
  await page.mouse.click(group.x, group.y);
  const chooser = page.getByRole('dialog', { name: 'Several places here' });
  for (const name of [/^Mosul/, /^Dabiq/, /^Aleppo/])
    await expect(chooser.getByRole('button', { name })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chooser).toHaveCount(0);
  const kashmir = await at('kashmir');
  await page.mouse.click(kashmir.x, kashmir.y);
  await expect(map(page)).toHaveAttribute('data-selected', 'kashmir');
  await expect(page).toHaveURL(/\/place\/kashmir$/);
});

test('on a larger screen the map starts at once and the poster stands in while it loads', async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/data/map.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(map(page)).toHaveAttribute('data-map-status', 'loading');
  await posterLoaded(page);
  await expect(map(page).getByRole('status')).toHaveText('Loading the map…');
  release();
  await mapReady(page);
  await expect(poster(page)).toHaveCount(0);
});

/**
 * Where the poster draws the world on a map of this size: the same SVG drawn inline at that
 * size in a blank page, where its parts can be measured (an <img> hides them).
 */
async function posterDrawing(page: Page, svg: string, w: number, h: number) {
  const blank = await page.context().newPage();
  await blank.setContent(
    `<body style="margin:0"><div style="width:${w}px;height:${h}px">${svg}</div>`,
  );
  const box = await blank.locator('svg.p').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width };
  });
  await blank.close();
  // The image holds three worlds side by side; x = 0 is one world in.
  const scale = box.width / 1536;
  return { scale, x0: box.left + 512 * scale, y0: box.top };
}

for (const [name, options, waits] of [
  ['a desktop', { viewport: { width: 1280, height: 800 } }, false],
  ['a phone', PHONE, true],
  ['a landscape phone', { viewport: { width: 844, height: 390 }, hasTouch: true }, true],
  // A regional story: its overview leaves room for the zoom buttons, the scale bar and the key.
  ['a phone, for the second story', { ...PHONE, baseURL: 'http://127.0.0.1:4174' }, true],
  ['a desktop, for the second story', { baseURL: 'http://127.0.0.1:4174' }, false],
] as const)
  test.describe(`on ${name}`, () => {
    test.use(options);

    test('the poster draws the overview where the live map draws it', async ({ page }) => {
      await page.goto('/');
      const svg = await (await page.request.get('/data/map-poster.svg')).text();
      // On a phone, a key press (which chooses nothing) starts the waiting map.
      await (waits ? startMap(page) : mapReady(page));
      const { width: w, height: h } = (await map(page).boundingBox())!;
      const drawn = await posterDrawing(page, svg, w, h);
      // The live camera in MapLibre's world units at zoom 0 (512 across, y down from 85°N).
      const zoom = Number(await map(page).getAttribute('data-zoom'));
      const [lng, lat] = (await map(page).getAttribute('data-center'))!.split(',').map(Number);
      const scale = 2 ** zoom;
      const [x, y] = toWorld(lng, lat);
      // data-zoom has two decimals: 0.35% of scale.
      expect(Math.abs(drawn.scale / scale - 1)).toBeLessThan(0.006);
      // The live map's centre is where the poster draws that point: the middle of the map.
      expect(Math.abs(drawn.x0 + x * drawn.scale - w / 2)).toBeLessThan(2);
      expect(Math.abs(drawn.y0 + y * drawn.scale - h / 2)).toBeLessThan(2);
    });
  });

/**
 * The names the poster draws on a map of this size, and where: the same SVG drawn inline at
 * that size in a blank page (an <img> hides its parts), each shown name's text and middle.
 */
async function posterNamesAt(page: Page, svg: string, w: number, h: number) {
  const blank = await page.context().newPage();
  await blank.setContent(
    `<body style="margin:0"><div style="width:${w}px;height:${h}px">${svg}</div>`,
  );
  // The label face is in the SVG: wait for it, or the names are measured in a fallback.
  await blank.evaluate(() => document.fonts.ready);
  const names = await blank.locator('.l.x b').evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: (el as HTMLElement).innerText, x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
  );
  await blank.close();
  return names;
}

// Screens between the poster's steps, where the live map once named a few things otherwise.
for (const [name, options, waits] of [
  ['a 1536 x 864 laptop', { viewport: { width: 1536, height: 864 } }, false],
  ['a 1024 x 768 screen', { viewport: { width: 1024, height: 768 } }, false],
  ['a 360 x 740 phone', { ...PHONE, viewport: { width: 360, height: 740 } }, true],
] as const)
  test.describe(`on ${name}`, () => {
    test.use(options);

    test('the live map takes the poster’s place with the same names in the same places', async ({
      page,
    }) => {
      await page.goto('/');
      const svg = await (await page.request.get('/data/map-poster.svg')).text();
      await (waits ? startMap(page) : mapReady(page));
      await cameraSettled(page);
      const { width: w, height: h } = (await map(page).boundingBox())!;
      const poster = await posterNamesAt(page, svg, w, h);
      expect(poster.length).toBeGreaterThan(8);
      const sorted = (names: { text: string }[]) => names.map((n) => n.text).sort();
      await expect.poll(async () => sorted(await drawnNames(page))).toEqual(sorted(poster));
      const live = await drawnNames(page);
      for (const n of poster) {
        const at = live.find((l) => l.text === n.text)!;
        // The poster frames the world within 2 px of the live map (above), its names as well.
        expect(Math.hypot(at.x - n.x, at.y - n.y), n.text).toBeLessThan(3);
      }
    });
  });
