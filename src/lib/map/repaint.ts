/**
 * A change of colour scheme as paint changes: between the style built in one palette and the
 * same style built in another only paint values differ, so the live map is repainted in place
 * (setPaintProperty), keeping its sources, feature states, camera and the filters and
 * visibility set on it since; the paint values set at run time are not colours and stay too.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

export interface PaintChange {
  layer: string;
  property: Parameters<MapLibreMap['setPaintProperty']>[1];
  /** A paint value as the style gives it, for `setPaintProperty`. */
  value: Parameters<MapLibreMap['setPaintProperty']>[2];
}

/** The paint values that differ from `from` to `to`, layer by layer. */
export function paintChanges(from: StyleSpecification, to: StyleSpecification): PaintChange[] {
  const before = new Map(from.layers.map((l) => [l.id, l]));
  const out: PaintChange[] = [];
  for (const layer of to.layers) {
    const old = before.get(layer.id);
    const paint = (layer.paint ?? {}) as Record<string, PaintChange['value']>;
    const oldPaint = (old?.paint ?? {}) as Record<string, PaintChange['value']>;
    for (const [property, value] of Object.entries(paint))
      if (JSON.stringify(value) !== JSON.stringify(oldPaint[property]))
        // A key of the layer's own paint: one of MapLibre's paint properties.
        out.push({ layer: layer.id, property: property as PaintChange['property'], value });
  }
  return out;
}
