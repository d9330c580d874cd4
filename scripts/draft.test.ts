/**
 * `npm run draft` as a newsroom runs it: bad input stops it with a message on standard error,
 * a non-zero exit and nothing written; an existing file is not overwritten without --force;
 * a good article gives a places file that the story checker accepts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function draft(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/draft.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const FRONT = '---\ntitle: Test\nsource: Test Desk\n---\n\n';

describe('npm run draft on bad input', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing article', () => [join(dir, 'nope.md')], /no such file/],
    ['an unreadable article (a directory)', () => [dir], /directory/],
    ['an empty article', () => [file('empty.md', '  \n')], /empty/],
    [
      'an article without front matter',
      () => [file('bare.md', 'Floods hit Vienna.\n')],
      /front matter/,
    ],
    [
      'an article that names no place',
      () => [file('none.md', `${FRONT}The committee met on Monday and adjourned.\n`)],
      /names no place/,
    ],
  ];
  for (const [what, args, message] of cases)
    it(`refuses ${what}, writes nothing`, () => {
      const out = join(dir, `${what.replace(/\W+/g, '-')}.geojson`);
      const r = draft(...args(), '--out', out);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }, 60_000);
});

describe('npm run draft on a good article', () => {
  const article = file(
    'story.md',
    `${FRONT}Floodwater reached Vienna. Austria’s rail lines closed.\n`,
  );
  const out = join(dir, 'places.geojson');

  it('writes places beside the article that the story checker accepts', () => {
    const r = draft(article);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/vienna\s+city/);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([
      'vienna',
      'austria',
    ]);
    const check = spawnSync('npx', ['tsx', 'scripts/check-story.ts', '--quiet'], {
      encoding: 'utf8',
      env: { ...process.env, STORY_ARTICLE: article, STORY_PLACES: out },
      timeout: 60_000,
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 120_000);

  it('refuses to overwrite without --force and leaves the file untouched', () => {
    writeFileSync(out, 'keep me');
    const r = draft(article, '--out', out);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/already exists.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = draft(article, '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/"ref":"city:2761369"/);
  }, 120_000);

  it('with --force keeps the places an editor removed, and leaves their names out', () => {
    const removed = {
      type: 'Feature',
      properties: {
        id: 'austria',
        name: 'Austria',
        kind: 'country',
        aliases: [],
        ref: 'country:AUT',
      },
      geometry: null,
    };
    writeFileSync(
      out,
      JSON.stringify({ type: 'FeatureCollection', features: [], removed: [removed] }),
    );
    const r = draft(article, '--out', out, '--force');
    expect(r.status).toBe(0);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual([
      'vienna',
    ]);
    expect(fc.removed).toEqual([removed]);
    expect(r.stdout).toMatch(/removed by an editor/);
  }, 120_000);
});
