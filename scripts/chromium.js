/**
 * How this project starts Debian's chromium, in one place for the tests, the screenshots and
 * the bench. A browser download is neither needed nor possible on these machines.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Without the networking switches chromium calls home at start, which a closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
