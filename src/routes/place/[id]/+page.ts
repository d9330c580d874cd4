import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

/**
 * A universal load that only checks the id against the story the layout already has: choosing
 * a place in the browser needs no request at all, so the panel opens within a frame.
 */
export const load: PageLoad = async ({ params, parent }) => {
  const { story } = await parent();
  if (!story.places.some((p) => p.id === params.id)) error(404, 'Place not found');
  return { placeId: params.id };
};
