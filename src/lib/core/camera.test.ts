import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import {
  FLIGHT_MS,
  FRESH_CAMERA,
  GLOBAL_SPAN,
  HURRIED_MS,
  MAX_ZOOM,
  cameraTarget,
  cutShort,
  overviewBox,
  planCamera,
  type CameraInput,
  type CameraMemory,
  type PlaceFrames,
} from './camera';
import type { BBox } from './framing';
import { SLOW_FLIGHTS_TO_CUT } from './motion';

/** A small world: two cities 35 km apart, a country, a region, and a place around the globe. */
const places: Record<string, { box: BBox; label: Position }> = {
  dabiq: { box: [37.3, 36.5, 37.3, 36.5], label: [37.3, 36.5] },
  aleppo: { box: [37.2, 36.2, 37.2, 36.2], label: [37.2, 36.2] },
  iraq: { box: [38.8, 29.1, 48.6, 37.4], label: [43.7, 33.0] },
  europe: { box: [-10, 35, 40, 71], label: [15, 50] },
  // "The West": its main bodies span from North America to New Zealand.
  west: { box: [-170, -47, 178, 72], label: [-98, 40] },
  // Russia's main body crosses the antimeridian (east past 180).
  russia: { box: [27, 41, 190, 78], label: [96, 62] },
};
const frames: PlaceFrames = {
  boxes: new Map(Object.entries(places).map(([id, p]) => [id, p.box])),
  labels: new Map(Object.entries(places).map(([id, p]) => [id, p.label])),
};
const padding = { top: 48, right: 48, bottom: 48, left: 48 };

function input(over: Partial<CameraInput> = {}): CameraInput {
  return {
    focus: [],
    overview: false,
    frames,
    padding,
    reducedMotion: false,
    slowFlights: 0,
    now: 10_000,
    ...over,
  };
}

/** The memory of a map framed once, on `focus`, at time `at`. */
function framedOn(focus: string[], at = 0): CameraMemory {
  return { framed: true, focusKey: focus.join(' '), focusChangedAt: at };
}

describe('overviewBox', () => {
  it('is the box around the label points', () => {
    expect(
      overviewBox([
        [10, 20],
        [30, -5],
        [15, 40],
      ]),
    ).toEqual([10, -5, 30, 40]);
  });

  it('is nothing without points', () => {
    expect(overviewBox([])).toBeUndefined();
  });
});

describe('cameraTarget', () => {
  const allLabels = overviewBox([...frames.labels.values()]);

  it('frames every label point when nothing is in focus, or "Show all places" was pressed', () => {
    expect(cameraTarget([], false, frames)).toEqual({ bbox: allLabels, maxZoom: MAX_ZOOM.areas });
    expect(cameraTarget(['iraq'], true, frames)).toEqual({
      bbox: allLabels,
      maxZoom: MAX_ZOOM.areas,
    });
  });

  it('frames the main bodies of the places in focus', () => {
    expect(cameraTarget(['iraq', 'dabiq'], false, frames)!.bbox).toEqual([37.3, 29.1, 48.6, 37.4]);
  });

  it('zooms in less on points alone, so a city is seen with its neighbours', () => {
    expect(cameraTarget(['dabiq', 'aleppo'], false, frames)!.maxZoom).toBe(MAX_ZOOM.points);
    expect(cameraTarget(['dabiq', 'iraq'], false, frames)!.maxZoom).toBe(MAX_ZOOM.areas);
    expect(MAX_ZOOM.points).toBeLessThan(MAX_ZOOM.areas);
  });

  it('frames a place that circles the globe on its label point, with what it is named with', () => {
    expect(places.west.box[2] - places.west.box[0]).toBeGreaterThan(GLOBAL_SPAN);
    expect(cameraTarget(['west', 'iraq'], false, frames)!.bbox).toEqual([-98, 33, 43.7, 40]);
  });

  it('frames a place that circles the globe, alone, as the overview, not on its one label point', () => {
    expect(cameraTarget(['west'], false, frames)!.bbox).toEqual(
      cameraTarget([], false, frames)!.bbox,
    );
  });

  it('frames on label points when the focus together would circle the globe', () => {
    // Two places 270° apart one way...
    const wide: PlaceFrames = {
      boxes: new Map([
        ['a', [-170, 10, -160, 20] as BBox],
        ['b', [100, 10, 110, 20] as BBox],
      ]),
      labels: new Map([
        ['a', [-165, 15]],
        ['b', [105, 15]],
      ]),
    };
    // ...but across the antimeridian they are 90° apart, which bboxOf prefers.
    expect(cameraTarget(['a', 'b'], false, wide)!.bbox).toEqual([100, 10, 200, 20]);
    const wider: PlaceFrames = {
      boxes: new Map([
        ['a', [-170, 10, -10, 20] as BBox],
        ['b', [10, 10, 170, 20] as BBox],
      ]),
      labels: new Map([
        ['a', [-90, 15]],
        ['b', [90, 15]],
      ]),
    };
    expect(cameraTarget(['a', 'b'], false, wider)!.bbox).toEqual([-90, 15, 90, 15]);
  });

  it('keeps a box that crosses the antimeridian (Russia from the Baltic to Chukotka)', () => {
    expect(cameraTarget(['russia'], false, frames)!.bbox).toEqual([27, 41, 190, 78]);
  });

  it('frames nothing when no place is known', () => {
    const none: PlaceFrames = { boxes: new Map(), labels: new Map() };
    expect(cameraTarget([], false, none)).toBeUndefined();
  });
});

describe('planCamera', () => {
  it('cuts to the first framing of a map, at once: a link opens on its place', () => {
    const { plan, memory } = planCamera(input({ focus: ['iraq'] }), FRESH_CAMERA);
    expect(plan).toMatchObject({ duration: 0, deferred: false, padding });
    expect(memory).toMatchObject({ framed: true, focusKey: 'iraq', focusChangedAt: 10_000 });
  });

  it('plans nothing when asked again for the framing it planned last (a padding measured again)', () => {
    const first = planCamera(input({ focus: ['iraq'] }), FRESH_CAMERA);
    const again = planCamera(input({ focus: ['iraq'], padding: { ...padding } }), first.memory);
    expect(again.plan).toBeUndefined();
    // ...however often it is asked.
    const third = planCamera(input({ focus: ['iraq'], padding: { ...padding } }), again.memory);
    expect(third.plan).toBeUndefined();
    // A new padding, or "Show all places" over the same focus, is a new framing.
    const wider = { ...padding, right: 360 };
    expect(planCamera(input({ focus: ['iraq'], padding: wider }), first.memory).plan).toMatchObject(
      { padding: wider, duration: FLIGHT_MS },
    );
    const none = planCamera(input(), FRESH_CAMERA);
    expect(planCamera(input({ overview: true }), none.memory).plan).toBeDefined();
  });

  it('flies to a new focus one frame later, so the panel paints first', () => {
    const { plan } = planCamera(input({ focus: ['iraq'] }), framedOn([], 0));
    expect(plan).toMatchObject({ duration: FLIGHT_MS, deferred: true });
  });

  it('jumps when the focus changes again within HURRIED_MS (a flick, quick choices)', () => {
    const soon = planCamera(input({ focus: ['iraq'], now: HURRIED_MS - 1 }), framedOn([], 0));
    expect(soon.plan!.duration).toBe(0);
    const later = planCamera(input({ focus: ['iraq'], now: HURRIED_MS }), framedOn([], 0));
    expect(later.plan!.duration).toBe(FLIGHT_MS);
  });

  it('does not count a reframing of the same focus as a change (padding, a resize)', () => {
    const memory = framedOn(['iraq'], 9_900);
    const { plan, memory: after } = planCamera(input({ focus: ['iraq'] }), memory);
    // Same focus 100 ms later: not hurried, and the time of the change is kept.
    expect(plan!.duration).toBe(FLIGHT_MS);
    expect(after.focusChangedAt).toBe(9_900);
  });

  it('remembers when the focus changed even when there is nothing to frame', () => {
    const empty = input({ focus: ['nowhere'], frames: { boxes: new Map(), labels: new Map() } });
    const { plan, memory } = planCamera(empty, framedOn([], 0));
    expect(plan).toBeUndefined();
    expect(memory.focusKey).toBe('nowhere');
    expect(memory.focusChangedAt).toBe(10_000);
  });

  it('cuts instead of flying with reduced motion, with the same padding', () => {
    const { plan } = planCamera(input({ focus: ['iraq'], reducedMotion: true }), framedOn([]));
    expect(plan).toMatchObject({ duration: 0, padding, deferred: true });
  });

  it('cuts once enough flights in a row were too slow to fly', () => {
    const before = planCamera(
      input({ focus: ['iraq'], slowFlights: SLOW_FLIGHTS_TO_CUT - 1 }),
      framedOn([]),
    );
    expect(before.plan!.duration).toBe(FLIGHT_MS);
    const after = planCamera(
      input({ focus: ['iraq'], slowFlights: SLOW_FLIGHTS_TO_CUT }),
      framedOn([]),
    );
    expect(after.plan!.duration).toBe(0);
  });

  it('passes the padding through, so the place is never under the panel', () => {
    const sheet = { top: 24, right: 24, bottom: 400, left: 24 };
    const { plan } = planCamera(input({ focus: ['mosul'], padding: sheet }), framedOn([]));
    expect(plan).toBeUndefined();
    const { plan: iraq } = planCamera(input({ focus: ['iraq'], padding: sheet }), framedOn([]));
    expect(iraq!.padding).toEqual(sheet);
  });
});

describe("planCamera with the map size and the labels' reach", () => {
  const reach = new Map([
    ['west', [40, 8] as const],
    ['iraq', [20, 8] as const],
    ['europe', [30, 8] as const],
  ]);
  const size = { width: 390, height: 370 };
  const narrow = { top: 24, right: 24, bottom: 24, left: 24 };

  it('grows the padding where a focused name would run off the map', () => {
    const { plan } = planCamera(
      input({ focus: ['west', 'iraq'], padding: narrow, size, frames: { ...frames, reach } }),
      framedOn([]),
    );
    // The West is framed on its label point, at the frame's left edge: its name, centred on
    // it, needs 40 px and a gap on that side.
    expect(plan!.padding.left).toBeGreaterThanOrEqual(40);
    expect(plan!.padding.top).toBe(narrow.top);
  });

  it('keeps the plain padding at the overview, as the poster frames it', () => {
    const { plan } = planCamera(
      input({ focus: [], padding: narrow, size, frames: { ...frames, reach } }),
      framedOn(['iraq']),
    );
    expect(plan!.padding).toEqual(narrow);
  });
});

describe('cutShort', () => {
  it('ends a flight at once where it was going', () => {
    const { plan } = planCamera(input({ focus: ['iraq'] }), framedOn([]));
    const cut = cutShort(plan!);
    expect(cut).toEqual({ ...plan, duration: 0, deferred: false });
  });
});
