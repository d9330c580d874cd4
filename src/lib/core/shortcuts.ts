/**
 * The page's keyboard shortcuts: `j` and `k` step through the story, Escape closes the place
 * panel. DOM-free: a key press is described by the fields of a KeyboardEvent it reads.
 */

export type Shortcut = 'close' | 'next' | 'previous';

export interface KeyPress {
  key: string;
  defaultPrevented: boolean;
  metaKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  /** The element the key was pressed in (an `EventTarget`). */
  target: unknown;
}

/** True when a key press belongs to a form field or an editable element, not to the page. */
export function typing(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const el = target as { isContentEditable?: unknown; tagName?: unknown };
  return (
    el.isContentEditable === true ||
    (typeof el.tagName === 'string' && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
  );
}

/**
 * What a key press asks for, or null when it is not ours. Escape closes an open panel even
 * from a form field (the panel's own controls come first: they prevent the default); the
 * letters never fire while typing or with a modifier, which belongs to the browser.
 */
export function shortcut(e: KeyPress, panelOpen: boolean): Shortcut | null {
  if (e.defaultPrevented) return null;
  if (e.key === 'Escape') return panelOpen ? 'close' : null;
  if (e.metaKey || e.ctrlKey || e.altKey || typing(e.target)) return null;
  if (e.key === 'j') return 'next';
  if (e.key === 'k') return 'previous';
  return null;
}
