/** Builds the site unless the last build was made from the same inputs. */
import { spawnSync } from 'node:child_process';
import { isBuildCurrent, writeStamp } from './build-stamp.js';

export function buildIfNeeded() {
  if (isBuildCurrent()) {
    console.log('The build is up to date.');
    return 0;
  }
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (status === 0) writeStamp();
  return status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(buildIfNeeded());
