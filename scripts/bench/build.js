/**
 * 8. What a build costs as the story grows: `npm run build` timed for the bundled story and for
 * two long stories made by scripts/bench/long-story.ts (about 120 places and 9,000 words, and
 * about 320 places and 33,000 words), each into a folder of its own that is removed after.
 * Reports the wall time, the peak memory of the largest process (the build, its prerendering
 * threads included) and the output's size, and how each grows between the two long stories
 * beside how the story grows (its places and its words): linear growth shows as a cost ratio
 * no larger than the story's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fmt, printTable } from './format.js';

// The bundled story's files (lib/server/load-story's defaults).
const DEFAULT_ARTICLE = 'src/content/article.md';
const DEFAULT_PLACES = 'geo/places.geojson';

/** The stories measured: the two long ones are the sizes. */
export const BUILD_STORIES = [
  { name: 'bundled story' },
  { name: 'long story', places: 120, words: 9000 },
  { name: 'longer story', places: 320, words: 33000 },
];

/** @param {string} dir @returns {number} bytes of every file under it */
function du(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

/**
 * @param {string} articleFile @param {string} placesFile
 * @returns {{ places: number, words: number }} the story's size: its places and its words
 */
function storySize(articleFile, placesFile) {
  const body = readFileSync(articleFile, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const places = JSON.parse(readFileSync(placesFile, 'utf8')).features.length;
  return { places, words: body.split(/\s+/).filter(Boolean).length };
}

/**
 * @param {{ name: string, places?: number, words?: number }} story
 * @param {string} work a scratch folder
 */
function measureOne(story, work) {
  const slug = story.name.replace(/\W+/g, '-');
  const dir = join(work, slug);
  /** @type {Record<string, string>} */
  const env = { STORY_ARTICLE: DEFAULT_ARTICLE, STORY_PLACES: DEFAULT_PLACES };
  if (story.places) {
    const made = spawnSync(
      'npx',
      ['tsx', 'scripts/bench/long-story.ts', String(story.places), String(story.words), dir],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) throw new Error(`long-story.ts failed: ${made.stderr}`);
    env.STORY_ARTICLE = join(dir, 'article.md');
    env.STORY_PLACES = join(dir, 'places.geojson');
  }
  const size = storySize(env.STORY_ARTICLE, env.STORY_PLACES);
  const rssDir = mkdtempSync(join(work, 'rss-'));
  const out = join(work, `${slug}-build`);
  const started = performance.now();
  const built = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      BUILD_DIR: out,
      BENCH_RSS_DIR: rssDir,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${resolve('scripts/bench/max-rss.js')}`,
    },
  });
  const ms = performance.now() - started;
  if (built.status !== 0)
    throw new Error(`the build of the ${story.name} failed:\n${built.stderr}`);
  const peak = Math.max(
    ...readdirSync(rssDir).map((f) => Number(readFileSync(join(rssDir, f), 'utf8'))),
  );
  const output = du(out);
  rmSync(out, { recursive: true, force: true });
  return { name: story.name, ...size, ms, peakBytes: peak, outputBytes: output };
}

/** @returns {{ stories: ReturnType<typeof measureOne>[], growth: Record<string, number> }} */
export function measureBuild() {
  const work = mkdtempSync(join(tmpdir(), 'explainer-build-'));
  try {
    const stories = BUILD_STORIES.map((s) => measureOne(s, work));
    const [, small, large] = stories;
    /** @param {(s: (typeof stories)[number]) => number} f */
    const ratio = (f) => f(large) / f(small);
    return {
      stories,
      growth: {
        places: ratio((s) => s.places),
        words: ratio((s) => s.words),
        time: ratio((s) => s.ms),
        peak: ratio((s) => s.peakBytes),
        output: ratio((s) => s.outputBytes),
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** @param {ReturnType<typeof measureBuild> | undefined} build */
export function printBuild(build) {
  if (!build) return;
  const x = (/** @type {number} */ r) => `${r.toFixed(2)}×`;
  printTable(
    '8. Build cost by story size (npm run build; peak = largest process)',
    ['story', 'places', 'words', 'time', 'peak memory', 'output'],
    [
      ...build.stories.map((s) => [
        s.name,
        s.places,
        s.words,
        fmt.s(s.ms),
        fmt.mb(s.peakBytes),
        fmt.mb(s.outputBytes),
      ]),
      [
        'growth, longer ÷ long',
        x(build.growth.places),
        x(build.growth.words),
        x(build.growth.time),
        x(build.growth.peak),
        x(build.growth.output),
      ],
    ],
  );
}
