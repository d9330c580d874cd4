import { describe, expect, it } from 'vitest';
import { settleTime, stepTo } from './steps';

describe('stepTo', () => {
  it('steps from the active paragraph when no step is under way', () => {
    expect(stepTo(3, 0, 1, 9)).toBe(4);
    expect(stepTo(3, 0, -1, 9)).toBe(2);
  });

  it('steps on from the paragraph a step is heading for', () => {
    expect(stepTo(3, 5, 1, 9)).toBe(6);
    expect(stepTo(3, 5, -1, 9)).toBe(4);
  });

  it('stays within the story: from the headline Next goes to paragraph 1', () => {
    expect(stepTo(0, 0, 1, 9)).toBe(1);
    expect(stepTo(0, 0, -1, 9)).toBe(1);
    expect(stepTo(1, 0, -1, 9)).toBe(1);
    expect(stepTo(9, 0, 1, 9)).toBe(9);
    expect(stepTo(8, 9, 1, 9)).toBe(9);
  });
});

describe('settleTime', () => {
  it('gives a smooth scroll its second and a jump almost none', () => {
    expect(settleTime(false)).toBe(900);
    expect(settleTime(true)).toBe(50);
  });
});
