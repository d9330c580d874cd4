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

describe('check:story on a good story', () => {
  const fixture = {
    STORY_ARTICLE: 'tests/fixtures/danube/article.md',
    STORY_PLACES: 'tests/fixtures/danube/places.geojson',
  };

  it('--geojson prints the places with every ref resolved, and nothing else on stdout', () => {
    const r = run('npx', ['tsx', 'scripts/check-story.ts', '--geojson'], fixture);
    expect(r.status).toBe(0);
    const fc = JSON.parse(r.stdout) as GeoJSON.FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    const byId = new Map(fc.features.map((f) => [f.properties!.id, f]));
    expect(byId.get('vienna')!.properties!.ref).toBe('city:2761369');
    expect(byId.get('vienna')!.geometry.type).toBe('Point');
    expect(byId.get('austria')!.geometry.type).toMatch(/Polygon/);
    expect(byId.get('danube')!.geometry.type).toMatch(/LineString/);
    expect(fc.features.every((f) => f.geometry !== null)).toBe(true);
  });

  it('warns when the map data is over its budget, naming the heaviest places', () => {
    // Austria pasted as a ring of 40,000 noisy points: far over 100 KB gzipped.
    const places = JSON.parse(readFileSync(fixture.STORY_PLACES, 'utf8'));
    const austria = places.features.find((f: GeoJSON.Feature) => f.properties!.id === 'austria');
    const ring: number[][] = [];
    for (let i = 0; i < 40_000; i++) {
      const a = (i / 40_000) * 2 * Math.PI;
      const r = 2 + 0.3 * Math.sin(i * 7.31) * Math.cos(i * 1.7);
      ring.push([+(14 + r * Math.cos(a)).toFixed(6), +(47.5 + r * Math.sin(a) * 0.6).toFixed(6)]);
    }
    ring.push(ring[0]);
    austria.geometry = { type: 'Polygon', coordinates: [ring] };
    delete austria.properties.ref;
    const heavy = join(dir, 'heavy.geojson');
    writeFileSync(heavy, JSON.stringify(places));
    const r = run('npx', ['tsx', 'scripts/check-story.ts', '--quiet'], {
      ...fixture,
      STORY_PLACES: heavy,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/the map data is [\d.]+ KB gzipped, over its budget of 100\.0 KB/);
    expect(r.stderr).toMatch(/heaviest places: austria /);
  });
});
