/**
 * Reduced motion: the system's preference (`prefers-reduced-motion`) or the page's own switch,
 * which the page remembers. The system's setting wins; the switch cannot turn motion back on.
 */
import { loadReduceMotion, saveReduceMotion } from './core/preference';

export class ReducedMotion {
  /** The system asks for reduced motion. */
  system = $state(false);
  /** The reader switched motion off on this page. */
  user = $state(false);
  readonly reduced = $derived(this.system || this.user);

  /** Follows the system setting and reads the remembered switch; returns the effect's cleanup. */
  listen(): () => void {
    const mq = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => (this.system = mq.matches);
    update();
    mq.addEventListener('change', update);
    this.user = loadReduceMotion(() => localStorage);
    return () => mq.removeEventListener('change', update);
  }

  toggle() {
    this.user = !this.user;
    // Applied even when the storage refuses to remember it.
    saveReduceMotion(() => localStorage, this.user);
  }
}
