/**
 * A fingerprint of everything a build depends on: the sources, the story files named by
 * STORY_ARTICLE and STORY_PLACES, the lockfile and the environment that shapes the output.
 * `npm start` and the e2e tests rebuild only when it changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const INPUTS = ['src', 'static', 'geo', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
const ENV = ['STORY_ARTICLE', 'STORY_PLACES', 'BASE_PATH', 'SITE_URL', 'BUILD_DIR'];

const outDir = (env) => env.BUILD_DIR || 'build';
const stampFile = (env) => `.svelte-kit/build-stamp-${outDir(env).replace(/[^\w-]/g, '_')}`;

function files(path) {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function fingerprint(env = process.env) {
  const hash = createHash('sha256');
  const story = [env.STORY_ARTICLE, env.STORY_PLACES].filter(Boolean);
  for (const file of [...INPUTS.flatMap(files), ...story.flatMap(files)]) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const key of ENV) hash.update(`${key}=${env[key] ?? ''}\0`);
  return hash.digest('hex');
}

export function isBuildCurrent(env = process.env) {
  const stamp = stampFile(env);
  return (
    existsSync(join(outDir(env), 'index.html')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === fingerprint(env)
  );
}

export function writeStamp(env = process.env) {
  const stamp = stampFile(env);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, fingerprint(env));
}
