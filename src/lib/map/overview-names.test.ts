import { describe, expect, it } from 'vitest';
import { posterLayout } from './overview-names';

describe('posterLayout', () => {
  it('follows the poster: the phone’s names under the padding’s breakpoint', () => {
    expect(posterLayout(390)).toBe('narrow');
    expect(posterLayout(499)).toBe('narrow');
    expect(posterLayout(500)).toBe('wide');
    expect(posterLayout(711)).toBe('wide');
  });
});
