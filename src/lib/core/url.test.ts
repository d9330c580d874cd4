import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphHash, parseParagraphHash, parsePlacePath, placePath } from './url';

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join('-'));

describe('place paths', () => {
  it('round-trip for every slug, with and without a base path', () => {
    fc.assert(
      fc.property(slug, fc.constantFrom('', '/explainers/isis'), (id, base) => {
        expect(parsePlacePath(placePath(id, base), base)).toBe(id);
        expect(parsePlacePath(`${placePath(id, base)}/`, base)).toBe(id);
      }),
    );
  });

  it('never throws and only ever returns a slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const id = parsePlacePath(`/place/${s}`);
        expect(id === undefined || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)).toBe(true);
      }),
    );
  });

  it('rejects markup, malformed escapes, traversal and very long ids', () => {
    for (const path of [
      '/place/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/place/%E0%A4%A',
      '/place/..%2F..%2Fetc',
      `/place/${'a'.repeat(500)}`,
      '/place/Mosul',
      '/place/',
      '/place/a/b',
      '/elsewhere/mosul',
    ])
      expect(parsePlacePath(path)).toBeUndefined();
    expect(parsePlacePath('/other/place/mosul', '/explainers')).toBeUndefined();
  });
});

describe('paragraph hashes', () => {
  it('round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), (n) => {
        expect(parseParagraphHash(paragraphHash(n), 9)).toBe(n);
      }),
    );
  });

  it('reject anything else', () => {
    for (const hash of ['#p-0', '#p-10', '#p-01', '#p-1x', '#p-', '#x', '', '#p-<img>', '#p-1e3'])
      expect(parseParagraphHash(hash, 9)).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = parseParagraphHash(s, 9);
        expect(n === undefined || (Number.isInteger(n) && n >= 1 && n <= 9)).toBe(true);
      }),
    );
  });
});
