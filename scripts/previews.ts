/**
 * Writes every preview image (one per place, and the story's) to a folder, so that a person
 * can look at them without building the site: `npx tsx scripts/previews.ts [outdir]`
 * (default /tmp/previews).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placePreviewPng, storyPreviewPng } from '../src/lib/server/previews/index.ts';
import { loadStory } from '../src/lib/server/load-story.ts';

const outDir = process.argv[2] ?? '/tmp/previews';
mkdirSync(outDir, { recursive: true });

const started = performance.now();
const built = loadStory();
const write = (name: string, png: Buffer) => {
  writeFileSync(join(outDir, name), png);
  console.log(`${name.padEnd(32)} ${String(png.length).padStart(8)} bytes`);
};
write('story.png', await storyPreviewPng(built));
for (const place of built.story.places)
  write(`${place.id}.png`, (await placePreviewPng(built, place.id))!);
const seconds = (performance.now() - started) / 1000;
const { user, system } = process.cpuUsage();
console.log(
  `${built.story.places.length + 1} images in ${outDir}: ${seconds.toFixed(1)} s, ` +
    `${((user + system) / 1e6).toFixed(1)} s of CPU`,
);
