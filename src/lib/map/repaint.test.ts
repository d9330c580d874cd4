import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { kindColours, palettes } from '../design';
import { paintChanges } from './repaint';
import { buildStyle } from './style';
import { EMPTY_SOURCES as sources } from './sources-fixture';

describe('a change of colour scheme', () => {
  const light = buildStyle(sources, 'light');
  const dark = buildStyle(sources, 'dark');

  it('changes the paint alone: the same layers, filters, layout and sources', () => {
    const strip = (s: StyleSpecification) =>
      JSON.stringify(s.layers.map(({ paint: _paint, ...rest }) => rest)) +
      JSON.stringify(s.sources);
    expect(strip(dark)).toBe(strip(light));
  });

  it('paints every colour of the light style in the dark palette', () => {
    const changes = paintChanges(light, dark);
    expect(changes.length).toBeGreaterThan(20);
    expect(changes.find((c) => c.layer === 'water')?.value).toBe(palettes.dark.water);
    // No colour that only the light palette has is left in what changes, nor in the dark style.
    const darkColours = [...Object.values(palettes.dark), ...Object.values(kindColours.dark)];
    const lightOnly = [
      ...Object.values(palettes.light),
      ...Object.values(kindColours.light),
    ].filter((c) => !darkColours.includes(c));
    const darkStyle = JSON.stringify(dark.layers);
    for (const colour of lightOnly) expect(darkStyle, colour).not.toContain(`"${colour}"`);
  });

  it('changes nothing when the scheme is the same', () => {
    expect(paintChanges(dark, buildStyle(sources, 'dark'))).toEqual([]);
  });
});
