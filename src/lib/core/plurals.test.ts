import { describe, expect, it } from 'vitest';
import { englishPlural } from './plurals';

describe('englishPlural', () => {
  it('adds "s" to demonyms and names', () => {
    expect(englishPlural('Tunisian')).toBe('Tunisians');
    expect(englishPlural('Iraqi')).toBe('Iraqis');
    expect(englishPlural('American')).toBe('Americans');
    expect(englishPlural('North Korean')).toBe('North Koreans');
    expect(englishPlural('Korea')).toBe('Koreas');
  });

  it('leaves demonyms that are the same in the plural', () => {
    for (const form of ['Lebanese', 'Swiss', 'French', 'British', 'Chinese', 'Iraq’s'])
      expect(englishPlural(form)).toBeUndefined();
  });

  it('leaves acronyms and words that are not proper names', () => {
    for (const form of ['US', 'EU', 'U.S.', 'Côte d’Ivoire', 'the capital'])
      expect(englishPlural(form)).toBeUndefined();
  });

  it('does not turn a place into another place', () => {
    expect(englishPlural('America')).toBeUndefined();
    expect(englishPlural('Guinea')).toBeUndefined();
  });
});
