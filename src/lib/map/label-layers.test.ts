/**
 * The labels of the places in focus are placed before every other story label: with a focus,
 * a place's label falls into its layer's `-focus` copy, which sits above all the others.
 */
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LABEL_LAYERS, focusFilters, labelLayers } from './label-layers';

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
