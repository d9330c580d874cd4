/**
 * The story as the page's components receive it (the root layout's universal load). On the
 * server it is the story being built, handed over by hooks.server for each request; in the
 * browser it is fetched once from the story's shared file (lib/server/story-file), named in
 * the page, while the page starts: a page carries no copy of it inline.
 */
import type { Story } from './core/story';

let onServer: Story | undefined;

/** hooks.server: the story this server renders. */
export function serveStory(story: Story): void {
  onServer = story;
}

/** The story this server renders (see serveStory). */
export function serverStory(): Story {
  if (!onServer) throw new Error('story-data: no story served yet (hooks.server sets it)');
  return onServer;
}

const fetched = new Map<string, Promise<Story>>();

async function get(href: string, fetch: typeof globalThis.fetch): Promise<Story> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: ${response.status}`);
  return (await response.json()) as Story;
}

/**
 * The story from its file, fetched once per address: a place chosen later re-runs the layout's
 * load and gets the same object back. A dropped connection is tried once more; a fetch that
 * still fails is forgotten, so that a later load tries again.
 */
export function fetchStory(href: string, fetch: typeof globalThis.fetch): Promise<Story> {
  let story = fetched.get(href);
  if (!story) {
    story = get(href, fetch).catch(() => get(href, fetch));
    story.catch(() => fetched.delete(href));
    fetched.set(href, story);
  }
  return story;
}

/**
 * What the layout waits for when the story cannot be fetched: nothing, ever. The page then
 * stays as the server rendered it, readable with working links, as when its scripts cannot
 * load; an error page in its place would take the article away from the reader.
 */
export function stayServerRendered(): Promise<never> {
  return new Promise<never>(() => {});
}
