/**
 * The live map and the still images set every kind of name in the size design/label-type
 * gives it: a name that changed size on one side alone would jump as the live map takes over
 * from the poster, and the poster's plan would no longer say which names fit.
 */
import { uniformFont } from '../labels/test-font';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Kind } from '../core/kinds';
import type { ContextProps } from '../map/data';
import { nameLayers } from '../map/name-layers';
import { planContext } from '../labels/context-plan';
import { storyLabels } from '../labels/story-labels';
import type { ContextSources, LabelSpace, StillView, StoryLabel } from '../labels/types';
import { byRank, contextType, storyType } from './label-type';

/** The text-size of every symbol layer, by id. */
function textSizes(layers: { id: string; type: string; layout?: object }[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const l of layers)
    if (l.type === 'symbol') out.set(l.id, (l.layout as Record<string, unknown>)['text-size']);
  return out;
}

/** A still image 800 px square of the box from 0° to 20°, every label allowed anywhere. */
const frame: StillView = {
  project: ([x, y]) => [x * 40, (20 - y) * 40],
  view: { box: [0, 0, 20, 20], zoom: 5 },
  ratio: 1,
};
const anywhere: LabelSpace = {
  tryAdd: () => true,
  free: () => true,
  add: () => {},
  why: () => undefined,
};
const noContext: ContextSources['context'] = { type: 'FeatureCollection', features: [] };

describe('the type scale of the map names', () => {
  it('draws every name on the live map (map/name-layers) at the size the plan gives it', () => {
    // The live map sets each name as planned (labels/plan), so the plan's sizes below are
    // the map's too.
    const sizes = textSizes(nameLayers());
    expect(sizes).toEqual(
      new Map([
        ['names-context', ['get', 'size']],
        ['names-story', ['get', 'size']],
      ]),
    );
  });

  it("plans the story's names on the still images (labels/story-labels) alike", () => {
    const label = (name: string, kind: Kind, more: Partial<StoryLabel> = {}): StoryLabel => ({
      name,
      kind,
      approximate: false,
      line: false,
      at: [1 + name.length, 1 + name.length],
      ...more,
    });
    const story = [
      label('City', 'city'),
      label('Landmark', 'landmark'),
      label('Somewhere', 'region', { approximate: true }),
      label('City and Landmark', 'city', { group: { from: 0, until: 30 } }),
      label('River', 'water', { line: true }),
      label('Road', 'route', { line: true }),
      label('Sea', 'water'),
      label('Land', 'country'),
      label('Region', 'region'),
      label('Former', 'historical'),
      label('Idea', 'concept'),
    ];
    const sources: ContextSources = {
      countries: [],
      context: noContext,
      story,
      font: uniformFont(),
    };
    const planned = storyLabels(sources, frame, anywhere).labels;
    expect(Object.fromEntries(planned.map((l) => [l.name, l.size]))).toEqual({
      City: storyType.point,
      Landmark: storyType.point,
      Somewhere: storyType.point,
      'City and Landmark': storyType.group,
      River: storyType.line,
      Road: storyType.line,
      Sea: storyType.water,
      Land: storyType.country,
      Region: storyType.area,
      Former: storyType.area,
      Idea: storyType.area,
    });
  });

  it('plans the context on the still images (labels/context-plan) alike', () => {
    const square = (x: number, y: number): Polygon => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 3, y],
          [x + 3, y + 3],
          [x, y + 3],
          [x, y],
        ],
      ],
    });
    const ranks = [0, 1, 2, 3, 4];
    const countries = ranks.map((r) => ({ name: `Land${r}`, r, geometry: square(1 + 4 * r, 7) }));
    const point = (props: ContextProps, at: [number, number]) => ({
      type: 'Feature' as const,
      properties: props,
      geometry: { type: 'Point' as const, coordinates: at },
    });
    const features = [
      ...[0, 1, 2, 3].map((r) => point({ t: 'water', name: `Sea${r}`, r, z: 0 }, [2 + 5 * r, 16])),
      point({ t: 'city', name: 'Capital', r: 0, z: 0, cap: 1 }, [4, 3]),
      point({ t: 'city', name: 'Town', r: 1, z: 0 }, [14, 3]),
      {
        type: 'Feature' as const,
        properties: { t: 'river', name: 'Stream', r: 0, z: 0 } satisfies ContextProps,
        geometry: {
          type: 'LineString' as const,
          coordinates: [
            [0.5, 12],
            [19.5, 12],
          ],
        },
      },
    ];
    const sources: ContextSources = {
      countries,
      context: { type: 'FeatureCollection', features },
      story: [],
      font: uniformFont(),
    };
    const sizes = Object.fromEntries(
      planContext(sources, frame, anywhere, () => false).labels.map((l) => [l.name, l.size]),
    );
    expect(sizes).toEqual({
      ...Object.fromEntries(ranks.map((r) => [`Land${r}`, byRank(contextType.country, r)])),
      ...Object.fromEntries([0, 1, 2, 3].map((r) => [`Sea${r}`, byRank(contextType.water, r)])),
      Capital: contextType.city.capital,
      Town: contextType.city.other,
      Stream: contextType.river,
    });
  });
});
