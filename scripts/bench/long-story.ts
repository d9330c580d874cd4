/**
 * `tsx scripts/bench/long-story.ts <places> <words> <dir>`: writes a long story for measuring the
 * build (`npm run bench -- --only build`): `<dir>/article.md` and `<dir>/places.geojson`.
 *
 * The text is the labelled articles of tests/draft joined and repeated until it has about
 * `<words>` words, with dispatch sentences naming each place a few times through it; the places are
 * the world's most populous cities of distinct names (GeoNames, by ref) and the countries they
 * lie in (by ref), so that a long story has the mix of areas and points a real one has.
 * The same arguments always make the same story.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citiesFile } from '../../src/lib/server/gazetteer/cities.ts';
import { countries } from '../../src/lib/server/gazetteer/countries.ts';

interface Pick {
  id: string;
  name: string;
  kind: 'city' | 'country';
  ref: string;
}

/** A plain name: letters and single spaces, so that it is found as written. */
const PLAIN = /^[A-Z][a-z]+( [A-Z][a-z]+)?$/;

/** The labelled articles' paragraphs, front matter and headings left out. */
function paragraphs(): string[] {
  const root = 'tests/draft';
  return readdirSync(root)
    .sort()
    .flatMap((dir) => {
      const text = readFileSync(join(root, dir, 'article.md'), 'utf8');
      const body = text.replace(/^---[\s\S]*?\n---\n/, '');
      return body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p && !p.startsWith('#'));
    });
}

/** `count` places: cities first by population, each followed by its country once. */
function pickPlaces(count: number): Pick[] {
  const byIso2 = new Map(countries().map((c) => [c.iso2, c]));
  const rows = readFileSync(citiesFile(), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    // GeoNames columns: 0 id, 1 name, 8 country code, 14 population.
    .filter((f) => f.length > 14 && PLAIN.test(f[1]))
    .map((f) => ({ id: f[0], name: f[1], cc: f[8], population: Number(f[14]) || 0 }))
    .sort((a, b) => b.population - a.population || a.id.localeCompare(b.id));
  const names = new Set<string>();
  const picks: Pick[] = [];
  // A name inside another (York, New York) would be read as both: keep neither twice.
  const clashes = (name: string) => [...names].some((n) => n.includes(name) || name.includes(n));
  const add = (p: Pick) => {
    if (picks.length < count && !clashes(p.name)) {
      names.add(p.name);
      picks.push(p);
    }
  };
  for (const row of rows) {
    if (picks.length >= count) break;
    const c = byIso2.get(row.cc);
    if (!c || !PLAIN.test(c.name) || clashes(row.name)) continue;
    add({ id: `city-${row.id}`, name: row.name, kind: 'city', ref: `city:${row.id}` });
    if (!names.has(c.name))
      add({ id: c.iso3.toLowerCase(), name: c.name, kind: 'country', ref: `country:${c.iso3}` });
  }
  return picks;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function longStory(placeCount: number, wordCount: number) {
  const picks = pickPlaces(placeCount);
  const source = paragraphs();
  const out: string[] = [];
  let total = 0;
  let i = 0;
  // Every other paragraph ends with a dispatch naming the next three places, round and round,
  // so that each place is named a few times across the story, as in a real long read.
  for (let p = 0; total < wordCount || p < picks.length; i++) {
    let para = source[i % source.length];
    if (i % 2 === 1) {
      const named = [0, 1, 2].map((k) => picks[(p + k) % picks.length]);
      p += 3;
      para += ` Correspondents also reported from ${named.map((n) => n.name).join(', ')}.`;
    }
    out.push(para);
    total += words(para);
  }
  const article = [
    '---',
    "title: 'A long read: dispatches from many places'",
    'source: Map explainer bench',
    'lang: en-GB',
    '---',
    '',
    out.join('\n\n'),
    '',
  ].join('\n');
  const places = {
    type: 'FeatureCollection',
    features: picks.map((p) => ({
      type: 'Feature',
      properties: { id: p.id, name: p.name, kind: p.kind, aliases: [], ref: p.ref },
      geometry: null,
    })),
  };
  return { article, places, placeCount: picks.length, wordCount: total };
}

if (process.argv[1]?.endsWith('long-story.ts')) {
  const [placesArg, wordsArg, dir] = process.argv.slice(2);
  if (!placesArg || !wordsArg || !dir) {
    console.error('usage: tsx scripts/bench/long-story.ts <places> <words> <dir>');
    process.exit(2);
  }
  const story = longStory(Number(placesArg), Number(wordsArg));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'article.md'), story.article);
  writeFileSync(join(dir, 'places.geojson'), JSON.stringify(story.places, null, 1) + '\n');
  console.log(`${dir}: ${story.placeCount} places, ${story.wordCount} words`);
}
