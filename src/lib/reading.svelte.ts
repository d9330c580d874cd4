/**
 * Where the reader is in the story: the paragraph on the reading line and the reading
 * progress, measured from the layout (never replayed from past scroll events), and the steps
 * of Next and Previous, which scroll a paragraph onto that line.
 */
import { SMALL_SCREEN } from './core/startup';
import { activeParagraph, readingLine, readingProgress } from './core/scrolly';
import { settleTime, stepTo } from './core/steps';

export class ReadingPosition {
  /** The paragraph on the reading line (0: the headline). */
  active = $state(0);
  /** From 0 to 1. */
  progress = $state(0);
  /** Where a step is heading while its smooth scroll runs (0: none). */
  #target = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Measures on scroll and resize, once per frame at most, until the returned cleanup runs.
   * On a small screen the story shows below the map column, `mapCol`.
   */
  track(article: HTMLElement | null, mapCol: HTMLElement): () => void {
    const small = window.matchMedia(SMALL_SCREEN);
    let frame = 0;
    const measure = () => {
      frame = 0;
      const storyTop = small.matches ? Math.max(0, mapCol.getBoundingClientRect().bottom) : 0;
      const line = readingLine(window.innerHeight, storyTop);
      // Anchors and Next/Previous scroll a paragraph's top onto the reading line.
      document.documentElement.style.setProperty('--reading-line', `${line}px`);
      const paragraphs = article?.querySelectorAll<HTMLElement>('.paragraph') ?? [];
      this.active = activeParagraph(
        [...paragraphs].map((p) => p.getBoundingClientRect().top),
        line,
      );
      const rect = article?.getBoundingClientRect();
      this.progress = rect ? readingProgress(rect.top, rect.bottom, line) : 0;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    small.addEventListener('change', schedule);
    const ro = new ResizeObserver(schedule);
    if (article) ro.observe(article);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      small.removeEventListener('change', schedule);
      ro.disconnect();
    };
  }

  /** Next (1) or Previous (-1) of `count` paragraphs. */
  step(delta: 1 | -1, count: number, reducedMotion: boolean) {
    this.goTo(stepTo(this.active, this.#target, delta, count), reducedMotion);
  }

  /** Scrolls paragraph `n` onto the reading line; `moveFocus` when the reader was sent there. */
  goTo(n: number, reducedMotion: boolean, moveFocus = false) {
    const el = document.getElementById(`p-${n}`);
    if (!el) return;
    this.#target = n;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.#target = 0), settleTime(reducedMotion));
    el.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'start' });
    if (moveFocus) {
      // Focusable only when sent there, so that following an anchor does not ring it in blue.
      el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
    }
  }

  /** Forgets a step under way; for the cleanup of the component that steps. */
  stop() {
    clearTimeout(this.#timer);
  }
}
