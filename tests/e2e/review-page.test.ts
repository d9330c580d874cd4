/**
 * `npm run edit` end to end: a real article with no places file, reviewed in the browser
 * (confirm, remove, change a reading, search and add, place a point on the map, undo), kept
 * across a reload, saved into a valid story and previewed; a file changed on disk is not
 * overwritten; other hosts and origins are refused; bad input gives its message.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStory } from '../../src/lib/core/story';
import { resolveRef } from '../../src/lib/server/gazetteer';

const PORT = 5190;
const URL = `http://127.0.0.1:${PORT}/`;
/** `npm run edit` as one process (tsx's CLI would run it in a child that outlives a kill). */
const EDIT = ['--import', 'tsx', 'scripts/edit.ts'];

let dir: string;
let article: string;
let places: string;
let editor: ChildProcess | undefined;

function start(): Promise<void> {
  editor = spawn(process.execPath, [...EDIT, article, places], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    editor!.stdout!.on('data', (c: Buffer) => {
      out += c;
      if (out.includes(URL)) resolve();
    });
    editor!.on('exit', (code) => reject(new Error(`npm run edit exited (${code}): ${out}`)));
  });
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'review-'));
  article = join(dir, 'article.md');
  places = join(dir, 'places.geojson');
  copyFileSync('src/content/article.md', article);
  await start();
});

test.afterAll(() => {
  editor?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const item = (page: Page, id: string) =>
  page.getByRole('list', { name: 'Places' }).locator(`li[data-place="${id}"]`);

/** Selects words of the article as a reader does, by their text. */
async function selectWords(page: Page, words: string) {
  await page.evaluate((w) => {
    const root = document.querySelector('article')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${w}" is not in the article as plain text`);
  }, words);
}

test('reviews a drafted article into a saved, valid story', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Review places/);
  expect(existsSync(places)).toBe(false);

  // Confirm a place the draft flagged, then undo and confirm again.
  const west = item(page, 'the-west');
  await expect(west).toHaveAttribute('data-status', 'review');
  await west.getByRole('button', { name: /^Confirm/ }).click();
  await expect(west).toHaveAttribute('data-status', 'confirmed');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(west).toHaveAttribute('data-status', 'review');
  await west.getByRole('button', { name: /^Confirm/ }).click();
  await expect(west).toHaveAttribute('data-status', 'confirmed');

  // Remove one: its words in the article are marked removed.
  await item(page, 'chechnya')
    .getByRole('button', { name: /^Remove/ })
    .click();
  await expect(item(page, 'chechnya')).toHaveAttribute('data-status', 'removed');
  await expect(page.locator('article [data-place="chechnya"]').first()).toHaveAttribute(
    'data-status',
    'removed',
  );

  // Change a reading to one the draft set aside, and back with Undo.
  await item(page, 'asia')
    .getByRole('button', { name: /^Change/ })
    .click();
  await page.getByRole('button', { name: 'Use this reading' }).first().click();
  await expect(page.locator('.reading')).not.toHaveText(/region|continent/i);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.reading')).toHaveText(/Asia/);

  // Search and add, from the keyboard: Aleppo removed, then added back from its words.
  await item(page, 'aleppo')
    .getByRole('button', { name: /^Remove/ })
    .click();
  await selectWords(page, 'Aleppo');
  await page.getByRole('button', { name: /^Add place/ }).click();
  const search = page.getByRole('searchbox', { name: 'Find a place' });
  await expect(search).toBeFocused();
  await expect(page.getByRole('option', { name: 'Aleppo' }).first()).toBeVisible();
  await search.press('Enter');
  await expect(item(page, 'aleppo-2')).toHaveAttribute('data-status', 'confirmed');
  await expect(page.locator('.reading')).toHaveText(/Aleppo, Syria/);

  // A village the gazetteer lacks: add it from its words and place it on the map.
  await selectWords(page, 'Dabiq');
  await page.getByRole('button', { name: /^Add place/ }).click();
  const map = page.getByRole('region', { name: /^Map of the selected place/ });
  await expect(map).toHaveAttribute('data-ready', 'true');
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(item(page, 'dabiq')).toBeVisible();
  await page.getByLabel('The point is approximate').check();
  await page.getByRole('button', { name: 'Apply changes' }).click();
  await expect(page.locator('.reading')).toHaveText(/approximate/);

  // A reload keeps what is not saved yet.
  await page.reload();
  await expect(item(page, 'dabiq')).toBeVisible();
  await expect(item(page, 'chechnya')).toHaveAttribute('data-status', 'removed');
  await expect(item(page, 'the-west')).toHaveAttribute('data-status', 'confirmed');
  expect(existsSync(places)).toBe(false);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
    [],
  );

  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved/);

  // The file: refs kept (no pasted shapes), the point, the removed place remembered.
  const text = readFileSync(places, 'utf8');
  const file = JSON.parse(text) as {
    features: { properties: { id: string; ref?: unknown }; geometry: unknown }[];
    removed: { properties: { id: string } }[];
  };
  const byId = new Map(file.features.map((f) => [f.properties.id, f]));
  expect(byId.get('iraq')).toMatchObject({ properties: { ref: 'country:IRQ' }, geometry: null });
  expect(byId.get('dabiq')?.geometry).toMatchObject({ type: 'Point' });
  expect(file.removed.map((f) => f.properties.id).sort()).toEqual(['aleppo', 'chechnya']);
  const { built, problems } = buildStory(readFileSync(article, 'utf8'), article, text, places, {
    resolve: resolveRef,
  });
  expect(problems).toEqual([]);
  expect(built!.story.places.find((p) => p.id === 'dabiq')?.approximate).toBe(true);
  expect(errors).toEqual([]);

  // The explainer for the saved story, served as `npm run dev` serves it.
  const preview = page.getByRole('link', { name: 'Preview the explainer' });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  const href = (await preview.getAttribute('href'))!;
  await expect
    .poll(
      async () => {
        const res = await page.request.get(`${href}place/dabiq`).catch(() => undefined);
        return res?.ok() ? (await res.text()).includes('Dabiq') : false;
      },
      { timeout: 90_000, intervals: [1000] },
    )
    .toBe(true);
});

test('does not overwrite a file changed on disk since the page loaded it', async ({ page }) => {
  await page.goto(URL);
  await expect(item(page, 'dabiq')).toBeVisible();
  // From the keyboard, the places come straight after the article's one button and "Next to
  // review" (the mentions, dozens of them, are for the pointer; the list is the keyboard's way).
  await page.getByRole('button', { name: /^Add place/ }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Next to review/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('li[data-place] .name').first()).toBeFocused();
  // "Next to review" walks the places still flagged.
  await page.getByRole('button', { name: /^Next to review/ }).click();
  const next = await page.locator('#detail-title').textContent();
  await expect(
    page.locator('li[data-status="review"]').filter({ hasText: next!.trim() }),
  ).toHaveCount(1);
  const changed = readFileSync(places, 'utf8').replace('"Iraq"', '"Iraq (edited by hand)"');
  writeFileSync(places, changed);
  await item(page, 'kashmir')
    .getByRole('button', { name: /^Confirm/ })
    .click();
  await page.getByRole('button', { name: /^Save/ }).click();
  await expect(page.getByRole('alert')).toContainText('changed on disk');
  expect(readFileSync(places, 'utf8')).toBe(changed);
  await page.getByRole('button', { name: 'Reload from the file' }).click();
  await expect(page.locator('li[data-place="iraq"] .title')).toHaveText('Iraq (edited by hand)');
  await expect(item(page, 'kashmir')).toHaveAttribute('data-status', 'review');
});

/** A request with any Host header (a browser's fetch cannot set one). */
function raw(host: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: PORT,
        path: '/api/save',
        method: 'POST',
        headers: { host, origin, 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ features: [], removed: [], version: null }));
  });
}

test('refuses other hosts, other origins and oversized bodies, and changes nothing', async () => {
  const before = readFileSync(places, 'utf8');
  const own = `127.0.0.1:${PORT}`;
  expect(await raw(`evil.example:${PORT}`, `http://evil.example:${PORT}`)).toBe(403);
  expect(await raw(own, 'http://evil.example')).toBe(403);
  expect(await raw(own, '')).toBe(403);
  const big = await fetch(`${URL}api/save`, {
    method: 'POST',
    headers: { origin: `http://${own}`, 'content-type': 'application/json' },
    body: 'x'.repeat(5 * 1024 * 1024),
  }).catch(() => undefined);
  expect(big === undefined || big.status === 413).toBe(true);
  expect(readFileSync(places, 'utf8')).toBe(before);
  expect(existsSync(`${places}.tmp`)).toBe(false);
});

test('bad input gives its message and leaves the files as they were', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [...EDIT, ...args], {
      env: { ...process.env, PORT: String(PORT + 5) },
      encoding: 'utf8',
    });
  const missing = run(join(dir, 'nope.md'), places);
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain(`${join(dir, 'nope.md')}: no such file`);

  const broken = join(dir, 'broken.geojson');
  writeFileSync(broken, '{"type": "FeatureCollection", "features": [');
  const invalid = run(article, broken);
  expect(invalid.status).toBe(1);
  expect(invalid.stderr).toContain(`${broken} is not valid JSON`);
  expect(readFileSync(broken, 'utf8')).toBe('{"type": "FeatureCollection", "features": [');
});
