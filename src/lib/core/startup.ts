/**
 * When the live map starts. MapLibre costs a phone about 300 KB of code and, at start-up,
 * several long tasks (evaluating that code, compiling shaders, cutting tiles). On a phone
 * opened at the start of the story, the reader first reads the headline and the place index
 * under a still poster of the same map; the live map starts at the reader's first scroll,
 * touch or key, which is also when the story first asks it to move. Everywhere else (a larger
 * screen, a mouse, a link to a place, a page opened or already scrolled part-way down the
 * story) it starts at once.
 */
import { SMALL_SCREEN } from '../design/breakpoints';

/** What is known at start: the screen, and what the page opens on. */
export interface StartContext {
  /** The small-screen layout: the map on top, the story under it. */
  small: boolean;
  /** No hovering pointer: a touch screen. */
  touch: boolean;
  /** A place is selected (a link to a place). */
  selected: boolean;
  /** Places the page opens focused on (a paragraph that names places). */
  focused: number;
  /** The page is already scrolled: restored on return, or scrolled before the script ran. */
  scrolled: boolean;
}

export function waitsForReader(c: StartContext): boolean {
  return c.small && c.touch && !c.selected && c.focused === 0 && !c.scrolled;
}

/**
 * What counts as the reader's first move. Not `resize` or `focus`: a browser or a test tool
 * resizes pages by itself, and reading needs no focus change.
 */
export const READER_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'] as const;

/**
 * The media queries behind `small` and `touch`. SMALL_SCREEN is the layout's own breakpoint
 * (design/breakpoints, which the stylesheets are held to), and the page's script uses it for
 * the layout as well.
 */
export { SMALL_SCREEN };
export const TOUCH_SCREEN = '(hover: none)';
