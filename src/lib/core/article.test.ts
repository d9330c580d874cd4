import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';

const article = (front: string) =>
  parseArticle(`---\ntitle: T\nsource: S\n${front}---\nOne paragraph.\n`, 'a.md');

describe('the front matter', () => {
  it('takes the scale bar units, metric when not given', () => {
    expect(article('units: imperial\n').article?.meta.units).toBe('imperial');
    expect(article('').article?.meta.units).toBeUndefined();
    expect(article('units: furlongs\n').problems[0].message).toMatch(/"units" is invalid/);
  });
});
