/** The printed report: environment, one table per kind of figure, then the budgets. */
import { printBudgets } from './budgets.js';
import { printBuild } from './build.js';
import { printEditor } from './editor.js';
import { printTable } from './format.js';
import { heapRows } from './heap.js';
import { printLighthouse } from './lighthouse.js';
import { longTaskNotes, longTaskRows } from './longtasks.js';
import { printPhone } from './phone.js';
import { printPreMap } from './premap.js';
import { printStoryData } from './storydata.js';
import { readyRows } from './ready.js';
import { scrollyNotes, scrollyRows } from './scrolly.js';
import { selectionNotes, selectionRows } from './selection.js';
import { printSizes } from './sizes.js';

/**
 * @param {{ chromium?: string, webgl?: string, node: string, cpus: number, loadAtStart: number, loadAtEnd: number }} env
 */
function printEnvironment(env) {
  console.log(
    `\nChromium ${env.chromium ?? '?'}, Node ${env.node}, ${env.cpus} CPUs, WebGL: ${env.webgl ?? '?'}`,
  );
  const load = `load average ${env.loadAtStart.toFixed(1)} at start, ${env.loadAtEnd.toFixed(1)} at end`;
  const busy = Math.max(env.loadAtStart, env.loadAtEnd) > env.cpus;
  console.log(busy ? `${load}: the machine was busy, so timings are inflated.` : `${load}.`);
  // Without a GPU, headless chromium composites in software and reads every WebGL frame back
  // on the main thread (GLES2::ReadPixels in a trace), so each map frame blocks it.
  if (/swiftshader/i.test(env.webgl ?? ''))
    console.log(
      'WebGL runs on the CPU here: every map frame blocks the main thread while it is read ' +
        'back, so TBT, long tasks, selection latency and map ready are far above what a ' +
        'device with a GPU shows.',
    );
}

/** @param {any} results everything measured, as written to results.json */
export function printReport(results) {
  printEnvironment(results.environment);
  printLighthouse(results.lighthouse);
  printSizes(results.sizes);
  printPreMap(results.preMapJs);
  printStoryData(results.storyData);
  // The desktop timings share one table; each measure gives its rows and the notes under it.
  printTable(
    'Timings in chromium (desktop 1280x800, no throttling)',
    ['measure', 'figure', 'spread', 'budget', 'status'],
    [readyRows, selectionRows, heapRows, scrollyRows, longTaskRows].flatMap((f) => f(results)),
  );
  for (const line of [selectionNotes, scrollyNotes, longTaskNotes].flatMap((f) => f(results)))
    console.log(line);
  printPhone(results.phone);
  printEditor(results.editor);
  printBuild(results.build);
  printBudgets(results.budgets);
  for (const e of results.errors) console.log(`\nError in ${e.step}:\n${e.error}`);
}
