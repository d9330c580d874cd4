import { loadStory } from '$lib/server/story';

export const prerender = true;
export const trailingSlash = 'never';

export function load() {
  return { story: loadStory().story };
}
