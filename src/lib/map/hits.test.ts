import { describe, expect, it } from 'vitest';
import type { BBox } from '../core/framing';
import { placesNamed, smallestFirst } from './hits';

describe('smallestFirst', () => {
  const boxes = new Map<string, BBox>([
    ['europe', [-10, 35, 40, 71]],
    ['bosnia', [15.7, 42.5, 19.6, 45.3]],
    ['west', [-170, -47, 178, 72]],
  ]);

  it('puts the smallest area first: a country before its region before a concept', () => {
    expect(smallestFirst(['west', 'europe', 'bosnia'], boxes)).toEqual([
      'bosnia',
      'europe',
      'west',
    ]);
  });

  it('puts an area with no box last, and leaves its input alone', () => {
    const ids = ['nowhere', 'europe'];
    expect(smallestFirst(ids, boxes)).toEqual(['europe', 'nowhere']);
    expect(ids).toEqual(['nowhere', 'europe']);
  });
});

describe('placesNamed', () => {
  it("is a place's own id, or every place a group's name holds", () => {
    expect(placesNamed({ id: 'mosul' })).toEqual(['mosul']);
    expect(placesNamed({ id: 'group:dabiq+aleppo', members: 'dabiq aleppo' })).toEqual([
      'dabiq',
      'aleppo',
    ]);
  });
});
