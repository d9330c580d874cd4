/** The site's public address (SITE_URL), for canonical links, previews and the sitemap. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.SITE_URL || 'http://localhost:4173').replace(/\/+$/, '');
}
