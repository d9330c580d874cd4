/**
 * Focus around the place panel: choosing a place moves focus to the panel's heading once the
 * panel is on screen; closing it returns focus to where the reader chose from (or, if that is
 * gone or hidden, to the place's button in the index).
 */
import { tick } from 'svelte';

export class PanelFocus {
  /** The panel's heading, bound from the panel. */
  heading = $state<HTMLElement | null>(null);
  /** Where focus was when the reader opened the panel. */
  #returnTo: HTMLElement | null = null;
  #pending = false;
  #selected: () => string | null;
  #select: (id: string | null) => void;

  /** `selected` reads the selected place's id; `select` changes it. */
  constructor(selected: () => string | null, select: (id: string | null) => void) {
    this.#selected = selected;
    this.#select = select;
  }

  choose(id: string) {
    const selected = this.#selected();
    const active = document.activeElement;
    if (!selected && active instanceof HTMLElement && active !== document.body)
      this.#returnTo = active;
    this.#pending = true;
    if (id === selected) this.heading?.focus({ preventScroll: true });
    else this.#select(id);
  }

  async close() {
    const id = this.#selected();
    this.#select(null);
    await tick();
    const target =
      this.#returnTo?.isConnected && this.#returnTo.offsetParent !== null
        ? this.#returnTo
        : document.querySelector<HTMLElement>(`[data-place-button="${id}"]`);
    target?.focus({ preventScroll: true });
    this.#returnTo = null;
  }

  /** For an effect: once a chosen place's panel is open, its heading takes focus. */
  settle(open: boolean) {
    if (this.heading && open && this.#pending) {
      this.#pending = false;
      this.heading.focus({ preventScroll: true });
    }
  }
}
