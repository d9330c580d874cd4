/**
 * The labels of the places in focus are placed before every other story label: with a focus,
 * a place's label falls into its layer's `-focus` copy, which sits above all the others.
 */
import { createPropertyExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  GROUP_LABEL_LAYER,
  LABEL_LAYERS,
  focusFilters,
  groupFilter,
  labelLayers,
} from './label-layers';

const syria = {
  type: 1,
  id: 'syria',
  properties: { id: 'syria', kind: 'country', approximate: false, role: 'label' },
};
const matches = (filter: FilterSpecification) =>
  featureFilter(filter, 'filter').filter({ zoom: 3 }, syria as never);

describe('focusFilters', () => {
  it("moves a place's label into the -focus copy while it is in focus, and back", () => {
    const [[base, rest], [copy, focused]] = focusFilters('label-area', ['syria', 'iraq']);
    expect([base, copy]).toEqual(['label-area', 'label-area-focus']);
    expect(matches(rest)).toBe(false);
    expect(matches(focused)).toBe(true);
    const [[, restAfter], [, focusedAfter]] = focusFilters('label-area', ['dabiq']);
    expect(matches(restAfter)).toBe(true);
    expect(matches(focusedAfter)).toBe(false);
  });

  it('puts every -focus copy above every other story label', () => {
    const ids = labelLayers().map((l) => l.id);
    const lowestCopy = Math.min(...LABEL_LAYERS.map((id) => ids.indexOf(`${id}-focus`)));
    const highestRest = Math.max(...LABEL_LAYERS.map((id) => ids.indexOf(id)));
    expect(lowestCopy).toBeGreaterThan(highestRest);
  });
});

describe('close points named together (geo/groups)', () => {
  const aleppo = {
    type: 1,
    id: 'aleppo',
    properties: { id: 'aleppo', kind: 'city', approximate: false, role: 'label', zs: 5 },
  };
  const group = {
    type: 1,
    id: 'group:dabiq+aleppo',
    properties: { id: 'group:dabiq+aleppo', role: 'group', members: 'dabiq aleppo', gf: 2, gu: 5 },
  };
  const at = (filter: FilterSpecification, feature: object, zoom: number) =>
    featureFilter(filter, 'filter').filter({ zoom }, feature as never);
  const layer = (id: string) =>
    labelLayers().find((l) => l.id === id) as { filter: FilterSpecification };

  it('names a grouped point on its own only from the zoom its group parts, unless in focus', () => {
    const [[, rest], [, focused]] = focusFilters('label-point', ['aleppo']);
    const [[, restNone]] = focusFilters('label-point', []);
    expect(at(restNone, aleppo, 4)).toBe(false);
    expect(at(restNone, aleppo, 5)).toBe(true);
    expect(at(rest, aleppo, 5)).toBe(false);
    expect(at(focused, aleppo, 2)).toBe(true);
  });

  it("names the group from its first zoom up to the one it parts at, under the focus's names", () => {
    const filter = layer(GROUP_LABEL_LAYER).filter;
    expect([1, 2, 4, 5].map((z) => at(filter, group, z))).toEqual([false, true, true, false]);
    const ids = labelLayers().map((l) => l.id);
    const g = ids.indexOf(GROUP_LABEL_LAYER);
    expect(g).toBeLessThan(Math.min(...LABEL_LAYERS.map((id) => ids.indexOf(`${id}-focus`))));
    expect(g).toBeGreaterThan(Math.max(...LABEL_LAYERS.map((id) => ids.indexOf(id))));
  });

  it('leaves the group unnamed while one of its members is in focus (named on its own)', () => {
    expect(at(groupFilter(['aleppo']), group, 3)).toBe(false);
    expect(at(groupFilter(['iraq', 'dabiq']), group, 3)).toBe(false);
    expect(at(groupFilter(['iraq']), group, 3)).toBe(true);
    // Ids match whole: "leppo" is no member.
    expect(at(groupFilter(['leppo']), group, 3)).toBe(true);
  });
});

describe("an area's name", () => {
  it('in focus, may go 3.5 em off its point for a region or a concept, 2 em for a country', () => {
    const area = labelLayers().find((l) => l.id === 'label-area-focus') as {
      layout: { 'text-variable-anchor-offset': unknown[] };
    };
    // ['match', ['get', 'kind'], [kinds...], ['literal', wide], ['literal', near]]
    const [op, input, kinds, wide, near] = area.layout['text-variable-anchor-offset'] as [
      string,
      unknown,
      string[],
      ['literal', unknown[]],
      ['literal', unknown[]],
    ];
    expect([op, input]).toEqual(['match', ['get', 'kind']]);
    const farthest = (kind: string) => {
      const [, values] = kinds.includes(kind) ? wide : near;
      const offsets = values.filter((v): v is number[] => Array.isArray(v));
      return Math.max(...offsets.map((v) => Math.hypot(v[0], v[1])));
    };
    expect(farthest('region')).toBe(3.5);
    expect(farthest('concept')).toBe(3.5);
    expect(farthest('country')).toBe(2);
    // At rest, never more than half an em off: a name farther off reads as a neighbour's.
    const rest = labelLayers().find((l) => l.id === 'label-area') as {
      layout: { 'text-variable-anchor-offset': ['literal', unknown[]] };
    };
    const [, atRest] = rest.layout['text-variable-anchor-offset'];
    const offsets = atRest.filter((v): v is number[] => Array.isArray(v));
    expect(Math.max(...offsets.map((v) => Math.hypot(v[0], v[1])))).toBe(0.5);
  });
});

describe("a group's name", () => {
  it("is set beyond its members' markers: 0.9 em plus their reach at the zoom", () => {
    const group = labelLayers().find((l) => l.id === GROUP_LABEL_LAYER) as {
      layout: { 'text-radial-offset': unknown };
    };
    const parsed = createPropertyExpression(
      group.layout['text-radial-offset'],
      'layers[0].layout.text-radial-offset',
      latest.layout_symbol['text-radial-offset'] as never,
    );
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const at = (zoom: number, gs?: number) =>
      parsed.value.evaluate({ zoom }, {
        type: 1,
        properties: gs === undefined ? {} : { gs },
      } as never);
    expect(at(0)).toBeCloseTo(0.9, 9);
    // 4.5 zoom-0 px of reach: 4.5 px at zoom 0, 36 px at zoom 3 (13 px text).
    expect(at(0, 4.5)).toBeCloseTo(0.9 + 4.5 / 13, 9);
    expect(at(3, 4.5)).toBeCloseTo(0.9 + 36 / 13, 9);
  });
});
