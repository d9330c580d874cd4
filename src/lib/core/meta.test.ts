import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, cutAtWord, placeTitle } from './meta';

describe('cutAtWord', () => {
  it('keeps short text whole', () => {
    expect(cutAtWord('Mosul is being freed.', 160)).toBe('Mosul is being freed.');
  });

  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    const text =
      'Many of the Iraqi cities were liberated from the terrorists and Mosul, the last stronghold of the terrorist group in Iraq, is being freed. More text follows here.';
    const cut = cutAtWord(text, 100);
    expect(cut).toBe(
      'Many of the Iraqi cities were liberated from the terrorists and Mosul, the last stronghold of the…',
    );
    expect(cut.length).toBeLessThanOrEqual(100);
  });

  it('never exceeds the limit and never cuts inside a word when there are spaces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 60 }),
        (words) => {
          const text = words.join(' ');
          const cut = cutAtWord(text, 80);
          expect(cut.length).toBeLessThanOrEqual(80);
          if (cut.endsWith('…')) {
            const kept = cut.slice(0, -1).split(' ');
            // Every kept word is a whole word of the text.
            kept.forEach((w, i) => expect(w).toBe(words[i]));
          }
        },
      ),
    );
  });
});

describe('titles and URLs', () => {
  it('puts the place first', () => {
    expect(placeTitle('Mosul', 'Why West so concerned over ISIS loss in West Asia?')).toBe(
      'Mosul — Why West so concerned over ISIS loss in West Asia?',
    );
  });

  it('joins the site, the base path and the path', () => {
    expect(absoluteUrl('https://example.org/', '/explainers/isis', '/place/mosul')).toBe(
      'https://example.org/explainers/isis/place/mosul',
    );
    expect(absoluteUrl('http://localhost:4173', '', '/')).toBe('http://localhost:4173/');
  });
});
