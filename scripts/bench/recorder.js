/**
 * The page recorder, shared by the bench and the end-to-end tests: installed with
 * `page.addInitScript(pageRecorder, options)` before any page script runs, it keeps in
 * `window.__recorder` what happened, timed against the navigation start (performance.now()).
 * Plain JavaScript with JSDoc types, so that node runs it as it is and Playwright's
 * TypeScript imports it; `pageRecorder` is serialized into the page, so it refers to nothing
 * outside itself.
 */

/**
 * What to record. Each option costs the page a little, so a caller asks only for what it reads.
 * @typedef {object} RecorderOptions
 * @property {string[]} [attributes] attribute changes to log as events, on any element
 * @property {boolean} [mapReady] when the map region first reports `data-map-status="ready"`
 * @property {boolean} [cameraMoves] how long each camera move lasts (`data-camera` "moving" to "idle")
 * @property {boolean} [longTasks] long tasks (over 50 ms), from the start
 * @property {boolean} [frames] long animation frames and the scripts they ran (diagnosis only)
 */

/**
 * @typedef {object} Recording
 * @property {RecorderOptions} options
 * @property {number | null} mapReady
 * @property {{ t: number, attr: string, id: string, value: string | null }[]} events
 * @property {number[]} cameraMoves durations in ms; a cut (a jump within one task) is not one
 * @property {number[]} cameraMoveFrames the frames the page drew during each move: a flight
 *   draws one a frame for its whole length, a cut none; counted, not timed, so a busy machine
 *   does not change what a test of it sees
 * @property {{ start: number, duration: number }[]} longTasks
 * @property {{ start: number, duration: number, scripts: { invoker: string, source: string, ms: number }[] }[]} frames
 */

/**
 * Runs in the page.
 * @param {RecorderOptions} options
 */
export function pageRecorder(options) {
  /** @type {Recording} */
  const rec = {
    options,
    mapReady: null,
    events: [],
    cameraMoves: [],
    cameraMoveFrames: [],
    longTasks: [],
    frames: [],
  };
  /** @type {Window & { __recorder?: Recording }} */ (window).__recorder = rec;
  const logged = options.attributes ?? [];
  const watched = [
    ...logged,
    ...(options.mapReady ? ['data-map-status'] : []),
    ...(options.cameraMoves ? ['data-camera'] : []),
  ];
  let movingSince = 0;
  let framesMoving = 0;
  /** Counts the frames drawn while the camera moves. */
  const countFrame = () => {
    if (!movingSince) return;
    framesMoving++;
    requestAnimationFrame(countFrame);
  };
  if (watched.length)
    new MutationObserver((records) => {
      const t = performance.now();
      for (const r of records) {
        const el = /** @type {Element} */ (r.target);
        const attr = r.attributeName ?? '';
        const value = el.getAttribute(attr);
        if (attr === 'data-map-status' && options.mapReady) {
          if (value === 'ready' && rec.mapReady === null && el.matches('section[aria-label="Map"]'))
            rec.mapReady = t;
        }
        if (attr === 'data-camera' && options.cameraMoves) {
          if (value === 'moving') {
            movingSince = t;
            framesMoving = 0;
            requestAnimationFrame(countFrame);
          } else if (value === 'idle' && movingSince) {
            rec.cameraMoves.push(t - movingSince);
            rec.cameraMoveFrames.push(framesMoving);
            movingSince = 0;
          }
        }
        if (logged.includes(attr)) rec.events.push({ t, attr, id: el.id, value });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: watched });
  try {
    if (options.longTasks)
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          rec.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    // Long animation frames say which scripts a slow frame ran (Chromium 123 and later).
    if (options.frames)
      new PerformanceObserver((list) => {
        for (const e of /** @type {any[]} */ (list.getEntries()))
          rec.frames.push({
            start: e.startTime,
            duration: e.duration,
            scripts: e.scripts.map((/** @type {any} */ s) => ({
              invoker: s.invokerType,
              source: s.sourceURL.split('/').pop(),
              ms: s.duration,
            })),
          });
      }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No long task API: a reader of longTasks checks PerformanceObserver.supportedEntryTypes.
  }
}

/**
 * Installs the recorder in every document a page or context opens from now on.
 * @param {{ addInitScript: import('@playwright/test').Page['addInitScript'] }} target a page or a browser context
 * @param {RecorderOptions} options
 */
export async function record(target, options) {
  await target.addInitScript(pageRecorder, options);
}

/**
 * One part of what the recorder has kept so far, read from the page.
 * @template {keyof Recording} K
 * @param {import('@playwright/test').Page} page
 * @param {K} key
 * @returns {Promise<Recording[K]>}
 */
export async function recorded(page, key) {
  return page.evaluate(
    (k) => /** @type {any} */ (window).__recorder?.[k],
    /** @type {string} */ (key),
  );
}

/**
 * When the page set a performance mark (the app marks 'map-loaded' and 'map-shown'), or null.
 * @param {import('@playwright/test').Page} page
 * @param {string} name
 * @returns {Promise<number | null>}
 */
export async function markTime(page, name) {
  return page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
}
