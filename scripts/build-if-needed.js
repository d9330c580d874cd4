/**
 * Builds the site unless the last build was made from the same inputs. With `--e2e` it also
 * builds what the end-to-end tests use besides: the small second story (`build-fixture/`) and
 * the bundled story under a sub-path (`build-subpath/`).
 */
import { spawnSync } from 'node:child_process';
import { isBuildCurrent, writeStamp } from './build-stamp.js';

export const FIXTURE_ENV = {
  STORY_ARTICLE: 'tests/fixtures/danube/article.md',
  STORY_PLACES: 'tests/fixtures/danube/places.geojson',
  BUILD_DIR: 'build-fixture',
};

/** The same story hosted under a sub-path, as a newsroom CMS might. */
export const SUBPATH_ENV = { BASE_PATH: '/explainers/isis', BUILD_DIR: 'build-subpath' };

export function buildIfNeeded(env = process.env) {
  if (isBuildCurrent(env)) {
    console.log(`${env.BUILD_DIR || 'build'}/ is up to date.`);
    return 0;
  }
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env });
  if (status === 0) writeStamp(env);
  return status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let status = buildIfNeeded();
  if (status === 0 && process.argv.includes('--e2e'))
    status = buildIfNeeded({ ...process.env, ...FIXTURE_ENV });
  if (status === 0 && process.argv.includes('--e2e'))
    status = buildIfNeeded({ ...process.env, ...SUBPATH_ENV });
  process.exit(status);
}
