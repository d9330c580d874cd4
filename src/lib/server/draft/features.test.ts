import { describe, expect, it } from 'vitest';
import { draftText, placeNamed } from './draft-text';

const draft = draftText;
const place = placeNamed;

describe('natural features: valleys, bays and islands', { timeout: 60_000 }, () => {
  it('keeps a valley or bay the gazetteer lacks as one name not placed', () => {
    const d = draft(
      'The cow was found in the Napa Valley, near Vancouver, Canada.',
      'An otter was seen at Islington Bay, near Auckland, New Zealand.',
    );
    const unplaced = d.unplaced.map((u) => u.text);
    expect(unplaced).toEqual(expect.arrayContaining(['Napa Valley', 'Islington Bay']));
    expect(d.places.map((p) => p.name)).not.toContain('Valley');
    expect(d.places.map((p) => p.name)).not.toContain('Napa');
  });

  it('drafts a valley named after a river as the river, for review', () => {
    const d = draft('The cow was found in the Fraser Valley, near Vancouver, Canada.');
    const fraser = d.places.find((p) => p.ref === 'river:Fraser');
    expect(fraser).toMatchObject({ kind: 'water', review: true, aliases: ['Fraser Valley'] });
    expect(fraser?.reason).toBe('the Fraser Valley, drawn as its river');
  });

  it('places islands by their Natural Earth outlines', () => {
    const d = draft(
      'Wildfires spread across Crete as Greece sent planes. Flights to Bali and Gotland stopped.',
    );
    for (const name of ['Bali', 'Gotland'])
      expect(place(d, name), name).toMatchObject({ kind: 'region', ref: `feature:${name}` });
    // Crete in Greece's story is its region, Natural Earth's Kriti: the island and its islets.
    expect(place(d, 'Crete')).toMatchObject({ kind: 'region', ref: 'admin1:GR-M' });
  });

  it('reads Hawaiian names with or without the ʻokina, and the article keeps its spelling', () => {
    const d = draft('Flooding hit Oʻahu and Maui; Kauai was spared. Honolulu closed its schools.');
    expect(place(d, 'O‘ahu')).toMatchObject({ ref: 'feature:O‘ahu', mentions: 1 });
    expect(place(d, 'Kaua‘i')).toMatchObject({ ref: 'feature:Kaua‘i', aliases: ['Kauai'] });
    expect(place(d, 'Honolulu')).toMatchObject({ kind: 'city' });
  });
});
