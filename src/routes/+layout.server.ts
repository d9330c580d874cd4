import { siteUrl } from '$lib/server/site';
import { storyFile } from '$lib/server/story-file';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * What travels inline with every page: the site's address and the name of the story's shared
 * file; the story itself is in that file (see +layout.ts), not repeated in each page.
 */
export function load() {
  return { site: siteUrl(), storyFile: storyFile().name };
}
