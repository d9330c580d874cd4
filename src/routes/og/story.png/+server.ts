import { loadStory } from '$lib/server/load-story';
import { storyPreviewPng } from '$lib/server/previews';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The story's preview image (1200x630): the headline and every place on one map. */
export const GET: RequestHandler = async () => {
  const png = await storyPreviewPng(loadStory());
  // A copy as a plain Uint8Array: Node's Buffer type is not a BodyInit under TypeScript's DOM lib.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
