/**
 * The colour scheme in effect: the host page's choice in the URL (`?theme=dark`, `light` or
 * `auto`, the default) over the reader's system setting (`prefers-color-scheme`). It lives in
 * the URL only, never in storage, so an embed follows the page that embeds it. The inline
 * script in `src/app.html` applies the same rule before the first paint (held to it by
 * theme.test.ts); after hydration the page keeps it current (theme.svelte.ts).
 */

import type { Scheme } from '../design/colours';

export type { Scheme };
export type ThemeChoice = Scheme | 'auto';

/** The `theme` parameter of a URL's query; anything but `dark` or `light` is `auto`. */
export function themeChoice(search: string | URLSearchParams): ThemeChoice {
  const value = (typeof search === 'string' ? new URLSearchParams(search) : search).get('theme');
  return value === 'dark' || value === 'light' ? value : 'auto';
}

/** The scheme in effect for a choice and the system's setting. */
export function schemeFor(choice: ThemeChoice, systemDark: boolean): Scheme {
  if (choice !== 'auto') return choice;
  return systemDark ? 'dark' : 'light';
}

/**
 * The query to carry to the next page: the embed flag and the theme, when they are set, so
 * that both survive choosing a place and Back.
 */
export function carriedQuery(search: string): string {
  const from = new URLSearchParams(search);
  const out = new URLSearchParams();
  if (from.get('embed') === '1') out.set('embed', '1');
  const theme = themeChoice(from);
  if (theme !== 'auto') out.set('theme', theme);
  const q = out.toString();
  return q ? `?${q}` : '';
}

/** The media query for the system's setting. */
export const SYSTEM_DARK = '(prefers-color-scheme: dark)';
