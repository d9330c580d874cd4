import { describe, expect, it } from 'vitest';
import { CONTEXT_LABEL_LAYERS } from './context-layers';
import { STORY_LABEL_LAYERS } from './label-layers';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import {
  NAME_LAYERS,
  labelsAt,
  posterLayout,
  showNames,
  withNamesHidden,
  type PosterLabel,
} from './poster-overlay';

describe('the map’s names under the poster’s', () => {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [
      { id: 'water', type: 'background' },
      ...[...STORY_LABEL_LAYERS, ...CONTEXT_LABEL_LAYERS].map((id): LayerSpecification => ({
        id,
        type: 'symbol',
        source: 's',
        layout: { 'text-size': 12 },
      })),
      { id: 'context-city', type: 'circle', source: 's' },
      { id: 'place-city', type: 'circle', source: 's' },
    ],
  };

  it('opens hidden: every name and reference city, and nothing else', () => {
    const hidden = withNamesHidden(style).layers.filter(
      (l) => l.type !== 'background' && l.layout?.visibility === 'none',
    );
    expect(hidden.map((l) => l.id).sort()).toEqual([...NAME_LAYERS].sort());
    expect(NAME_LAYERS).toEqual(
      expect.arrayContaining([...STORY_LABEL_LAYERS, ...CONTEXT_LABEL_LAYERS]),
    );
    // The rest of each layer's layout is kept; the style given is not changed.
    const point = withNamesHidden(style).layers.find((l) => l.id === 'label-point')!;
    expect(point.type === 'symbol' && point.layout?.['text-size']).toBe(12);
    expect(style.layers.every((l) => l.type === 'background' || !l.layout?.visibility)).toBe(true);
  });

  it('shows them again, each layer the map has', () => {
    const set: [string, string, unknown][] = [];
    const have = new Set(['label-point', 'context-country', 'context-city']);
    showNames({
      getLayer: ((id: string) => (have.has(id) ? { id } : undefined)) as never,
      setLayoutProperty: ((id: string, prop: string, value: unknown) => {
        set.push([id, prop, value]);
      }) as never,
    });
    expect(set.sort()).toEqual([...have].sort().map((id) => [id, 'visibility', 'visible']));
  });
});

describe('posterLayout', () => {
  it('follows the poster: the phone’s names under the padding’s breakpoint', () => {
    expect(posterLayout(390)).toBe('narrow');
    expect(posterLayout(499)).toBe('narrow');
    expect(posterLayout(500)).toBe('wide');
    expect(posterLayout(711)).toBe('wide');
  });
});

describe('labelsAt', () => {
  // Two names: a city's right of its dot, a group's left of its dots, 10 px per degree.
  const labels: PosterLabel[] = [
    { ids: ['kashmir'], at: [75, 34], box: [8, -8, 60, 8] },
    { ids: ['mosul', 'dabiq', 'aleppo'], at: [40, 36], box: [-90, -16, -8, 16] },
  ];
  const project = ([lng, lat]: [number, number]) => ({ x: 10 * lng, y: 500 - 10 * lat });

  it('finds the places whose name is under the point, the box measured from the name’s point', () => {
    expect(labelsAt(labels, project, { x: 790, y: 162 })).toEqual(['kashmir']);
    expect(labelsAt(labels, project, { x: 350, y: 140 })).toEqual(['mosul', 'dabiq', 'aleppo']);
  });

  it('finds none beside a name, on its point or on its marker', () => {
    expect(labelsAt(labels, project, { x: 750, y: 160 })).toEqual([]);
    expect(labelsAt(labels, project, { x: 815, y: 160 })).toEqual([]);
    expect(labelsAt(labels, project, { x: 400, y: 140 })).toEqual([]);
    expect(labelsAt(labels, project, { x: 350, y: 160 })).toEqual([]);
  });
});
