import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { openSession, refresh, savePlaces, StartError } from './session';

let dir: string;
let article: string;
let places: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'session-'));
  article = join(dir, 'article.md');
  places = join(dir, 'places.geojson');
  copyFileSync('tests/draft/libya-zawiya-afp/article.md', article);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openSession', () => {
  it('starts from a draft when the places file does not exist, and writes nothing', () => {
    const s = openSession(article, places);
    expect(s.version).toBeNull();
    expect(s.file.features.length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['article.md']);
  });

  it('names the file and what to do when an input is missing or invalid', () => {
    expect(() => openSession(join(dir, 'nope.md'), places)).toThrow(StartError);
    expect(() => openSession(join(dir, 'nope.md'), places)).toThrow(/nope\.md: no such file/);
    expect(() => openSession(dir, places)).toThrow(/is a directory/);
    expect(() => openSession(article, join(dir, 'nope', 'places.geojson'))).toThrow(
      /no such folder/,
    );
    writeFileSync(places, '{"type": "Feature');
    expect(() => openSession(article, places)).toThrow(/places\.geojson is not valid JSON/);
    writeFileSync(places, '{"type": "Feature"}');
    expect(() => openSession(article, places)).toThrow(/not a GeoJSON FeatureCollection/);
    expect(readFileSync(places, 'utf8')).toBe('{"type": "Feature"}');
  });
});

describe('savePlaces', () => {
  it('creates the file, then replaces it keeping the previous version as .bak', () => {
    const s = openSession(article, places);
    const features = s.file.features;
    const first = savePlaces(s, features, [], null);
    expect(first.status).toBe(200);
    const written = readFileSync(places, 'utf8');
    expect(JSON.parse(written).features).toHaveLength(features.length);

    const [gone, ...kept] = features;
    const second = savePlaces(s, kept, [gone], s.version);
    expect(second.status).toBe(200);
    expect(readFileSync(`${places}.bak`, 'utf8')).toBe(written);
    const now = JSON.parse(readFileSync(places, 'utf8'));
    expect(now.removed).toEqual([gone]);
    expect(readdirSync(dir).sort()).toEqual(['article.md', 'places.geojson', 'places.geojson.bak']);
    // A later session leaves the removed place's name out of its draft.
    const again = openSession(article, places);
    const name = (gone.properties as { name: string }).name;
    expect(again.draft.places.map((p) => p.name)).not.toContain(name);
    expect(again.draft.notPlaces.map((n) => n.reason)).toContain('removed by an editor');
  });

  it('refuses (409) a file changed on disk since it was loaded, and leaves it', () => {
    const s = openSession(article, places);
    expect(savePlaces(s, s.file.features, [], null).status).toBe(200);
    writeFileSync(places, readFileSync(places, 'utf8') + '\n');
    const changed = readFileSync(places, 'utf8');
    const r = savePlaces(s, [], [], s.version);
    expect(r.status).toBe(409);
    expect(readFileSync(places, 'utf8')).toBe(changed);
    refresh(s);
    expect(savePlaces(s, s.file.features, [], s.version).status).toBe(200);
  });

  it('refuses (422) a story that does not pass the checks, with each problem by place', () => {
    const s = openSession(article, places);
    // A place by ref carries no geometry (RFC 7946 allows null; the types want a Geometry).
    const bad = {
      type: 'Feature',
      properties: { id: 'atlantis', name: 'Atlantis', kind: 'city', aliases: [], ref: 'city:1' },
      geometry: null,
    } as unknown as Feature;
    const r = savePlaces(s, [...s.file.features, bad], [], null);
    expect(r.status).toBe(422);
    if (r.status !== 422) return;
    expect(r.problems.map((p) => p.where)).toContain('place "atlantis"');
    expect(readdirSync(dir)).toEqual(['article.md']);
  });
});
