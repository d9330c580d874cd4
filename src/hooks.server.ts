import type { Handle } from '@sveltejs/kit';
import { loadStory } from '$lib/server/load-story';
import { serveStory } from '$lib/story-data';

/**
 * Each request renders the configured story (built once per process by load-story); the page
 * language comes from the article's front matter (`lang`, default `en`).
 */
export const handle: Handle = ({ event, resolve }) => {
  const { story } = loadStory();
  serveStory(story);
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', story.meta.lang),
  });
};
