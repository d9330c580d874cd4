import { json } from '@sveltejs/kit';
import { loadStory } from '$lib/server/load-story';
import { mapFile } from '$lib/server/map-data/map-size';

export const prerender = true;

/** The map data (server/map-data/map-size `mapFile`), built once at build time. */
export function GET() {
  return json(mapFile(loadStory()));
}
