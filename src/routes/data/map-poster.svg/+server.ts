import { loadStory } from '$lib/server/load-story';
import { posterSvg } from '$lib/server/poster/poster';
import { posterTexts } from '$lib/server/poster/poster-names';
import { labelFontFile, textChars } from '$lib/server/text/label-font';

export const prerender = true;

/**
 * The map's still poster (see lib/server/poster/poster.ts), built once at build time, with
 * the label face the live map draws in, cut to the characters the poster's names use.
 */
export async function GET() {
  const built = loadStory();
  const texts = posterTexts(built);
  const [regular, italic] = await Promise.all([
    labelFontFile('regular', textChars(texts.regular)),
    labelFontFile('italic', textChars(texts.italic)),
  ]);
  return new Response(posterSvg(built, { regular, italic }), {
    headers: { 'content-type': 'image/svg+xml' },
  });
}
