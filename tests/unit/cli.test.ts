/**
 * The commands a newsroom runs stop on a bad story with a non-zero exit, one line per
 * problem, and no output written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'story-'));
const badPlaces = join(dir, 'places.geojson');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const good = JSON.parse(readFileSync('tests/fixtures/danube/places.geojson', 'utf8'));
good.features.push({
  type: 'Feature',
  properties: { id: 'graz', name: 'Graz', kind: 'city', aliases: [] },
  geometry: { type: 'Point', coordinates: [15.44, 47.07] },
});
good.features.push({
  type: 'Feature',
  properties: { id: 'Salzburg!', name: 'Salzburg', kind: 'city', aliases: [] },
  geometry: { type: 'Point', coordinates: [14.29, 48.31] },
});
writeFileSync(badPlaces, JSON.stringify(good));

const env = {
  ...process.env,
  STORY_ARTICLE: 'tests/fixtures/danube/article.md',
  STORY_PLACES: badPlaces,
};

function run(cmd: string, args: string[], extra: Record<string, string> = {}) {
  return spawnSync(cmd, args, { env: { ...env, ...extra }, encoding: 'utf8', timeout: 60_000 });
}

describe('commands on a bad story', () => {
  it('check:story exits 1 and names each problem', () => {
    const r = run('npx', ['tsx', 'scripts/check-story.ts']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('The story cannot be built (2 problems):');
    expect(r.stderr).toContain(
      `${badPlaces} (place "Salzburg!"): id "Salzburg!" is not a URL slug.`,
    );
    expect(r.stderr).toContain(
      `${badPlaces} (place "graz"): "Graz" is never mentioned in tests/fixtures/danube/article.md.`,
    );
  });

  it('npm run build stops before writing anything', () => {
    const out = join(dir, 'never-written');
    const r = run('npm', ['run', '--silent', 'build', '--', '--outDir', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('is not a URL slug');
    expect(r.stdout + r.stderr).not.toContain('vite v');
    expect(existsSync(out)).toBe(false);
  });

  it('npm start stops before serving', () => {
    const r = run('npm', ['start', '--silent'], { PORT: '4999' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('never mentioned');
    expect(r.stdout).not.toContain('running at');
  });

  it('a missing file is named', () => {
    const r = run('npx', ['tsx', 'scripts/check-story.ts'], {
      STORY_ARTICLE: join(dir, 'missing.md'),
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'missing.md')}: the file cannot be read (ENOENT)`);
  });
});
