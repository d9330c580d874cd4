/**
 * `npm start`: checks the story, builds when the inputs changed since the last build, then
 * serves the production build at http://localhost:4173 (PORT overrides).
 */
import { spawnSync } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed.js';
import { ensurePackages } from './ensure.js';
import { serve } from './serve.js';

const installed = ensurePackages();
if (installed !== 0) process.exit(installed);

// The story is checked every time, so a bad story never gets served from an older build.
const check = spawnSync('npx', ['tsx', 'scripts/check-story.ts', '--quiet'], { stdio: 'inherit' });
if (check.status !== 0) process.exit(check.status ?? 1);

const status = buildIfNeeded();
if (status !== 0) process.exit(status);

const port = Number(process.env.PORT || 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
// The folder the build above wrote (BUILD_DIR), so that a second story is served as built.
const root = process.env.BUILD_DIR || 'build';
await serve({ root, port, base, frameAncestors: process.env.FRAME_ANCESTORS || '*' });
console.log(`\nThe explainer is running at http://localhost:${port}${base}/  (Ctrl+C stops it)`);
