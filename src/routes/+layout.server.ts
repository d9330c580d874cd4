import { loadStory } from '$lib/server/load-story';
import { siteUrl } from '$lib/server/site';

export const prerender = true;
export const trailingSlash = 'never';

export function load() {
  return { story: loadStory().story, site: siteUrl() };
}
