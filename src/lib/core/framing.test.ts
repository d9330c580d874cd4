import { describe, expect, it } from 'vitest';
import {
  bboxOf,
  cameraMargin,
  cameraPadding,
  clearOfControls,
  clearOfLabels,
  lessMargin,
  windowOnLabels,
} from './framing';
import { toWorld } from '../geo/mercator';

describe('bboxOf', () => {
  it('boxes points and polygons', () => {
    expect(
      bboxOf([
        { type: 'Point', coordinates: [43.119, 36.335] },
        { type: 'Point', coordinates: [37.134, 36.202] },
      ]),
    ).toEqual([37.134, 36.202, 43.119, 36.335]);
  });

  it('frames a shape cut at the antimeridian across it, not around the world', () => {
    // Russia, simplified: the main body and Chukotka's tip west of -180.
    const russia = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [27, 41],
            [180, 41],
            [180, 78],
            [27, 78],
            [27, 41],
          ],
        ],
        [
          [
            [-180, 64],
            [-169, 64],
            [-169, 69],
            [-180, 69],
            [-180, 64],
          ],
        ],
      ],
    };
    expect(bboxOf([russia])).toEqual([27, 41, 191, 78]);
  });

  it('keeps an ordinary box in -180..180', () => {
    const americas = bboxOf([
      { type: 'Point', coordinates: [-120, 40] },
      { type: 'Point', coordinates: [-70, -30] },
    ]);
    expect(americas).toEqual([-120, -30, -70, 40]);
  });

  it('keeps an Atlantic-centred box unless the Pacific one is clearly narrower', () => {
    // From North America to Russia: 195° on the Atlantic side, 165° across the Pacific.
    const points = [
      { type: 'Point' as const, coordinates: [-100, 55] },
      { type: 'Point' as const, coordinates: [95, 62] },
    ];
    expect(bboxOf(points)).toEqual([-100, 55, 95, 62]);
    // Fiji to Samoa: 22° across the antimeridian against 338° the long way.
    const pacific = [
      { type: 'Point' as const, coordinates: [178, -18] },
      { type: 'Point' as const, coordinates: [-172, -14] },
    ];
    expect(bboxOf(pacific)).toEqual([178, -18, 188, -14]);
  });

  it('returns undefined for nothing', () => {
    expect(bboxOf([])).toBeUndefined();
  });
});

describe('cameraPadding', () => {
  const map = { left: 560, top: 0, right: 1280, bottom: 800 };
  const mobileMap = { left: 0, top: 0, right: 390, bottom: 380 };

  it('adds the width of a panel docked on the right of the map', () => {
    const panel = { left: 888, top: 12, right: 1268, bottom: 788 };
    expect(cameraPadding(map, panel, 40)).toEqual({ top: 40, right: 432, bottom: 40, left: 40 });
  });

  it('adds the height of a bottom sheet that covers the map', () => {
    const sheet = { left: 0, top: 300, right: 390, bottom: 844 };
    expect(cameraPadding(mobileMap, sheet, 24)).toEqual({
      top: 24,
      right: 24,
      bottom: 104,
      left: 24,
    });
  });

  it('ignores an overlay that does not touch the map', () => {
    const sheet = { left: 0, top: 420, right: 390, bottom: 844 };
    expect(cameraPadding(mobileMap, sheet, 24)).toEqual({
      top: 24,
      right: 24,
      bottom: 24,
      left: 24,
    });
  });

  it('never leaves less than a third of the map', () => {
    const wide = { left: 700, top: 0, right: 1280, bottom: 800 };
    expect(cameraPadding(map, wide, 40).right).toBeCloseTo((720 * 2) / 3);
  });
});

describe('cameraMargin', () => {
  it('is 48 px, or 24 px on a map narrower than 500 px', () => {
    expect(cameraMargin(1280)).toBe(48);
    expect(cameraMargin(500)).toBe(48);
    expect(cameraMargin(499)).toBe(24);
    expect(cameraMargin(390)).toBe(24);
  });
});

describe('clearOfControls', () => {
  const map = { left: 560, top: 0, right: 1280, bottom: 800 };
  const pad = { top: 48, right: 48, bottom: 48, left: 48 };
  const zoomButtons = { left: 570, top: 10, right: 600, bottom: 68 };
  const showAll = { left: 610, top: 10, right: 747, bottom: 46 };
  const legend = { left: 570, top: 705, right: 830, bottom: 790 };

  it('clears each control on the side that costs the map least', () => {
    // Zoom buttons: narrow and tall, so the left; "Show all": wide and short, so the top.
    expect(clearOfControls(map, pad, [zoomButtons, showAll, legend])).toEqual({
      top: 54,
      right: 48,
      bottom: 103,
      left: 48,
    });
    // The zoom buttons' 8 px gap fits within the 48 px margin already.
    expect(clearOfControls(map, pad, [zoomButtons]).left).toBe(48);
  });

  it('leaves padding alone without controls, and a third of the map in any case', () => {
    expect(clearOfControls(map, pad, [])).toEqual(pad);
    const huge = { left: 570, top: 10, right: 1270, bottom: 700 };
    expect(clearOfControls(map, pad, [huge]).top).toBeLessThanOrEqual((800 * 2) / 3);
  });
});

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

describe('lessMargin', () => {
  it("is what the panel covers: the padding less the camera's margin, never below 0", () => {
    const pad = { top: 48, right: 373, bottom: 48, left: 40 };
    expect(lessMargin(pad, 711)).toEqual({ top: 0, right: 325, bottom: 0, left: 0 });
    expect(lessMargin({ ...pad, right: 24 }, 390)).toEqual({
      top: 24,
      right: 0,
      bottom: 24,
      left: 16,
    });
  });
});
