import { describe, expect, it } from 'vitest';
import { planNames } from './plan';
import { BOX_GAP, Placer, refusals } from './placement';
import { uniformFont } from './test-font';
import type { ContextSources, StillView, StoryLabel } from './types';

const box = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('Placer', () => {
  it('keeps names inside the map and apart, and says what refused a spot', () => {
    const space = new Placer({ left: 0, top: 0, right: 200, bottom: 100 }, 4);
    space.add(box(0, 0, 40, 20), 'control');
    expect(space.tryAdd(box(60, 30, 100, 45))).toBe(true);
    expect(space.why(box(2, 50, 30, 60))).toBe('edge');
    expect(space.why(box(30, 10, 50, 30))).toBe('control');
    expect(space.why(box(100 + BOX_GAP - 1, 30, 140, 45))).toBe('name');
    expect(space.why(box(100 + BOX_GAP + 1, 30, 140, 45))).toBeUndefined();
    expect(space.tryAdd(box(80, 40, 120, 55))).toBe(false);
    // Each reason once, in the order the spots were tried.
    expect(
      refusals(space, [box(2, 50, 30, 60), box(70, 35, 90, 50), box(190, 50, 210, 60)]),
    ).toEqual(['edge', 'name']);
  });
});

describe('planNames', () => {
  // One degree to ten pixels, on a map 200 px square.
  const frame: StillView = {
    project: ([x, y]) => [x * 10, 200 - y * 10],
    view: { box: [0, 0, 20, 20], zoom: 4 },
    ratio: 1,
  };
  const city = (name: string, at: [number, number]): StoryLabel => ({
    name,
    kind: 'city',
    approximate: false,
    line: false,
    at,
    ids: [name.toLowerCase()],
  });
  const sources = (story: StoryLabel[]): ContextSources => ({
    countries: [],
    context: { type: 'FeatureCollection', features: [] },
    story,
    font: uniformFont(),
  });

  it('gives every name it could not place with why', () => {
    const space = new Placer({ left: 0, top: 0, right: 200, bottom: 200 }, 4);
    // A control over the whole of the map's right half: Eastby's name right of its dot would
    // cross the map's edge, and left of it, above or below, meet the control.
    space.add(box(100, 0, 200, 200), 'control');
    const plan = planNames(
      sources([city('Westby', [4, 10]), city('Eastby', [15, 10])]),
      frame,
      space,
    );
    expect(plan.story.map((l) => l.name)).toEqual(['Westby']);
    expect(plan.dropped).toEqual([{ t: 'story', name: 'Eastby', reasons: ['edge', 'control'] }]);
  });
});
