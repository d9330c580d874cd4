import { json } from '@sveltejs/kit';
import { loadStory } from '$lib/server/story';
import { mapFile } from '$lib/server/map-size';

export const prerender = true;

/** The map data (server/map-size `mapFile`), built once at build time. */
export function GET() {
  return json(mapFile(loadStory()));
}
