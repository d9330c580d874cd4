import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeMapData, type MapTopology } from '../../src/lib/map/data';
import { labelPoint, mapData } from '../../src/lib/server/map-data';
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
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      for (const ring of polys.flat())
        for (let i = 1; i < ring.length; i++)
          expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThan(180);
    }
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
