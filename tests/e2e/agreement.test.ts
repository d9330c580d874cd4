/**
 * One planner names every map (labels/plan): at each rest the live map draws exactly the names
 * the planner gave for that framing, none dropped and none added, at the overview, at every
 * paragraph's framing and at a dozen places' (the closest, Mosul, Dabiq and Aleppo, among them),
 * on a desktop and on a phone. What MapLibre drew is read back from the map (components/map/Named:
 * `data-labelled`, the story places whose names it rendered in view; `data-drawn-names`, every
 * name it rendered); what the planner gave, from `data-planned` and `data-planned-names`
 * (components/map/PlannedNames). And the names as drawn never meet: each one's box is measured
 * in the browser, from where MapLibre drew it and the face it drew it in (drawn-boxes). What
 * each framing names is a golden file, as are the poster's and the previews' plans. At the
 * overview the map draws the poster's names for its size (labels/still-names).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatJson } from '../fixtures/golden/format';
import { drawnOverlaps } from './drawn-boxes';
import { cameraSettled, expect, map, mapReady, story, test } from './fixtures';

/** The closest places first, then a spread of kinds: cities, countries, regions, a concept. */
const PLACES = [
  'mosul',
  'dabiq',
  'aleppo',
  'iraq',
  'syria',
  'afghanistan',
  'russia',
  'chechnya',
  'kashmir',
  'europe',
  'west-asia',
  'the-west',
].filter((id) => story.places.some((p) => p.id === id));

/** The names planned at one framing: the story places named, and every name. */
type Named = { places: string[]; names: string[] };

/**
 * Rendered equals planned, once the map has drawn the new plan; the plan is returned for the
 * golden file.
 */
async function agrees(page: Page, where: string): Promise<Named> {
  await cameraSettled(page);
  const planned = async () => (await map(page).getAttribute('data-planned')) ?? '';
  await expect.poll(planned, { message: `${where}: planned` }).not.toBe('');
  await expect
    .poll(async () => (await map(page).getAttribute('data-labelled')) ?? '', {
      message: `${where}: the names drawn are the names planned`,
    })
    .toBe(await planned());
  // Every name, the context's too: drawn anywhere on the map, and placed by the planner.
  const names = (attr: string) => async () => (await map(page).getAttribute(attr)) ?? '';
  await expect
    .poll(names('data-drawn-names'), { message: `${where}: every name drawn was planned` })
    .toBe(await names('data-planned-names')());
  // And as drawn, measured in the browser's own face: no two names meet, none covers a city's
  // dot, none crosses the map's edge.
  expect(await drawnOverlaps(page), `${where}: names drawn apart`).toEqual([]);
  return {
    places: (await planned()).split(' ').filter(Boolean),
    names: (await names('data-planned-names')()).split('|').filter(Boolean),
  };
}

/**
 * The live map's plans are golden files too, one per screen (`live-desktop.json`,
 * `live-phone.json`): which names each framing shows, for a reviewer to read in a diff.
 * `REGEN=1 npx playwright test tests/e2e/agreement.test.ts` rewrites them.
 */
async function expectGoldenPlans(size: string, plans: Record<string, Named>) {
  const file = `tests/fixtures/golden/live-${size}.json`;
  if (process.env.REGEN) return writeFileSync(file, await formatJson(plans, file));
  expect(existsSync(file), `${file} is missing: create it with REGEN=1`).toBe(true);
  expect(
    plans,
    `${file} no longer holds the live map's names: if the change is meant, REGEN=1 and review the diff`,
  ).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`on a ${size}, the live map draws the planner's names at every framing`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(viewport);
    await page.goto('/');
    if (size === 'phone') await page.mouse.wheel(0, 10);
    await mapReady(page);
    const plans: Record<string, Named> = {};
    plans.overview = await agrees(page, 'the overview');
    for (let n = 1; n <= story.paragraphs.length; n++) {
      await page.getByRole('button', { name: 'Next' }).click();
      const focus = story.paragraphs[n - 1].places.join(' ');
      if (focus) await expect(map(page)).toHaveAttribute('data-focus', focus);
      plans[`paragraph ${n}`] = await agrees(page, `paragraph ${n}`);
    }
    expect(PLACES.length).toBeGreaterThanOrEqual(10);
    for (const id of PLACES) {
      await page.goto(`/place/${id}`);
      await mapReady(page);
      plans[id] = await agrees(page, id);
    }
    await expectGoldenPlans(size, plans);
  });
}
