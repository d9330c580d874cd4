/**
 * `npm test`: the whole quality gate, in order, stopping at the first failure: formatting,
 * lint, type check, the source tree's layout (scripts/check-layout.js), unit and component tests, then the end-to-end tests in Debian's chromium
 * against fresh production builds of the bundled story and of a small second story.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensurePackages } from './ensure.js';

const steps = [
  ['Formatting', 'npx', ['prettier', '--check', '.']],
  ['Lint', 'npx', ['eslint', '.']],
  ['Types', 'npm', ['run', '--silent', 'check']],
  ['Layout (import cycles, file names and sizes, colours)', 'node', ['scripts/check-layout.js']],
  ['Unit and component tests', 'npx', ['vitest', 'run']],
  ['Builds for the browser tests', 'node', ['scripts/build-if-needed.js', '--e2e']],
  ['Browser tests', 'npx', ['playwright', 'test']],
];

let status = ensurePackages() || ensureChromium();
if (status) process.exit(status);

const started = Date.now();
for (const [name, cmd, args] of steps) {
  console.log(`\n── ${name} ──`);
  const t0 = Date.now();
  status = spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
  if (status !== 0) {
    console.error(`\n${name} failed.`);
    process.exit(status);
  }
  console.log(`${name}: ok in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
