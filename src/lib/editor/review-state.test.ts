import { describe, expect, it } from 'vitest';
import {
  addPlace,
  asReading,
  changeReading,
  confirm,
  editDetails,
  items,
  mentionsOf,
  placePoint,
  remove,
  restore,
  slugOf,
  type PlaceFeature,
  type ReviewState,
} from './review-state';

const place = (id: string, name: string, extra: Partial<PlaceFeature['properties']> = {}) =>
  ({
    type: 'Feature',
    properties: { id, name, kind: 'city', aliases: [], ...extra },
    geometry: null,
  }) as PlaceFeature;

const start: ReviewState = {
  features: [
    place('tripoli', 'Tripoli', {
      ref: 'city:2210247',
      draft: {
        review: true,
        confidence: 0.6,
        others: [{ name: 'Tripoli', kind: 'city', ref: 'city:266826' }],
      },
    }),
    place('mosul', 'Mosul', { ref: 'city:99072', draft: { confidence: 0.97 } }),
  ],
  removed: [],
};

const props = (s: ReviewState, id: string) =>
  [...s.features, ...s.removed].find((f) => f.properties.id === id)!.properties;

describe('review actions', () => {
  it('confirm clears the review flag and keeps the draft record', () => {
    const s = confirm(start, 'tripoli');
    expect(items(s).map((i) => i.status)).toEqual(['confirmed', 'confirmed']);
    expect(props(s, 'tripoli').draft).toMatchObject({ confidence: 0.6 });
    expect(items(start)[0].status).toBe('review');
  });

  it('remove and restore move a place between the lists', () => {
    const s = remove(start, 'mosul');
    expect(s.features.map((f) => f.properties.id)).toEqual(['tripoli']);
    expect(items(s).at(-1)).toMatchObject({ status: 'removed' });
    expect(restore(s, 'mosul').features.map((f) => f.properties.id)).toEqual(['tripoli', 'mosul']);
  });

  it('changing a reading keeps the one it had among the others', () => {
    const s = changeReading(start, 'tripoli', {
      name: 'Tripoli',
      kind: 'city',
      ref: 'city:266826',
    });
    const p = props(s, 'tripoli');
    expect(p.ref).toBe('city:266826');
    expect(p.draft?.review).toBeUndefined();
    expect(p.draft?.others).toEqual([{ name: 'Tripoli', kind: 'city', ref: 'city:2210247' }]);
  });

  it('a reading whose ref gives a point only makes the place approximate, and back', () => {
    const province = { name: 'Masvingo', kind: 'region' as const, ref: 'admin1:ZWE/Masvingo' };
    const s = changeReading(start, 'tripoli', { ...province, approximate: true });
    expect(props(s, 'tripoli')).toMatchObject({ ref: province.ref, approximate: true });
    // Details applied keep it so; going back to the city drops it, and offers the province.
    const kept = editDetails(s, 'tripoli', {
      name: 'Masvingo',
      kind: 'region',
      aliases: [],
      note: '',
      approximate: true,
    });
    expect(props(kept, 'tripoli').approximate).toBe(true);
    const back = changeReading(kept, 'tripoli', {
      name: 'Tripoli',
      kind: 'city',
      ref: 'city:2210247',
    });
    expect(props(back, 'tripoli').approximate).toBeUndefined();
    expect(props(back, 'tripoli').draft?.others).toContainEqual({ ...province, approximate: true });
    const added = addPlace(start, { ...province, approximate: true });
    expect(props(added.state, 'masvingo')).toMatchObject({ ref: province.ref, approximate: true });
  });

  it("a group's reading keeps its list of refs", () => {
    const hit = {
      ref: 'country:IRQ + country:SYR',
      refs: ['country:IRQ', 'country:SYR'],
      name: 'Iraq and Syria',
      kind: 'region' as const,
      label: 'Iraq and Syria',
      point: [40, 34] as [number, number],
      countries: ['IRQ', 'SYR'],
    };
    expect(asReading(hit)).toEqual({ name: 'Iraq and Syria', kind: 'region', ref: hit.refs });
  });

  it('placing a point drops the ref, rounds to 4 decimals and marks it approximate if asked', () => {
    const s = placePoint(start, 'mosul', [43.123456, 36.345678], true);
    const f = s.features[1];
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [43.1235, 36.3457] });
    expect(f.properties.ref).toBeUndefined();
    expect(f.properties.approximate).toBe(true);
    expect(f.properties.draft?.others?.[0].ref).toBe('city:99072');
  });

  it('edits name, kind, aliases and note; an empty note is dropped', () => {
    const s = editDetails(start, 'mosul', {
      name: ' Mosul ',
      kind: 'city',
      aliases: ['Mawsil', ' ', 'Mawsil', 'al-Mawsil'],
      note: '  ',
      approximate: true,
    });
    const p = props(s, 'mosul');
    expect(p.aliases).toEqual(['Mawsil', 'al-Mawsil']);
    expect(p.note).toBeUndefined();
    // A place drawn from a ref is not "approximate": only a point of its own can be.
    expect(p.approximate).toBeUndefined();
  });

  it('adds a place under a free id, by ref or as a point', () => {
    const a = addPlace(remove(start, 'mosul'), { name: 'Mosul', kind: 'city', ref: 'city:99072' });
    expect(a.id).toBe('mosul-2');
    const b = addPlace(start, {
      name: 'Dabiq',
      kind: 'city',
      point: [37.05, 36.53],
      approximate: true,
    });
    expect(b.id).toBe('dabiq');
    expect(props(b.state, 'dabiq')).toMatchObject({ approximate: true });
    expect(slugOf('São Paulo')).toBe('sao-paulo');
    expect(slugOf('Malmö')).toBe('malmo');
  });
});

describe('mentionsOf', () => {
  it("marks a removed place's words, unless a kept place now has the same form", () => {
    const paragraphs = ['Mosul fell; Tripoli waited.'];
    const removed = remove(start, 'mosul');
    expect(mentionsOf(removed, paragraphs, 'en')[0].map((m) => m.placeId)).toEqual([
      'mosul',
      'tripoli',
    ]);
    const readded = addPlace(removed, { name: 'Mosul', kind: 'city', ref: 'city:99072' }).state;
    expect(mentionsOf(readded, paragraphs, 'en')[0].map((m) => m.placeId)).toEqual([
      'mosul-2',
      'tripoli',
    ]);
  });
});
