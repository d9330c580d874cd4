import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeMapData, type MapTopology } from '../../src/lib/map/data';
import { labelPoint } from '../../src/lib/geo/labels';
import { polygonsOf } from '../../src/lib/geo/polygons';
import { mapData } from '../../src/lib/server/map-data';
import { loadStoryFrom } from '../../src/lib/server/story';

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
    // A city is framed on its point.
    const mosul = built.geometry.get('mosul') as GeoJSON.Point;
    expect(sources.frames.mosul).toEqual([...mosul.coordinates, ...mosul.coordinates]);
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
