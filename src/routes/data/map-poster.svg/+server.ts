import { loadStory } from '$lib/server/load-story';
import { mapChars } from '$lib/server/map-data/map-chars';
import { posterSvg } from '$lib/server/poster/poster';
import { labelFontFile } from '$lib/server/text/label-font';

export const prerender = true;

/**
 * The map's still poster (see lib/server/poster/poster.ts), built once at build time, with
 * the label face the live map draws in.
 */
export async function GET() {
  const built = loadStory();
  const chars = mapChars(built);
  const [regular, italic] = await Promise.all([
    labelFontFile('regular', chars),
    labelFontFile('italic', chars),
  ]);
  return new Response(posterSvg(built, { regular, italic }), {
    headers: { 'content-type': 'image/svg+xml' },
  });
}
