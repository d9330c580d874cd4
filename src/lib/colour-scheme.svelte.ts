/**
 * The colour scheme in effect (core/theme): the host page's `?theme=` over the system's
 * setting. The inline script in src/app.html sets `<html data-theme>` before the first paint;
 * this keeps it current when the system's setting changes with the page open, or when the
 * address's query changes, and tells the map which palette to paint.
 */
import { SYSTEM_DARK, schemeFor, themeChoice, type Scheme } from './core/theme';

export class ColourScheme {
  /** The system asks for a dark scheme. */
  system = $state(false);
  /** The query of the page's address (`?theme=`), kept by the caller. */
  search = $state('');
  readonly scheme: Scheme = $derived(schemeFor(themeChoice(this.search), this.system));

  /** Follows the system setting; returns the effect's cleanup. */
  listen(): () => void {
    const mq = window.matchMedia(SYSTEM_DARK);
    const update = () => (this.system = mq.matches);
    update();
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }

  /** Sets `<html data-theme>`, which the page's styles and the poster follow. */
  apply(): void {
    document.documentElement.dataset.theme = this.scheme;
  }
}

/**
 * The page's scheme: the layout keeps it current (its effects listen and apply), and the live
 * map paints in it (map/load, components/map/Repaint). Read in the browser only.
 */
export const colourScheme = new ColourScheme();
