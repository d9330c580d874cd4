import { describe, expect, it } from 'vitest';
import { shortcut, typing, type KeyPress } from './shortcuts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  defaultPrevented: false,
  metaKey: false,
  ctrlKey: false,
  altKey: false,
  target: { tagName: 'BODY', isContentEditable: false },
  ...more,
});

describe('typing', () => {
  it('is true in form fields and editable elements only', () => {
    expect(typing({ tagName: 'INPUT' })).toBe(true);
    expect(typing({ tagName: 'TEXTAREA' })).toBe(true);
    expect(typing({ tagName: 'SELECT' })).toBe(true);
    expect(typing({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(typing({ tagName: 'BUTTON', isContentEditable: false })).toBe(false);
    expect(typing({ tagName: 'A' })).toBe(false);
    expect(typing(null)).toBe(false);
    expect(typing(undefined)).toBe(false);
  });
});

describe('shortcut', () => {
  it('steps with j and k', () => {
    expect(shortcut(press('j'), false)).toBe('next');
    expect(shortcut(press('k'), true)).toBe('previous');
    expect(shortcut(press('J'), false)).toBeNull();
    expect(shortcut(press('x'), false)).toBeNull();
  });

  it('closes the panel with Escape, only when one is open', () => {
    expect(shortcut(press('Escape'), true)).toBe('close');
    expect(shortcut(press('Escape'), false)).toBeNull();
    // Even from a text field: Escape leaves the panel, it types nothing.
    expect(shortcut(press('Escape', { target: { tagName: 'INPUT' } }), true)).toBe('close');
  });

  it('leaves modified keys, typing and handled presses alone', () => {
    expect(shortcut(press('j', { ctrlKey: true }), false)).toBeNull();
    expect(shortcut(press('j', { metaKey: true }), false)).toBeNull();
    expect(shortcut(press('k', { altKey: true }), false)).toBeNull();
    expect(shortcut(press('j', { target: { tagName: 'TEXTAREA' } }), false)).toBeNull();
    expect(shortcut(press('j', { target: { isContentEditable: true } }), false)).toBeNull();
    expect(shortcut(press('Escape', { defaultPrevented: true }), true)).toBeNull();
    expect(shortcut(press('j', { defaultPrevented: true }), false)).toBeNull();
  });
});
