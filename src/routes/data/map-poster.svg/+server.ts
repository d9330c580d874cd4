import { loadStory } from '$lib/server/load-story';
import { posterSvg } from '$lib/server/poster/poster';

export const prerender = true;

/** The map's still poster (see lib/server/poster/poster.ts), built once at build time. */
export function GET() {
  return new Response(posterSvg(loadStory()), {
    headers: { 'content-type': 'image/svg+xml' },
  });
}
