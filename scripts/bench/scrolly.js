/**
 * 6a. Paragraph to camera: scrolls to each paragraph in turn, as an anchor link would, and
 * waits as a reader would. From the recorder's log it takes, per paragraph, the time from its
 * `aria-current="step"` to the camera starting to move: the map's `data-camera="moving"`, or
 * for a cut its new `data-center`. A paragraph that names the same places as the one before
 * changes nothing on the map, so it has no camera move to time.
 */
import { budgetCells } from './budgets.js';
import { withLoadedPage } from './browser.js';
import { fmt } from './format.js';
import { recorded } from './recorder.js';
import { max, median } from './stats.js';

/** Long enough for a flight to start after the paragraph becomes active, on a busy machine. */
const READING_MS = 2500;

/** @param {import('@playwright/test').Browser} browser */
export async function measureScrolly(browser) {
  return withLoadedPage(browser, async (page) => {
    const count = await page.locator('article p[id^="p-"]').count();
    /** @type {number[]} */
    const starts = [];
    for (let n = 1; n <= count; n++) {
      starts.push(
        await page.evaluate((n) => {
          const t = performance.now();
          document.getElementById(`p-${n}`)?.scrollIntoView({ block: 'start' });
          return t;
        }, n),
      );
      await page.waitForTimeout(READING_MS);
    }
    const events = await recorded(page, 'events');
    const paragraphs = starts.map((start, i) => {
      const end = starts[i + 1] ?? Infinity;
      const within = (/** @type {{ t: number }} */ e) => e.t >= start && e.t < end;
      const active = events.find(
        (e) =>
          within(e) && e.attr === 'aria-current' && e.id === `p-${i + 1}` && e.value === 'step',
      );
      const focusChanged = events.some((e) => within(e) && e.attr === 'data-focus');
      // A flight sets data-camera="moving" as it starts; a cut (reduced motion, or a browser
      // too slow to fly) moves the camera within one task, so only data-center changes.
      const moving =
        active &&
        events.find(
          (e) =>
            e.t >= active.t &&
            e.t < end &&
            ((e.attr === 'data-camera' && e.value === 'moving') || e.attr === 'data-center'),
        );
      return {
        paragraph: i + 1,
        activated: Boolean(active),
        focusChanged,
        ms: moving && active ? moving.t - active.t : null,
      };
    });
    const timed = paragraphs.map((p) => p.ms).filter((ms) => ms != null);
    return {
      paragraphs,
      moves: timed.length,
      // A paragraph whose places changed but whose camera never moved is a miss, not a zero.
      noMove: paragraphs.filter((p) => p.activated && p.focusChanged && p.ms == null).length,
      notActivated: paragraphs.filter((p) => !p.activated).length,
      median: median(timed),
      max: max(timed),
    };
  });
}

/** @param {any} r all results */
export function scrollyRows(r) {
  const s = r.scrolly;
  if (!s) return [];
  return [
    [
      `6a. Paragraph to camera (${s.moves} moves)`,
      `median ${fmt.ms(s.median)}`,
      `max ${fmt.ms(s.max)}`,
      ...budgetCells('paragraph-to-camera', r),
    ],
  ];
}

/** @param {any} r all results */
export function scrollyNotes(r) {
  if (!r.scrolly) return [];
  const notes = r.scrolly.paragraphs
    .map(
      (
        /** @type {{ paragraph: number, activated: boolean, focusChanged: boolean, ms: number | null }} */ p,
      ) =>
        !p.activated
          ? `p-${p.paragraph}: never active`
          : p.ms != null
            ? `p-${p.paragraph}: ${fmt.ms(p.ms)}`
            : p.focusChanged
              ? `p-${p.paragraph}: places changed, camera did not move`
              : `p-${p.paragraph}: same places, no move`,
    )
    .join('; ');
  return [`  6a per paragraph: ${notes}`];
}
