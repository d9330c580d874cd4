/**
 * 6b. Long tasks while scrolling: wheel steps of 120 px every 150 ms over the story column,
 * from the top to the bottom of the story, with what the long animation frames say ran.
 */
import { budgetCells } from './budgets.js';
import { withLoadedPage } from './browser.js';
import { DESKTOP } from './config.js';
import { fmt } from './format.js';
import { recorded } from './recorder.js';
import { max } from './stats.js';

/** One notch of a mouse wheel, in CSS pixels, and a reader's pace between notches. */
const WHEEL_PX = 120;
const WHEEL_PAUSE_MS = 150;

/** @param {import('@playwright/test').Browser} browser */
export async function measureLongTasks(browser) {
  return withLoadedPage(browser, async (page) => {
    const start = await page.evaluate(() => performance.now());
    // Over the story column, so that the wheel scrolls the page and not the map.
    await page.mouse.move(DESKTOP.width * 0.25, DESKTOP.height / 2);
    const remaining = () =>
      page.evaluate(() => document.documentElement.scrollHeight - innerHeight - scrollY);
    // Steps are planned ahead rather than checked one by one: a round trip to a busy page
    // would slow the reading pace down exactly when the page is slowest.
    let steps = 0;
    for (let left = await remaining(); left > 1 && steps < 600; left = await remaining()) {
      for (let i = Math.ceil(left / WHEEL_PX); i > 0; i--, steps++) {
        await page.mouse.wheel(0, WHEEL_PX);
        await page.waitForTimeout(WHEEL_PAUSE_MS);
      }
    }
    // Let the last camera move finish inside the window.
    await page.waitForTimeout(1500);
    // The window ends here; what the recorder reads afterwards is filtered out by time.
    const { end, supported } = await page.evaluate(() => ({
      end: performance.now(),
      supported: PerformanceObserver.supportedEntryTypes.includes('longtask'),
    }));
    const tasks = await recorded(page, 'longTasks');
    const frames = await recorded(page, 'frames');
    if (!supported) throw new Error('this browser does not report long tasks');
    const inWindow = (/** @type {{ start: number }} */ e) => e.start >= start && e.start <= end;
    const during = tasks.filter(inWindow);
    return {
      wheelSteps: steps,
      seconds: (end - start) / 1000,
      count: during.length,
      longest: max(during.map((t) => t.duration)),
      total: during.reduce((s, t) => s + t.duration, 0),
      tasks: during,
      frames: frameAttribution(frames.filter(inWindow)),
    };
  });
}

/**
 * Where the long animation frames spent their time: script time by invoker and file, and the
 * rest (style, layout, paint and waiting on the GPU process), which has no script to blame.
 * @param {import('./recorder.js').Recording['frames']} frames
 */
function frameAttribution(frames) {
  /** @type {Map<string, number>} */
  const byScript = new Map();
  let scriptMs = 0;
  for (const f of frames)
    for (const s of f.scripts) {
      const key = `${s.invoker} ${s.source || '(inline)'}`;
      byScript.set(key, (byScript.get(key) ?? 0) + s.ms);
      scriptMs += s.ms;
    }
  const totalMs = frames.reduce((s, f) => s + f.duration, 0);
  return {
    count: frames.length,
    totalMs,
    scriptMs,
    otherMs: totalMs - scriptMs,
    scripts: [...byScript]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([script, ms]) => ({ script, ms })),
  };
}

/** @param {any} r all results */
export function longTaskRows(r) {
  const l = r.longTasks;
  if (!l) return [];
  return [
    [
      `6b. Long tasks > 50 ms while scrolling (${l.seconds.toFixed(0)} s)`,
      `${l.count}`,
      `longest ${fmt.ms(l.longest)}, total ${fmt.ms(l.total)}`,
      ...budgetCells('long-tasks', r),
    ],
  ];
}

/**
 * Long animation frames name the scripts that ran; what they do not cover is rendering work
 * outside JavaScript (here mostly the WebGL readback described under the environment).
 * @param {any} r all results
 */
export function longTaskNotes(r) {
  const frames = r.longTasks?.frames;
  if (!r.longTasks?.count || !frames) return [];
  const top = frames.scripts
    .slice(0, 3)
    .map((/** @type {{ script: string, ms: number }} */ s) => `${s.script} ${fmt.ms(s.ms)}`)
    .join(', ');
  return [
    `  6b of ${fmt.ms(r.longTasks.total)} in long tasks, scripts ran ${fmt.ms(frames.scriptMs)}` +
      `${top ? ` (${top})` : ''}; the rest is outside JavaScript (style, layout, paint, GPU).`,
  ];
}
