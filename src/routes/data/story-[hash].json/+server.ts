import { error } from '@sveltejs/kit';
import { storyFile } from '$lib/server/story-file';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One file per build: the name carries the content's hash (lib/server/story-file). */
export const entries: EntryGenerator = () => [{ hash: storyFile().hash }];

/** The story's data, fetched once by the page in the browser and shared by every page. */
export const GET: RequestHandler = ({ params }) => {
  const file = storyFile();
  if (params.hash !== file.hash) error(404, 'Not found');
  return new Response(file.json, { headers: { 'Content-Type': 'application/json' } });
};
