import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, fold, looseKey, mayLoosen, nearest } from './names';

describe('fold', () => {
  it('ignores case, accents, typographic apostrophes and extra spaces', () => {
    expect(fold('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(fold('  Mūşil ')).toBe('musil');
    expect(fold('Łódź')).toBe(fold('Lodz'));
    expect(fold('Tromsø')).toBe('tromso');
    expect(fold('Caribbean  Sea')).toBe('caribbean sea');
  });
  it('keeps tabs, which separate GeoNames columns', () => {
    expect(fold('Ḥalab\tAleppo')).toBe('halab\taleppo');
  });
});

describe('looseKey', () => {
  it('spells out abbreviations and drops hyphens, spaces and apostrophes', () => {
    expect(looseKey('St. Marc')).toBe(looseKey('Saint-Marc'));
    expect(looseKey('Ste. Foy')).toBe(looseKey('Sainte-Foy'));
    expect(looseKey('Kitaakita')).toBe(looseKey('Kita-Akita'));
    expect(looseKey('Lake Erie')).toBe(looseKey('L. Erie'));
    expect(looseKey('Mount Kenya')).toBe(looseKey('Mt. Kenya'));
    expect(looseKey('Port au Prince')).toBe(looseKey('Port-au-Prince'));
  });
  it('keeps dots that are no abbreviation, and "L" without its dot', () => {
    expect(looseKey('A. So')).not.toBe(looseKey('Aso'));
    expect(looseKey('L Street')).not.toBe(looseKey('Lake Street'));
    expect(looseKey('Stockholm')).toBe('stockholm');
  });
  it('files a gazetteer name under it only with a hyphen, an apostrophe or an abbreviation', () => {
    expect(mayLoosen(fold('Kita-Akita'))).toBe(true);
    expect(mayLoosen(fold('L. Erie'))).toBe(true);
    expect(mayLoosen(fold("O'Leary"))).toBe(true);
    // Spaces alone: a person's "Van Dyke" finds no town "Vandyke".
    expect(mayLoosen(fold('Van Dyke'))).toBe(false);
    expect(mayLoosen(fold('Vandyke'))).toBe(false);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('irk', 'irq')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('stops past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('nearest', () => {
  const codes = [
    { key: 'IRL', names: ['Ireland'], label: 'IRL (Ireland)' },
    { key: 'IRN', names: ['Iran'], label: 'IRN (Iran)' },
    { key: 'IRQ', names: ['Iraq'], label: 'IRQ (Iraq)' },
    { key: 'FRA', names: ['France'], label: 'FRA (France)' },
  ];
  it('suggests codes one edit away and not the far ones', () => {
    expect(nearest('IRK', codes)).toEqual(['IRL (Ireland)', 'IRN (Iran)', 'IRQ (Iraq)']);
  });
  it('matches a misspelt start of a longer name', () => {
    const seas = [{ key: 'Mediterranean Sea', label: '"Mediterranean Sea"' }];
    expect(nearest('Mediteranean', seas)).toEqual(['"Mediterranean Sea"']);
  });
  it('matches by other names', () => {
    expect(nearest('Irak', codes)).toContain('IRQ (Iraq)');
  });
  it('says nothing when nothing is near', () => {
    expect(nearest('Zzzzzz', codes)).toEqual([]);
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['a', 'b'])).toBe('; did you mean a, b?');
  });
});
