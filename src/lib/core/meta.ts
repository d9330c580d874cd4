/**
 * Text for a page's meta tags: titles, descriptions cut at a word boundary, and absolute URLs
 * built from the site's address and base path.
 */

/** Cuts text to at most `max` characters at a word boundary, adding an ellipsis when cut. */
export function cutAtWord(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  // A single enormous word is cut where it must be.
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** "Mosul — Why West so concerned…": the place first, as tabs and search results show it. */
export function placeTitle(place: string, headline: string): string {
  return `${place} — ${headline}`;
}

/** An absolute URL on the site: `site` is an origin (SITE_URL), `base` the base path. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return `${site.replace(/\/+$/, '')}${base}${path}`;
}
