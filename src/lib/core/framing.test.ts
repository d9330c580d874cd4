import { describe, expect, it } from 'vitest';
import { bboxOf, cameraMargin, cameraPadding, clearOfControls, lessMargin } from './framing';

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
