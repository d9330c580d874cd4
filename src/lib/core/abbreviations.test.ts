import { describe, expect, it } from 'vitest';
import { continuesAfter } from './abbreviations';

describe('continuesAfter', () => {
  it('goes on after a title, whatever follows', () => {
    expect(continuesAfter('He met Gen.', 'Votel in Baghdad.')).toBe(true);
    expect(continuesAfter('A letter from St.', 'Pölten.')).toBe(true);
    expect(continuesAfter('(Dr.', 'Haidar said so.)')).toBe(true);
  });

  it('after an initialism, goes on unless the next word opens sentences', () => {
    expect(continuesAfter('assaulted the U.S.', 'Embassy in Tunis.')).toBe(true);
    expect(continuesAfter('to the U.S.', 'The talks began.')).toBe(false);
    expect(continuesAfter('to the U.S.', '“But they left.”')).toBe(false);
    expect(continuesAfter('the U.N.', '2254 resolution')).toBe(true);
  });

  it('ends at a plain full stop and at a closing quote', () => {
    expect(continuesAfter('Mosul is being freed.', 'In Syria, Dabiq fell.')).toBe(false);
    expect(continuesAfter('Go to the U.S.”', 'Then he left.')).toBe(false);
    expect(continuesAfter('He said no.', 'Iraq moved on.')).toBe(false);
  });
});
