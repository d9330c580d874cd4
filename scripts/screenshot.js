/**
 * Takes screenshots of a running explainer in Debian's chromium, for the README and for
 * looking at the page: `node scripts/screenshot.js [url] [out-prefix] [light|dark]`, the last
 * the reader's colour scheme (light by default).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const url = process.argv[2] ?? 'http://localhost:4173/';
const out = process.argv[3] ?? 'screenshot';
const colorScheme = process.argv[4] === 'dark' ? 'dark' : 'light';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['mobile', { width: 390, height: 844 }],
]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, colorScheme });
  page.on('console', (m) => console.log(`[${name}] ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
  await page.goto(url);
  await page
    .waitForSelector('[aria-label="Map"][aria-busy="false"]', { timeout: 20000 })
    .catch(() => console.log('map not ready'));
  await page.waitForTimeout(1800);
  await page.screenshot({ path: `${out}-${name}.png` });
  await page.close();
}
await browser.close();
