/**
 * `npm run check:story -- --geojson` writes data for other programs: all of it must arrive
 * through a pipe, however slowly the reader takes it (a pipe holds 64 KB; the bundled story's
 * GeoJSON is several times that).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('npm run check:story -- --geojson', () => {
  it('writes the whole FeatureCollection through a pipe to a reader that starts late', () => {
    // The reader sleeps before it reads: the writer fills the pipe and must wait for it.
    const reader = `sleep 1; node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const j=JSON.parse(s);console.log(s.length, j.features.length)})"`;
    const run = spawnSync(
      'bash',
      ['-c', `npx tsx scripts/check-story.ts --geojson | (${reader})`],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.status).toBe(0);
    const [length, features] = run.stdout.trim().split(' ').map(Number);
    expect(length).toBeGreaterThan(4 * 64 * 1024);
    const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8')).features.length;
    expect(features).toBe(places);
  });

  it('ends quietly when its reader stops reading early', () => {
    // `head` closes the pipe after one line; the writer must not die with an EPIPE trace.
    const run = spawnSync(
      'bash',
      ['-c', 'set -o pipefail; npx tsx scripts/check-story.ts --geojson | head -c 100'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\{"type":"FeatureCollection"/);
  });
});
