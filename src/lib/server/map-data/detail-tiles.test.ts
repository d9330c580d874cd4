/**
 * The map's finer detail (server/map-data/detail-tiles): which places are redrawn from 1:10m, lines cut at
 * the antimeridian, and the tiles themselves, decoded as MapLibre decodes them.
 */
import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Polygon, Position } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { square } from '../../geo/testing';
import { DETAIL_ZOOM } from '../../map/detail-source';
import { countryMade, detailAddresses, detailTiles, splitAtAntimeridian } from './detail-tiles';
import { loadStoryFrom } from '../load-story';

describe('splitAtAntimeridian', () => {
  it('cuts a line where it jumps from one side of the map to the other', () => {
    const line: Position[] = [
      [178, 65],
      [179.9, 66],
      [-179.9, 66],
      [-178, 67],
    ];
    expect(splitAtAntimeridian([line])).toEqual([line.slice(0, 2), line.slice(2)]);
    expect(splitAtAntimeridian([line.slice(0, 2)])).toEqual([line.slice(0, 2)]);
  });
});

describe('countryMade', () => {
  const country = (x: number, y: number) => {
    const geometry: Polygon = { type: 'Polygon', coordinates: [square(x, y)] };
    return { object: {} as GeometryObject, geometry, at: [x + 0.5, y + 0.5] };
  };
  const west = country(0, 0);
  const east = country(2, 0);
  const countries = [west, east, country(10, 10)];

  it('finds the countries a place is made of', () => {
    const both = {
      type: 'MultiPolygon' as const,
      coordinates: [west.geometry.coordinates, east.geometry.coordinates],
    };
    const made = countryMade([{ id: 'pair', geometry: both }], countries);
    expect(made.get('pair')).toEqual([west, east]);
  });

  it('leaves alone an area drawn by hand and a point', () => {
    const half: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 0.5)] };
    const made = countryMade(
      [
        { id: 'hand', geometry: half },
        { id: 'city', geometry: { type: 'Point', coordinates: [0, 0] } },
      ],
      countries,
    );
    expect([...made.keys()]).toEqual([]);
  });
});

describe('the detail tiles of the story', () => {
  const tiles = detailTiles(loadStoryFrom('src/content/article.md', 'geo/places.geojson'));
  const decode = (x: number, y: number) =>
    new VectorTile(new PbfReader(tiles.tile(DETAIL_ZOOM, x, y)!)).layers;
  /** The z5 tile of a longitude and latitude. */
  const at = (lon: number, lat: number) => {
    const n = 2 ** DETAIL_ZOOM;
    const r = (lat * Math.PI) / 180;
    return [
      Math.floor(((lon + 180) / 360) * n),
      Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n),
    ] as const;
  };

  it('redraws the areas made of whole countries, and no point', () => {
    expect(tiles.fine).toEqual(expect.arrayContaining(['iraq', 'syria', 'europe', 'the-west']));
    expect(tiles.fine).not.toContain('mosul');
    expect(tiles.fine).not.toContain('kashmir');
  });

  it("draws Mosul's tile: land, borders and coasts, rivers, Iraq's fill and outline", () => {
    const layers = decode(...at(43.1, 36.3));
    expect(Object.keys(layers).sort()).toEqual(['land', 'lines', 'places', 'water']);
    const props = (name: string) =>
      Array.from({ length: layers[name].length }, (_, i) => layers[name].feature(i).properties);
    expect(props('lines').map((p) => p.t)).toContain('b');
    expect(props('water').map((p) => p.t)).toContain('river');
    const iraq = props('places').filter((p) => p.id === 'iraq');
    expect(iraq.map((p) => p.r).sort()).toEqual(['f', 'o']);
    expect(iraq[0].kind).toBe('country');
  });

  it('has a tile, if an empty one, for every address at the detail zoom, and none beyond', () => {
    const all = detailAddresses();
    expect(all).toHaveLength(4 ** DETAIL_ZOOM);
    const ocean = decode(...at(-140, -40));
    expect(Object.keys(ocean)).toEqual([]);
    expect(tiles.tile(DETAIL_ZOOM + 1, 0, 0)).toBeUndefined();
    expect(tiles.tile(DETAIL_ZOOM, 2 ** DETAIL_ZOOM, 0)).toBeUndefined();
  });
});
