import { describe, expect, it } from 'vitest';
import type { OverviewNames, StillName } from '../map/overview-names';
import { Placer } from './placement';
import { stillNames } from './still-names';

const shape = (name: string, t: StillName['t'], at: [number, number]): StillName => ({
  t,
  name,
  lines: [name],
  size: 12,
  spacing: 0,
  angle: 0,
  italic: false,
  at,
  box: [-20, -7, 20, 7],
  ...(t === 'city' ? { cap: true } : {}),
});

const overview: OverviewNames = {
  names: [
    shape('Mosul', 'story', [43, 36]),
    shape('Baghdad', 'city', [44, 33]),
    shape('Far', 'country', [90, 0]),
  ],
  steps: {
    w0: [
      [0, 25, 0],
      [1, 0, -10],
      [2, 0, 0],
    ],
    n0: [[1, 0, 10]],
  },
};
// One degree to ten pixels.
const project = ([lng, lat]: [number, number]): [number, number] => [
  lng * 10 - 300,
  500 - lat * 10,
];
const room = () => new Placer({ left: 0, top: 0, right: 400, bottom: 400 }, 4);

describe('stillNames', () => {
  it('sets each name of the step at its point plus its offset, in the order placed', () => {
    const { labels, cities } = stillNames(overview, 'w0', project, room());
    expect(labels.map((l) => l.name)).toEqual(['Mosul', 'Baghdad']);
    expect(labels[0]).toMatchObject({ at: [130, 140], offset: [25, 0], t: 'story' });
    expect(labels[0].box).toEqual({ x0: 135, y0: 133, x1: 175, y1: 147 });
    // A city's dot comes with its name; a name past the map's edge is left out.
    expect(cities).toEqual([{ name: 'Baghdad', at: [140, 170], cap: true }]);
  });

  it('leaves out a name on a box already there, and knows each step apart', () => {
    const space = room();
    space.add({ x0: 120, y0: 155, x1: 160, y1: 190 });
    expect(stillNames(overview, 'w0', project, space).labels.map((l) => l.name)).toEqual(['Mosul']);
    expect(stillNames(overview, 'n0', project, room()).labels[0].offset).toEqual([0, 10]);
    expect(stillNames(overview, 'x9', project, room()).labels).toEqual([]);
  });
});
