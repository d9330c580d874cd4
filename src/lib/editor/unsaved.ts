/**
 * Edits not saved yet, kept in the browser's storage under the places file's name until they
 * are, so that a reload or a crashed tab loses nothing. Each record names the version of the
 * file the edits started from: saving them over another version is refused by the server.
 */
import type { ReviewState } from './review-state';

export interface Unsaved {
  version: string | null;
  state: ReviewState;
}

const key = (placesFile: string) => `map-explainer:review:${placesFile}`;

export function storedEdits(storage: Storage, placesFile: string): Unsaved | undefined {
  try {
    const raw = storage.getItem(key(placesFile));
    const u = raw ? (JSON.parse(raw) as Unsaved) : undefined;
    return u && Array.isArray(u.state?.features) && Array.isArray(u.state?.removed) ? u : undefined;
  } catch {
    return undefined; // storage refused or a record from an older page: start from the file
  }
}

export function storeEdits(storage: Storage, placesFile: string, u: Unsaved): void {
  try {
    storage.setItem(key(placesFile), JSON.stringify(u));
  } catch {
    // Storage full or refused (a private window): the edits still live in the page.
  }
}

export function forgetEdits(storage: Storage, placesFile: string): void {
  try {
    storage.removeItem(key(placesFile));
  } catch {
    // as above
  }
}
