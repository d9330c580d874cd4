/**
 * URL parsing and formatting. Parse and format round-trip; anything that is not a known shape
 * parses to "nothing" instead of throwing, so a hostile URL never reaches the page as markup.
 */
import { SLUG } from './kinds';

/** Longest id we accept from a URL; real ids are far shorter. */
const MAX_ID = 80;

/** `#p-7` → 7; anything else → undefined. */
export function parseParagraphHash(hash: string, count: number): number | undefined {
  const m = /^#p-([1-9]\d{0,5})$/.exec(hash);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n <= count ? n : undefined;
}

export function paragraphHash(n: number): string {
  return `#p-${n}`;
}

/** The place id in `<base>/place/<id>` (with or without a trailing slash), if it is a slug. */
export function parsePlacePath(pathname: string, base = ''): string | undefined {
  if (base && !pathname.startsWith(base)) return undefined;
  const rest = pathname.slice(base.length);
  const m = /^\/place\/([^/]{1,200})\/?$/.exec(rest);
  if (!m) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
  return id.length <= MAX_ID && SLUG.test(id) ? id : undefined;
}

export function placePath(id: string, base = ''): string {
  return `${base}/place/${encodeURIComponent(id)}`;
}

/** The story's shared data file's name for a content hash (lib/server/story-file). */
export function storyFileName(hash: string): string {
  return `story-${hash}.json`;
}

/** Where that file is served: `<base>/data/story-<hash>.json`. */
export function storyFilePath(name: string, base = ''): string {
  return `${base}/data/${name}`;
}
