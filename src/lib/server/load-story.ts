/**
 * Loads the story named by `STORY_ARTICLE` and `STORY_PLACES` (defaults: the bundled story).
 * Used at build time by SvelteKit's prerendering and by the command-line scripts; places given
 * by reference (`"ref": "country:IRQ"`) are resolved from the offline gazetteer.
 */
import { readFileSync, statSync } from 'node:fs';
import { buildStory, type BuiltStory } from '../core/story';
import { StoryError, type Problem } from '../core/problems';
import { resolveRef } from './gazetteer';

export const DEFAULT_ARTICLE = 'src/content/article.md';
export const DEFAULT_PLACES = 'geo/places.geojson';

export function storyPaths(env: Record<string, string | undefined> = process.env) {
  return {
    article: env.STORY_ARTICLE || DEFAULT_ARTICLE,
    places: env.STORY_PLACES || DEFAULT_PLACES,
  };
}

function read(file: string, problems: Problem[]): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    problems.push({
      file,
      message: `the file cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      fix: 'Check the path given in STORY_ARTICLE or STORY_PLACES.',
    });
    return undefined;
  }
}

/** Builds the story from disk, or throws a StoryError listing every problem. */
export function loadStoryFrom(articleFile: string, placesFile: string): BuiltStory {
  const problems: Problem[] = [];
  const article = read(articleFile, problems);
  const places = read(placesFile, problems);
  if (article === undefined || places === undefined) throw new StoryError(problems);
  // Places given by reference are resolved from the offline gazetteer (lib/server/gazetteer).
  const { built, problems: found } = buildStory(article, articleFile, places, placesFile, {
    resolve: resolveRef,
  });
  if (!built) throw new StoryError(found);
  return built;
}

let cached: { key: string; built: BuiltStory } | undefined;

/** When a file last changed, so that a story edited while served (`npm run edit`) is rebuilt. */
function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return 'missing';
  }
}

/** The configured story, built once per version of its two files. */
export function loadStory(): BuiltStory {
  const { article, places } = storyPaths();
  const key = [article, stamp(article), places, stamp(places)].join('\n');
  if (cached?.key !== key) cached = { key, built: loadStoryFrom(article, places) };
  return cached.built;
}
