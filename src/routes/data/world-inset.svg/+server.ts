import { insetSvg } from '$lib/server/map-data/inset-world';

export const prerender = true;

/** The locator inset's world (see lib/server/map-data/inset-world.ts), built once at build time. */
export function GET() {
  return new Response(insetSvg(), { headers: { 'content-type': 'image/svg+xml' } });
}
