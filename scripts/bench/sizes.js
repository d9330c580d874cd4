/**
 * 2. Gzipped sizes of the built assets: every JS, MJS and CSS file under _app (not their
 * .br/.gz twins), the map data and the page, with the inline script the page carries.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR } from './config.js';
import { KB, fmt, printTable } from './format.js';

/**
 * @param {string} dir
 * @returns {string[]} every file under it
 */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Level 9 (gzip -9, as the table says): the smallest gzip output, the same on every machine. */
const gzipSize = (/** @type {Buffer} */ buf) => gzipSync(buf, { level: 9 }).length;

/** @typedef {{ file: string, raw: number, gzip: number }} Size */

/** @param {string} path @returns {Size} */
function sizeOf(path) {
  const buf = readFileSync(path);
  return { file: relative(BUILD_DIR, path), raw: buf.length, gzip: gzipSize(buf) };
}

export function measureSizes() {
  const assets = walk(join(BUILD_DIR, '_app'))
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map(sizeOf)
    .sort((a, b) => b.gzip - a.gzip);
  const mapData = sizeOf(join(BUILD_DIR, 'data', 'map.json'));
  // The story's shared data file (paragraphs, places, excerpts), fetched once by every page.
  const storyName = readdirSync(join(BUILD_DIR, 'data')).find((f) => /^story-.*\.json$/.test(f));
  const storyFile = storyName ? sizeOf(join(BUILD_DIR, 'data', storyName)) : undefined;
  // The prerendered page's inline scripts (SvelteKit's bootstrap with the page's own small
  // data, and the colour scheme's): not counted as JS below, but parsed before the app starts.
  const html = readFileSync(join(BUILD_DIR, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('\n');
  /** @param {string} ext */
  const total = (ext) => {
    const of = assets.filter((a) => a.file.endsWith(ext));
    return { raw: of.reduce((s, a) => s + a.raw, 0), gzip: of.reduce((s, a) => s + a.gzip, 0) };
  };
  return {
    assets,
    mapData,
    storyFile,
    html: sizeOf(join(BUILD_DIR, 'index.html')),
    inlineScript: { raw: Buffer.byteLength(inline), gzip: gzipSize(Buffer.from(inline)) },
    totals: { js: total('.js'), mjs: total('.mjs'), css: total('.css') },
  };
}

/** @param {ReturnType<typeof measureSizes> | undefined} sizes */
export function printSizes(sizes) {
  if (!sizes) return;
  printTable(
    `2. Built assets (gzip -9; KB = ${KB} bytes)`,
    ['file', 'raw', 'gzip'],
    [
      ...sizes.assets.map((a) => [a.file, fmt.kb(a.raw), fmt.kb(a.gzip)]),
      ['data/map.json', fmt.kb(sizes.mapData.raw), fmt.kb(sizes.mapData.gzip)],
      ...(sizes.storyFile
        ? [[sizes.storyFile.file, fmt.kb(sizes.storyFile.raw), fmt.kb(sizes.storyFile.gzip)]]
        : []),
      ['index.html', fmt.kb(sizes.html.raw), fmt.kb(sizes.html.gzip)],
      [
        '  of which inline <script>',
        fmt.kb(sizes.inlineScript.raw),
        fmt.kb(sizes.inlineScript.gzip),
      ],
      .../** @type {const} */ (['js', 'mjs', 'css']).map((t) => [
        `all .${t}`,
        fmt.kb(sizes.totals[t].raw),
        fmt.kb(sizes.totals[t].gzip),
      ]),
    ],
  );
}
