import { describe, expect, it } from 'vitest';
import { breakpoints } from '../design/breakpoints';
import { READER_EVENTS, SMALL_SCREEN, waitsForReader, type StartContext } from './startup';

const phoneAtTop: StartContext = {
  small: true,
  touch: true,
  selected: false,
  focused: 0,
  scrolled: false,
};

describe('when the live map starts', () => {
  it('waits for the reader on a phone opened at the top of the story', () => {
    expect(waitsForReader(phoneAtTop)).toBe(true);
  });

  it('starts at once everywhere else', () => {
    expect(waitsForReader({ ...phoneAtTop, small: false })).toBe(false); // tablet, desktop
    expect(waitsForReader({ ...phoneAtTop, touch: false })).toBe(false); // a narrow window
    expect(waitsForReader({ ...phoneAtTop, selected: true })).toBe(false); // a link to a place
    expect(waitsForReader({ ...phoneAtTop, focused: 2 })).toBe(false); // a link to a paragraph
    expect(waitsForReader({ ...phoneAtTop, scrolled: true })).toBe(false); // back to the page
  });

  it('counts scrolling, touching and keys as the first move, not resizing', () => {
    expect(READER_EVENTS).toEqual(
      expect.arrayContaining(['scroll', 'touchstart', 'pointerdown', 'keydown', 'wheel']),
    );
    expect(READER_EVENTS).not.toContain('resize');
  });

  it("takes the small screen to be the layout's own (design/breakpoints)", () => {
    expect(SMALL_SCREEN).toBe(`(max-width: ${breakpoints.small}px)`);
  });
});
