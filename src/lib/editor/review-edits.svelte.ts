/**
 * The places file being edited, as runes: the current state, the one last saved (or loaded),
 * the undo history and the file version the edits started from. Each change is kept in the
 * browser's storage (unsaved.ts) until it is saved.
 */
import type { ReviewState } from './review-state';
import { forgetEdits, storedEdits, storeEdits } from './unsaved';

const EMPTY: ReviewState = { features: [], removed: [] };

export class Edits {
  current = $state.raw<ReviewState>(EMPTY);
  saved = $state.raw<ReviewState>(EMPTY);
  history = $state.raw<ReviewState[]>([]);
  /** The version of the file on disk the edits started from (null: no file yet). */
  version = $state<string | null>(null);
  dirty = $derived(JSON.stringify(this.current) !== JSON.stringify(this.saved));
  #file = '';

  /** Starts from the file, or from edits this browser kept for it: true when it did. */
  start(placesFile: string, file: ReviewState, version: string | null): boolean {
    this.#file = placesFile;
    this.saved = file;
    this.version = version;
    const kept = storedEdits(localStorage, placesFile);
    if (!kept || JSON.stringify(kept.state) === JSON.stringify(file)) {
      this.current = file;
      return false;
    }
    this.current = kept.state;
    this.version = kept.version;
    return true;
  }

  #keep() {
    storeEdits(localStorage, this.#file, { version: this.version, state: this.current });
  }

  apply(next: ReviewState) {
    this.history = [...this.history, this.current];
    this.current = next;
    this.#keep();
  }

  undo(): boolean {
    const last = this.history.at(-1);
    if (!last) return false;
    this.current = last;
    this.history = this.history.slice(0, -1);
    this.#keep();
    return true;
  }

  /** The current state is now the file on disk, at this version. */
  markSaved(version: string) {
    this.version = version;
    this.saved = this.current;
    forgetEdits(localStorage, this.#file);
  }

  /** Drops the edits kept in the browser (before reloading from the file). */
  forget() {
    forgetEdits(localStorage, this.#file);
  }
}
