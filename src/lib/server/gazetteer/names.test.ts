import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, fold, nearest } from './names';

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
