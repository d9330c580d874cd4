import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeMapData, type MapTopology } from '../../src/lib/map/data';
import { labelPoint } from '../../src/lib/geo/label-points';
import { polygonsOf } from '../../src/lib/geo/polygons';
import { mapData } from '../../src/lib/server/map-data/map-json';
import { loadStoryFrom } from '../../src/lib/server/load-story';
import type { BuiltStory } from '../../src/lib/core/story';

const built = loadStoryFrom('src/content/article.md', 'geo/places.geojson');
const topo = mapData(built) as unknown as MapTopology;
const sources = decodeMapData(topo);

describe('map data', () => {
  it('holds the basemap and every place', () => {
    expect(sources.land.features.length).toBeGreaterThan(200);
    expect(sources.places.features.map((f) => f.properties.id)).toEqual(
      built.story.places.map((p) => p.id),
    );
    expect(sources.labels.features).toHaveLength(built.story.places.length);
  });

  it('names Aleppo and Dabiq together where their markers would overlap, and each apart', () => {
    const group = sources.groups.features.find((f) => f.properties.members === 'dabiq aleppo');
    expect(group?.properties).toMatchObject({ name: 'Dabiq and Aleppo', gu: 5 });
    const own = (id: string) => sources.labels.features.find((f) => f.properties.id === id);
    expect(own('aleppo')?.properties.zs).toBe(5);
    expect(own('dabiq')?.properties.zs).toBe(5);
    // Places with no close neighbour carry no zoom of their own.
    expect(own('kashmir')?.properties.zs).toBeUndefined();
  });

  it('marks the areas made of whole countries, redrawn from 1:10m up close', () => {
    const fine = (id: string) =>
      sources.places.features.find((f) => f.properties.id === id)?.properties.fine;
    expect(fine('iraq')).toBe(1);
    expect(fine('mosul')).toBeUndefined();
    expect(topo.detail).toBe(5);
  });

  it('draws no line across the map at the antimeridian', () => {
    for (const line of [...sources.borders.coordinates, ...sources.coast.coordinates])
      for (let i = 1; i < line.length; i++)
        expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThan(180);
    for (const f of sources.land.features) {
      const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      for (const ring of polygonsOf(g).flat())
        for (let i = 1; i < ring.length; i++)
          expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThan(180);
    }
  });

  it('frames each place on its main body, not on far-off overseas parts', () => {
    const [west, south, east, north] = sources.frames.europe;
    // French Guiana (53°W, 4°N) and Réunion (55°E, 21°S) belong to France, not to the frame.
    expect(west).toBeGreaterThan(-30);
    expect(south).toBeGreaterThan(25);
    expect(east).toBeLessThan(45);
    expect(north).toBeGreaterThan(70);
    expect(sources.frames['european-union'][0]).toBeGreaterThan(-30);
    // The United States: the lower 48 and Alaska, without the Aleutians past 180° or Hawaii.
    const us = sources.frames['united-states'];
    expect(us[0]).toBeGreaterThan(-180);
    expect(us[2]).toBeLessThan(-60);
    expect(us[1]).toBeGreaterThan(24);
    // Russia is framed from the Baltic across 180° to Chukotka (east beyond 180).
    const ru = sources.frames.russia;
    expect(ru[0]).toBeGreaterThan(15);
    expect(ru[2]).toBeGreaterThan(180);
    // A city is framed on its point (frames are rounded to 1e-3°, about 100 m).
    const mosul = (built.geometry.get('mosul') as GeoJSON.Point).coordinates.map(
      (n) => Math.round(n * 1e3) / 1e3,
    );
    expect(sources.frames.mosul).toEqual([...mosul, ...mosul]);
    expect(Object.keys(sources.frames).sort()).toEqual(built.story.places.map((p) => p.id).sort());
  });

  it('fits the basemap budget: under 100 KB gzipped with the places', () => {
    expect(gzipSync(JSON.stringify(topo)).length).toBeLessThan(100_000);
  });

  it('puts labels inside their places', () => {
    const [lng, lat] = labelPoint(built.geometry.get('iraq') as GeoJSON.Polygon);
    expect(lng).toBeGreaterThan(39);
    expect(lng).toBeLessThan(48);
    expect(lat).toBeGreaterThan(29);
    expect(lat).toBeLessThan(37);
    expect(labelPoint({ type: 'Point', coordinates: [1, 2] })).toEqual([1, 2]);
  });
});

describe('map data of a river', () => {
  // The Danube, coarsely, in a story of its own (built by hand: no parser involved).
  const danube: GeoJSON.LineString = {
    type: 'LineString',
    coordinates: [
      [8.5, 47.95],
      [16.37, 48.21],
      [19.04, 47.5],
      [20.46, 44.82],
      [29.6, 45.2],
    ],
  };
  const river = { id: 'danube', name: 'Danube', kind: 'water', approximate: false } as const;
  const riverStory = {
    story: {
      meta: { lang: 'en' },
      places: [{ ...river, count: 1, excerpts: [], related: [] }],
    },
    geometry: new Map([['danube', danube]]),
    warnings: [],
  } as unknown as BuiltStory;
  const decoded = decodeMapData(mapData(riverStory) as unknown as MapTopology);

  it('keeps the line a line, labelled on its course and marked as a line', () => {
    const [shape] = decoded.places.features;
    expect(shape.geometry.type).toBe('LineString');
    expect((shape.geometry as GeoJSON.LineString).coordinates.length).toBeGreaterThanOrEqual(5);
    const [label] = decoded.labels.features;
    expect(label.properties).toMatchObject({ ...river, line: true });
    // Half-way along by length on the map: between Budapest and Belgrade, on the line.
    const [x, y] = (label.geometry as GeoJSON.Point).coordinates;
    expect(x).toBeGreaterThan(19.04);
    expect(x).toBeLessThan(20.46);
    const t = (x - 19.04) / (20.46 - 19.04);
    expect(Math.abs(y - (47.5 + t * (44.82 - 47.5)))).toBeLessThan(0.2);
  });

  it('frames the river on its course', () => {
    expect(decoded.frames.danube).toEqual([8.5, 44.82, 29.6, 48.21]);
  });

  it('marks no other label as a line', () => {
    expect(sources.labels.features.some((f) => 'line' in f.properties)).toBe(false);
  });
});
