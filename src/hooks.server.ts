import type { Handle } from '@sveltejs/kit';
import { loadStory } from '$lib/server/load-story';

/** The page language comes from the article's front matter (`lang`, default `en`). */
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', loadStory().story.meta.lang),
  });
