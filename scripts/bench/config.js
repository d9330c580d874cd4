/** What the bench builds, where it serves it, and how many samples each measure takes. */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

export const BUILD_DIR = 'build-bench';
/** Not 4173-4175: the e2e tests and `npm start` use those, and may be running meanwhile. */
export const PORT = 4181;
/**
 * The colour scheme the page is measured in: `npm run bench -- --theme dark` measures
 * `/?theme=dark`, which the page honours over the system's setting (core/theme), for every
 * measure alike; the default measures the page as it comes, light here.
 */
const themeAt = process.argv.indexOf('--theme');
export const THEME = themeAt > 0 ? process.argv[themeAt + 1] : undefined;
if (THEME !== undefined && THEME !== 'dark' && THEME !== 'light') {
  console.error(`--theme takes dark or light, not ${THEME}`);
  process.exit(1);
}
export const SITE = `http://localhost:${PORT}/${THEME ? `?theme=${THEME}` : ''}`;
/** Each scheme's results in a file of its own, so that one run does not overwrite the other. */
export const RESULTS = THEME === 'dark' ? 'bench/results-dark.json' : 'bench/results.json';
export const CHROMIUM = CHROMIUM_PATH;

/** The desktop window of the timing measures (Playwright): a common laptop screen. */
export const DESKTOP = { width: 1280, height: 800 };

/** Lighthouse's mobile device: a Moto G Power's screen. */
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

export const LIGHTHOUSE_RUNS = 3;
export const MAP_READY_LOADS = 5;
export const SELECTIONS = 30;
export const HEAP_SELECTIONS = 50;
export const PHONE_LOADS = 3;

/** The flags of the Playwright measures: the project's own, as the e2e tests launch it. */
export const PLAYWRIGHT_FLAGS = CHROMIUM_ARGS;

/**
 * The chromium flags of the Lighthouse runs: what a reader types, `--chrome-flags="--headless=new
 * --no-sandbox"` (these machines have no display, and every launch here goes without the
 * sandbox, as the design notes say), plus the switches that keep chromium from calling home, which a closed network
 * refuses and which would otherwise add requests and timeouts of their own:
 * `--disable-background-networking` (update checks, safe browsing, metrics uploads),
 * `--disable-component-update` (downloads of components such as the CRL set),
 * `--disable-sync` (the Google account sync service) and `--no-first-run` (the first-run
 * dialogs and their requests). chrome-launcher, which the CLI uses, passes these four by
 * default too, so they change nothing Lighthouse measures. Unlike PLAYWRIGHT_FLAGS there is
 * no `--disable-dev-shm-usage`: it is for containers whose /dev/shm is small (Debian's
 * chromium wrapper adds it itself below 3.8 GB), and a reader's Lighthouse does not pass it.
 * Nothing here touches WebGL or the GPU: MapLibre loads in these runs as in a reader's.
 */
export const LIGHTHOUSE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
