import { describe, expect, it } from 'vitest';
import { clearOfLabels, windowOnLabels } from './label-reach';
import { toWorld } from '../geo/mercator';

describe('clearOfLabels', () => {
  const size = { width: 390, height: 370 };
  const pad = { top: 24, right: 24, bottom: 24, left: 24 };
  // MapLibre's fitBounds, derived again from Mercator world pixels: the box centred in the
  // padded map at the largest zoom that fits, at most maxZoom; returns a point's screen x.
  const fitX = (box: [number, number, number, number], p: typeof pad, maxZoom: number) => {
    const [x0, y0] = toWorld(box[0], box[3]);
    const [x1, y1] = toWorld(box[2], box[1]);
    const innerW = size.width - p.left - p.right;
    const innerH = size.height - p.top - p.bottom;
    const scale = Math.min(innerW / (x1 - x0), innerH / (y1 - y0), 2 ** maxZoom);
    const left = p.left + (innerW - (x1 - x0) * scale) / 2;
    return (lng: number) => left + (toWorld(lng, 0)[0] - x0) * scale;
  };
  const us = [-98.5, 39.8];
  const mosul = [43.13, 36.34];
  const box: [number, number, number, number] = [us[0], mosul[1], mosul[0], us[1]];

  it('grows the side where a name beside its dot would run off the map', () => {
    const labels = [
      { at: us, reach: [45, 8] as const },
      { at: mosul, reach: [50, 8] as const },
    ];
    // Without it, Mosul's dot is 24 px from the right edge and its name runs 26 px past it.
    expect(fitX(box, pad, 5)(mosul[0]) + 50).toBeGreaterThan(size.width);
    const grown = clearOfLabels(box, pad, size, 5, labels);
    const x = fitX(box, grown, 5);
    expect(x(mosul[0]) + 50).toBeLessThanOrEqual(size.width);
    expect(x(us[0]) - 45).toBeGreaterThanOrEqual(0);
    expect(grown.right).toBeGreaterThan(pad.right);
    expect(grown.left).toBeGreaterThan(pad.left);
  });

  it('leaves the padding alone when every name fits', () => {
    const labels = [{ at: mosul, reach: [50, 8] as const }];
    const one: [number, number, number, number] = [mosul[0], mosul[1], mosul[0], mosul[1]];
    expect(clearOfLabels(one, pad, size, 5, labels)).toEqual(pad);
    expect(clearOfLabels(box, pad, size, 5, [])).toEqual(pad);
  });

  it('never leaves less than a third of the map', () => {
    const grown = clearOfLabels(box, pad, size, 5, [{ at: mosul, reach: [500, 8] as const }]);
    expect(grown.right).toBeLessThanOrEqual((size.width * 2) / 3);
  });
});

describe('windowOnLabels', () => {
  // "The West" alone on a desktop with the panel open: its frame (every place's label point,
  // from the United States to East Asia) is wider than the 290 px beside the panel even at
  // the least zoom MapLibre allows on an 800 px tall map (the world as tall as the map).
  const size = { width: 711, height: 800 };
  const pad = { top: 48, right: 373, bottom: 48, left: 48 };
  const box: [number, number, number, number] = [-98.2, 20, 103.9, 56.7];
  const west = { at: [-98.2, 40], reach: [40, 8] as const };

  it('frames the part of a too-wide frame that holds the focused name, whole', () => {
    const window = windowOnLabels(box, pad, size, [west]);
    const padding = clearOfLabels(window, pad, size, 5, [west]);
    // MapLibre's fitBounds: the box centred in the padded map at the zoom that fits it,
    // which here is about the least the map's height allows.
    const [x0] = toWorld(window[0], 0);
    const [x1] = toWorld(window[2], 0);
    const innerW = size.width - padding.left - padding.right;
    const scale = Math.max(innerW / (x1 - x0), size.height / 512);
    expect(scale).toBeCloseTo(size.height / 512, 1);
    const left = padding.left + (innerW - (x1 - x0) * scale) / 2;
    const x = left + (toWorld(west.at[0], 0)[0] - x0) * scale;
    expect(x - west.reach[0]).toBeGreaterThanOrEqual(0);
    expect(x + west.reach[0]).toBeLessThanOrEqual(size.width - pad.right);
    expect(padding.right).toBe(pad.right);
  });

  it('keeps a frame that fits, and one whose focused names alone are wider than the map', () => {
    const wide = { ...pad, right: 48 };
    expect(windowOnLabels(box, wide, { width: 1400, height: 800 }, [west])).toEqual(box);
    const east = { at: [103.9, 40], reach: [40, 8] as const };
    expect(windowOnLabels(box, pad, size, [west, east])).toEqual(box);
  });
});
