import { json } from '@sveltejs/kit';
import { loadStory } from '$lib/server/story';
import { mapData } from '$lib/server/map-data';

export const prerender = true;

/** The basemap and the places in one TopoJSON file, built once at build time. */
export function GET() {
  return json(mapData(loadStory()));
}
