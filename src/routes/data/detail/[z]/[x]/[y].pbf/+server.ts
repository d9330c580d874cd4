import { error } from '@sveltejs/kit';
import { loadStory } from '$lib/server/load-story';
import { detailAddresses, detailTiles } from '$lib/server/map-data/detail-tiles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every tile of the world at the detail zoom (map/detail-source), so that no request finds none. */
export const entries: EntryGenerator = () => detailAddresses();

/** One vector tile of the map's finer detail, cut at build time (lib/server/map-data/detail-tiles). */
export const GET: RequestHandler = ({ params }) => {
  const bytes = detailTiles(loadStory()).tile(+params.z, +params.x, +params.y);
  if (!bytes) error(404, 'No such tile');
  // A copy in a plain ArrayBuffer, as Response's types ask.
  return new Response(bytes.slice().buffer, {
    headers: { 'content-type': 'application/x-protobuf' },
  });
};
