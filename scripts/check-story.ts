/**
 * Checks a story (STORY_ARTICLE and STORY_PLACES, or the bundled one) and prints its places,
 * their mention counts and excerpts. Exits 1 with one line per problem when the story is bad.
 * `--quiet` prints only problems and warnings (used before every build). `--geojson` prints
 * the places with every ref resolved, as one RFC 7946 FeatureCollection on standard output
 * and nothing else there (run it as `npm run -s check:story -- --geojson`).
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { StoryError, formatProblem } from '../src/lib/core/problems.ts';
import { mapDataSize, mapDataWarning } from '../src/lib/server/map-data/map-size.ts';
import { loadStoryFrom, storyPaths } from '../src/lib/server/load-story.ts';
import { endQuietlyOnClosedPipe } from './closed-pipe.ts';

endQuietlyOnClosedPipe();

const quiet = process.argv.includes('--quiet');
const geojson = process.argv.includes('--geojson');
const { article, places } = storyPaths();

/**
 * The exit code. The process ends on its own once standard output has drained: `process.exit`
 * would cut what a pipe has not taken yet (the first 64 KB of the map's GeoJSON, in a pipe).
 */
function main(): number {
  try {
    return check();
  } catch (e) {
    if (!(e instanceof StoryError)) throw e;
    console.error(
      `The story cannot be built (${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}):`,
    );
    for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
}

function check(): number {
  const built = loadStoryFrom(article, places);
  const { story, warnings } = built;
  const oversize = mapDataWarning(mapDataSize(built));
  for (const w of [...warnings, ...(oversize ? [`${places}: ${oversize}`] : [])])
    console.warn(`warning: ${w}`);
  if (geojson) {
    // The file as written, each feature's geometry replaced by what the build draws.
    const file = JSON.parse(readFileSync(places, 'utf8')) as FeatureCollection;
    const features = file.features.map((f): Feature => ({
      ...f,
      geometry: built.geometry.get(String(f.properties?.id))!,
    }));
    process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
    return 0;
  }
  if (quiet) return 0;
  console.log(
    `${story.meta.title}\n${article} + ${places}: ${story.paragraphs.length} paragraphs, ${story.places.length} places\n`,
  );
  const rows = story.places.map((p) => [
    p.id,
    p.kind + (p.approximate ? ' (approx.)' : ''),
    String(p.count),
    String(p.excerpts.length),
    p.excerpts.map((x) => x.paragraph).join(' '),
  ]);
  const head = ['place', 'kind', 'mentions', 'excerpts', 'paragraphs'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log('');
  for (const p of story.places) {
    console.log(`${p.name} (${p.id})`);
    for (const x of p.excerpts) {
      const text = x.parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');
      console.log(`  ¶${x.paragraph}  ${text}`);
    }
  }
  return 0;
}

process.exitCode = main();
