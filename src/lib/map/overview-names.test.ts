import { describe, expect, it } from 'vitest';
import { POSTER_STEPS, posterLayout, posterStep, posterSteps } from './overview-names';

describe('posterLayout', () => {
  it('follows the poster: the phone’s names under the padding’s breakpoint', () => {
    expect(posterLayout(390)).toBe('narrow');
    expect(posterLayout(499)).toBe('narrow');
    expect(posterLayout(500)).toBe('wide');
    expect(posterLayout(711)).toBe('wide');
  });
});

describe('posterStep', () => {
  it('takes, of the layout, the largest step the map holds, and the smallest when none', () => {
    const id = (w: number, h: number) => posterStep(w, h).id;
    // Phones: the map is the screen's width and 45% of its height.
    expect(id(390, 380)).toBe('n3');
    expect(id(412, 412)).toBe('n4');
    expect(id(360, 333)).toBe('n1');
    expect(id(375, 300)).toBe('n1');
    expect(id(280, 200)).toBe('n0');
    // Held in width but not in height: the step below.
    expect(id(499, 320)).toBe('n1');
    // From the padding's breakpoint up, a desktop's steps.
    expect(id(500, 380)).toBe('w0');
    expect(id(569, 768)).toBe('w1');
    expect(id(711, 800)).toBe('w2');
    expect(id(853, 864)).toBe('w3');
    expect(id(1067, 1080)).toBe('w4');
    expect(id(2000, 500)).toBe('w0');
  });

  it('lists each layout’s steps smallest first, each holding the one before', () => {
    for (const steps of Object.values(POSTER_STEPS))
      steps.slice(1).forEach((s, i) => {
        expect(s.width).toBeGreaterThan(steps[i].width);
        expect(s.height).toBeGreaterThan(steps[i].height);
      });
    expect(posterSteps().map((s) => s.id)).toEqual([
      'n0',
      'n1',
      'n2',
      'n3',
      'n4',
      'w0',
      'w1',
      'w2',
      'w3',
      'w4',
    ]);
    // A step is drawn on its own side of the breakpoint.
    for (const s of posterSteps()) expect(posterStep(s.width, s.height).id).toBe(s.id);
  });
});
