import { base } from '$app/paths';
import { absoluteUrl } from '$lib/core/meta';
import { siteUrl } from '$lib/server/site';

export const prerender = true;

export function GET() {
  const body = `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(siteUrl(), base, '/sitemap.xml')}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
