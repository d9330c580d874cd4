/**
 * One planner names every map (labels/plan): at each rest the live map draws exactly the names
 * the planner gave for that framing, none dropped and none added, at the overview, at every
 * paragraph's framing and at a dozen places' (the closest, Mosul, Dabiq and Aleppo, among them),
 * on a desktop and on a phone. What MapLibre drew is read back from the map (components/map/Named:
 * `data-labelled`, the story places whose names it rendered in view; `data-drawn-names`, every
 * name it rendered); what the planner gave, from `data-planned` and `data-planned-names`
 * (components/map/PlannedNames). The plans themselves
 * never overlap (labels/placement, unit-tested); the poster's and the previews' are golden files.
 */
import type { Page } from '@playwright/test';
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

/** Rendered equals planned, once the map has drawn the new plan. */
async function agrees(page: Page, where: string) {
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
    await agrees(page, 'the overview');
    for (let n = 1; n <= story.paragraphs.length; n++) {
      await page.getByRole('button', { name: 'Next' }).click();
      const focus = story.paragraphs[n - 1].places.join(' ');
      if (focus) await expect(map(page)).toHaveAttribute('data-focus', focus);
      await agrees(page, `paragraph ${n}`);
    }
    expect(PLACES.length).toBeGreaterThanOrEqual(10);
    for (const id of PLACES) {
      await page.goto(`/place/${id}`);
      await mapReady(page);
      await agrees(page, id);
    }
  });
}
