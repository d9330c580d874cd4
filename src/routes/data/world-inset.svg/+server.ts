import { insetSvg } from '$lib/server/inset';

export const prerender = true;

/** The locator inset's world (see lib/server/inset.ts), built once at build time. */
export function GET() {
  return new Response(insetSvg(), { headers: { 'content-type': 'image/svg+xml' } });
}
