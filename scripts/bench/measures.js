/**
 * The registry: every measure the bench takes, in the order it runs them. Lighthouse runs
 * first, while no other browser of ours is open; `sizes` reads files only.
 */
import { measureBuild } from './build.js';
import { measureEditor } from './editor.js';
import { measureHeap } from './heap.js';
import { measureLighthouse } from './lighthouse.js';
import { measureLongTasks } from './longtasks.js';
import { measurePhoneStart } from './phone.js';
import { measurePreMapJs } from './premap.js';
import { measureMapReady } from './ready.js';
import { measureScrolly } from './scrolly.js';
import { measureSelection } from './selection.js';
import { measureSizes } from './sizes.js';
import { measureStoryData } from './storydata.js';

/**
 * @param {{ browser?: import('@playwright/test').Browser }} ctx
 * @returns {import('@playwright/test').Browser}
 */
const browserOf = (ctx) => {
  if (!ctx.browser) throw new Error('chromium did not start');
  return ctx.browser;
};

/** @type {import('./registry.js').Measure[]} */
export const MEASURES = [
  { name: 'lighthouse', key: 'lighthouse', step: 'lighthouse', run: () => measureLighthouse() },
  { name: 'sizes', key: 'sizes', step: 'sizes', run: async () => measureSizes() },
  {
    name: 'premap',
    key: 'preMapJs',
    step: 'JS before the map',
    browser: true,
    needs: ['sizes'],
    run: (ctx) => {
      if (!ctx.results.sizes) throw new Error('no sizes to compare with');
      return measurePreMapJs(browserOf(ctx), ctx.results.sizes);
    },
  },
  {
    name: 'storydata',
    key: 'storyData',
    step: 'map data through the story',
    browser: true,
    run: (ctx) => measureStoryData(browserOf(ctx)),
  },
  {
    name: 'ready',
    key: 'mapReady',
    step: 'map ready',
    browser: true,
    run: (ctx) => measureMapReady(browserOf(ctx)),
  },
  {
    name: 'selection',
    key: 'selection',
    step: 'selection latency',
    browser: true,
    run: (ctx) => measureSelection(browserOf(ctx)),
  },
  {
    name: 'heap',
    key: 'heap',
    step: 'heap',
    browser: true,
    run: (ctx) => measureHeap(browserOf(ctx)),
  },
  {
    name: 'scrolly',
    key: 'scrolly',
    step: 'paragraph to camera',
    browser: true,
    run: (ctx) => measureScrolly(browserOf(ctx)),
  },
  {
    name: 'longtasks',
    key: 'longTasks',
    step: 'long tasks',
    browser: true,
    run: (ctx) => measureLongTasks(browserOf(ctx)),
  },
  {
    name: 'phone',
    key: 'phone',
    step: 'phone start',
    browser: true,
    run: (ctx) => measurePhoneStart(browserOf(ctx)),
  },
  {
    name: 'editor',
    key: 'editor',
    step: 'review page',
    browser: true,
    run: (ctx) => measureEditor(browserOf(ctx)),
  },
  // Last: it builds three stories, and nothing else should be measured while it does.
  { name: 'build', key: 'build', step: 'build cost', run: async () => measureBuild() },
];

export const MEASURE_NAMES = MEASURES.map((m) => m.name);
