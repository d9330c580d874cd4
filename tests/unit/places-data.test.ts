/**
 * The bundled places are where they should be, drawn as the story contract asks (docs/writing-a-story.md): the places as
 * the build resolves them from their refs (what `npm run -s check:story -- --geojson` prints).
 */
import { distance } from '@turf/distance';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonsOf } from '../../src/lib/geo/polygons';
import { loadStoryFrom } from '../../src/lib/server/load-story';

const built = loadStoryFrom('src/content/article.md', 'geo/places.geojson');
const fc: FeatureCollection = {
  type: 'FeatureCollection',
  features: built.story.places.map((p) => ({
    type: 'Feature',
    properties: { id: p.id, kind: p.kind, approximate: p.approximate, note: p.note },
    geometry: built.geometry.get(p.id)!,
  })),
};
const byId = new Map(fc.features.map((f) => [f.properties!.id as string, f]));

/** Reference centres (degrees, minutes) from the cities' encyclopaedia entries. */
const REFERENCE: Record<string, [number, number]> = {
  mosul: [43 + 8 / 60, 36 + 20 / 60],
  aleppo: [37 + 10 / 60, 36 + 12 / 60],
  dabiq: [37 + 16 / 60, 36 + 32 / 60],
};

function contains(id: string, lng: number, lat: number) {
  const f = byId.get(id) as Feature<Polygon | MultiPolygon>;
  return booleanPointInPolygon([lng, lat], f);
}

describe('geo/places.geojson', () => {
  it('puts every city within 5 km of its centre', () => {
    for (const [id, ref] of Object.entries(REFERENCE)) {
      const f = byId.get(id) as Feature<Point>;
      expect(distance(f.geometry.coordinates, ref, { units: 'kilometers' })).toBeLessThan(5);
    }
  });

  it('keeps Dabiq and Aleppo apart, about 35 km', () => {
    const d = distance(
      (byId.get('dabiq') as Feature<Point>).geometry.coordinates,
      (byId.get('aleppo') as Feature<Point>).geometry.coordinates,
    );
    expect(d).toBeGreaterThan(30);
    expect(d).toBeLessThan(40);
  });

  it('puts the cities inside their countries', () => {
    expect(contains('iraq', 43.119, 36.335)).toBe(true);
    expect(contains('syria', 37.134, 36.202)).toBe(true);
    expect(contains('syria', 37.27, 36.538)).toBe(true);
    expect(contains('iraq', 37.134, 36.202)).toBe(false);
  });

  it('draws the Soviet Union with its 15 republics', () => {
    for (const [lng, lat] of [
      [30.5, 50.45], // Kyiv
      [44.8, 41.7], // Tbilisi
      [76.9, 43.25], // Almaty
      [24.1, 56.95], // Riga
      [37.6, 55.75], // Moscow
    ])
      expect(contains('soviet-union', lng, lat)).toBe(true);
    expect(contains('soviet-union', 21.0, 52.23)).toBe(false); // Warsaw
    expect(contains('soviet-union', 69.2, 34.5)).toBe(false); // Kabul
  });

  it('draws regions as their members', () => {
    expect(contains('european-union', -0.13, 51.5)).toBe(true); // London: a member in 2016
    expect(contains('european-union', 10.75, 59.9)).toBe(false); // Oslo
    expect(contains('europe', 2.35, 48.85)).toBe(true); // Paris
    expect(contains('europe', 37.6, 55.75)).toBe(false); // Moscow: Russia is drawn on its own
    expect(contains('west-asia', 44.4, 33.3)).toBe(true); // Baghdad
    expect(contains('central-asia', 69.2, 41.3)).toBe(true); // Tashkent
    expect(contains('north-africa', 3.05, 36.75)).toBe(true); // Algiers
    expect(contains('southeast-asia', 106.8, -6.2)).toBe(true); // Jakarta
    expect(contains('the-west', -77.0, 38.9)).toBe(true); // Washington
    expect(contains('the-west', 149.13, -35.28)).toBe(true); // Canberra
    expect(contains('the-west', 37.6, 55.75)).toBe(false); // Moscow
  });

  it('marks places without a boundary as approximate points', () => {
    for (const id of ['chechnya', 'kashmir']) {
      const f = byId.get(id)!;
      expect(f.geometry.type).toBe('Point');
      expect(f.properties!.approximate).toBe(true);
      expect(f.properties!.note).toMatch(/approximate/);
    }
  });

  it('says what the concept stands for', () => {
    expect(byId.get('the-west')!.properties!.kind).toBe('concept');
    expect(byId.get('the-west')!.properties!.note).toMatch(/^A concept, not a place/);
  });

  it('has no ring that jumps across the antimeridian', () => {
    for (const f of fc.features) {
      const g = f.geometry as Polygon | MultiPolygon;
      if (g.type === ('Point' as string)) continue;
      for (const ring of polygonsOf(g).flat())
        for (let i = 1; i < ring.length; i++)
          expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThan(180);
    }
  });
});
