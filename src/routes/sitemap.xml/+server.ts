import { base } from '$app/paths';
import { absoluteUrl } from '$lib/core/meta';
import { placePath } from '$lib/core/url';
import { loadStory } from '$lib/server/load-story';
import { siteUrl } from '$lib/server/site';

export const prerender = true;

const escape = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Every page of the explainer, with absolute URLs from SITE_URL. */
export function GET() {
  const site = siteUrl();
  const paths = ['/', ...loadStory().story.places.map((p) => placePath(p.id))];
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    paths.map((p) => `  <url><loc>${escape(absoluteUrl(site, base, p))}</loc></url>`).join('\n') +
    '\n</urlset>\n';
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
