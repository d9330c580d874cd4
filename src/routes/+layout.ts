import { browser } from '$app/environment';
import { base } from '$app/paths';
import { storyFilePath } from '$lib/core/url';
import { fetchStory, serverStory, stayServerRendered } from '$lib/story-data';
import type { LayoutLoad } from './$types';

/**
 * The story for every page: on the server the one being built; in the browser fetched from
 * its shared file before the page hydrates (the page's head preloads it, see +layout.svelte).
 * A universal load's result is not serialized into the page, which is the point.
 */
export const load: LayoutLoad = async ({ data, fetch }) => ({
  ...data,
  story: browser
    ? await fetchStory(storyFilePath(data.storyFile, base), fetch).catch(stayServerRendered)
    : serverStory(),
});
