import { error } from '@sveltejs/kit';
import { loadStory } from '$lib/server/load-story';
import { placePreviewPng } from '$lib/server/previews';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => loadStory().story.places.map((p) => ({ id: p.id }));

/** A place's preview image (1200x630), drawn at build time from the story and the basemap. */
export const GET: RequestHandler = async ({ params }) => {
  const png = await placePreviewPng(loadStory(), params.id);
  if (!png) error(404, 'Place not found');
  // A copy as a plain Uint8Array: Node's Buffer type is not a BodyInit under TypeScript's DOM lib.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
