/**
 * What `npm start` and `npm test` need before they run, installed when missing, so that the
 * quick start is two commands on a fresh clone: the npm packages (`npm ci`) and, for the
 * browser tests, Debian's chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { CHROMIUM_PATH as CHROMIUM } from './chromium.js';

function run(cmd, args) {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  return status ?? 1;
}

/** Runs `npm ci` when node_modules is missing or older than the lockfile. */
export function ensurePackages() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs)
    return 0;
  console.log('Installing the npm packages (npm ci)…');
  return run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Installs Debian's chromium with apt when it is missing and we may (root); else explains. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return 0;
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log("Installing Debian's chromium for the browser tests (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const opts = { stdio: 'inherit', env };
    spawnSync('apt-get', ['update', '-qq'], opts);
    const { status } = spawnSync(
      'apt-get',
      ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'],
      opts,
    );
    if (status === 0 && existsSync(CHROMIUM)) return 0;
  }
  console.error(
    `The browser tests need chromium at ${CHROMIUM}. Install it with "sudo apt-get install -y chromium", or set CHROMIUM_PATH.`,
  );
  return 1;
}
