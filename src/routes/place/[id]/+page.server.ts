import { error } from '@sveltejs/kit';
import { loadStory } from '$lib/server/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => loadStory().story.places.map((p) => ({ id: p.id }));

export const load: PageServerLoad = ({ params }) => {
  const place = loadStory().story.places.find((p) => p.id === params.id);
  if (!place) error(404, 'Place not found');
  return { placeId: place.id };
};
