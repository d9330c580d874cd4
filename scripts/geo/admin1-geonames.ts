/**
 * GeoNames' first-order divisions that Natural Earth's outlines predate, for
 * scripts/geo/admin1-extract.ts: Kenya's 47 counties (2013) where Natural Earth has its eight
 * provinces, the Democratic Republic of the Congo's 26 provinces (2015) where it has eleven,
 * and divisions renamed since ("N.W.F.P." is Khyber Pakhtunkhwa since 2010).
 *
 * Each is placed by its seat, the town GeoNames' cities500 marks as the seat of that division
 * (feature code PPLA). A seat that lies alone in a division of Natural Earth's which no GeoNames
 * division matched, where the two hold the same towns and one of the names is a spelling of the
 * other's (or the rename is in RENAMED), is a rename: that outline takes the division's English
 * name and code. Any other becomes an approximate point at its seat. A country whose codes
 * GeoNames has renumbered since the package's list was made is left as it is.
 */
import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Admin1Props } from '../../src/lib/server/gazetteer/extract.ts';
import { citiesFile } from '../../src/lib/server/gazetteer/cities.ts';
import { fold } from '../../src/lib/server/gazetteer/names.ts';
import type { Division as GnDivision } from './admin1-names.ts';

type Division = Feature<Polygon | MultiPolygon | Point, Admin1Props>;

interface Town {
  at: Position;
  name: string;
  /** Its division's GeoNames admin1 code. */
  admin: string;
  seat: boolean;
  pop: number;
}

/** cities500's towns by country (ISO 3166-1 alpha-2). */
function towns(): Map<string, Town[]> {
  const out = new Map<string, Town[]>();
  // GeoNames' columns: 1 name, 4 latitude, 5 longitude, 7 feature code, 8 country, 10 admin1,
  // 14 population.
  for (const line of readFileSync(citiesFile(), 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const list = out.get(f[8]) ?? [];
    list.push({
      at: [Number(f[5]), Number(f[4])],
      // Its name in Latin letters: GeoNames' own is at times in the local script (Петровец).
      name: /^[\p{Script=Latin}\s'’.-]+$/u.test(f[1]) ? f[1] : f[2],
      admin: f[10],
      seat: f[7] === 'PPLA',
      pop: Number(f[14]) || 0,
    });
    out.set(f[8], list);
  }
  return out;
}

/** The share of one a rename needs of the other's towns, both ways (see `sameTowns`). */
const SAME = 0.7;

/**
 * Whether an outline and a GeoNames division hold the same towns: most towns inside the
 * outline are the division's, and most of the division's are inside. A renamed division does
 * (N.W.F.P. and Khyber Pakhtunkhwa); a city that is a province's seat does not (Butuan, the
 * seat of Caraga), nor a region holding several provinces.
 */
function sameTowns(outline: Division, admin: string, all: Town[]): boolean {
  const geometry = outline.geometry;
  if (geometry.type === 'Point') return false;
  const inside = all.filter((t) => booleanPointInPolygon(t.at, geometry));
  const both = inside.filter((t) => t.admin === admin).length;
  const its = all.filter((t) => t.admin === admin).length;
  return both >= 2 && both >= SAME * inside.length && both >= SAME * its;
}

const round = (p: Position) => p.map((x) => Math.round(x * 100) / 100);

/**
 * Renames whose names share nothing, by Natural Earth's code and the ISO 3166-2 code now:
 * North-West Frontier Province became Khyber Pakhtunkhwa (2010), the Northern Areas
 * Gilgit-Baltistan (2009), Leninabad Sughd (2000), Tashauz Daşoguz (1992), and Chita Oblast
 * joined Zabaykalsky Krai (2008).
 */
const RENAMED: Record<string, string> = {
  'PAK/N.W.F.P.': 'PK-KP',
  'PAK/Northern Areas': 'PK-NA',
  'TJK/Leninabad': 'TJ-SU',
  'TKM/Tashauz': 'TM-D',
  'RUS/Chita': 'RU-ZAB',
};

/**
 * A division's names to trust, its English one first: all of them, or GeoNames' own alone
 * where the English name is another division's (the package calls Morocco's Souss-Massa,
 * MA-09 since 2015, by the former MA-09's name, Chaouia-Ouardigha).
 */
function namesOf(d: GnDivision): string[] {
  // One word of one a spelling of one of the other's: "Stavropol Krai", "Stavropol'skiy".
  const words = (n: string) => n.split(/[\s-]+/).filter((w) => letters(w).length >= 4);
  const same = !d.gn || words(d.en).some((a) => words(d.gn!).some((b) => spellings(a, b)));
  return same ? [d.en, ...d.names] : [d.gn!];
}

/** Letters only, folded: "Dar`a" and "Daraa" compare as "dara" and "daraa". */
const letters = (n: string) => fold(n).replace(/[^a-z]/g, '');

/** Edit distance, for spellings of one name ("Hirat", "Herat"). */
function edits(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** Two spellings of one name: one holds the other, or they differ in a quarter of their letters. */
function spellings(a: string, b: string): boolean {
  const [x, y] = [letters(a), letters(b)];
  if (!x || !y) return false;
  return x.includes(y) || y.includes(x) || edits(x, y) <= Math.max(x.length, y.length) / 4;
}

/**
 * Adds the GeoNames divisions no feature stands for yet to `features`. `outlines`: the
 * features a seat may lie in (not regions joined of several); `unmatched`: the divisions no Natural
 * Earth division was matched to; `matched`: the features that were matched to one; `iso3Of`:
 * the gazetteer's country code for an alpha-2 one, or undefined for a country to leave alone.
 */
export function addGeoNamesDivisions(
  outlines: Division[],
  features: Division[],
  unmatched: Map<string, GnDivision[]>,
  matched: Map<Admin1Props, GnDivision>,
  iso3Of: (cc: string) => string | undefined,
): { renamed: string[]; added: number; skipped: string[] } {
  const byCountry = towns();
  const codes = new Set(features.map((f) => f.properties.code));
  const named = (f: Division, n: string) =>
    [f.properties.name, f.properties.en, ...(f.properties.alt ?? [])].some(
      (x) => x !== undefined && fold(x) === fold(n),
    );
  const renamed: string[] = [];
  const skipped: string[] = [];
  let added = 0;
  for (const [cc, divisions] of unmatched) {
    const iso3 = iso3Of(cc);
    if (!iso3) continue;
    const own = features.filter((f) => f.properties.country === iso3);
    const ownOutlines = outlines.filter(
      (f) => f.properties.country === iso3 && f.geometry.type !== 'Point',
    );
    const all = byCountry.get(cc) ?? [];
    // Each division's seat: its largest town GeoNames marks as the seat of a division.
    const seatOf = (admin: string) =>
      all
        .filter((t) => t.seat && t.admin === admin)
        .reduce<Town | undefined>((a, t) => (a && a.pop >= t.pop ? a : t), undefined);
    // GeoNames has renumbered some countries' divisions (Morocco's in 2015) since the package's
    // list was made: where the seats of the divisions already matched are not inside their
    // outlines, the codes are of two generations, and the country is left as it is.
    const pairs = [...matched].filter(
      ([p, d]) => p.country === iso3 && seatOf(d.admin) && own.some((f) => f.properties === p),
    );
    const inOwn = pairs.filter(([p, d]) => {
      const f = own.find((x) => x.properties === p)!;
      return f.geometry.type !== 'Point' && booleanPointInPolygon(seatOf(d.admin)!.at, f.geometry);
    });
    // With few divisions matched, the seats' names tell instead: many divisions are named
    // after their seat (Kenya's Bungoma, Embu, Garissa), and codes of another generation
    // would give seats of other names.
    const seatNamed = divisions.filter((d) => {
      const seat = seatOf(d.admin);
      return seat && spellings(seat.name, d.en);
    });
    const agree =
      pairs.length >= 3
        ? inOwn.length >= 0.8 * pairs.length
        : seatNamed.length >= 0.5 * divisions.length;
    if (!agree) {
      skipped.push(cc);
      continue;
    }
    const placed = divisions.flatMap((d) => {
      const seat = seatOf(d.admin);
      // Already there by one of its names (a label point's division, a spelling).
      if (!seat || own.some((f) => [d.en, ...d.names].some((n) => named(f, n)))) return [];
      const around = ownOutlines.filter(
        (f) => f.geometry.type !== 'Point' && booleanPointInPolygon(seat.at, f.geometry),
      );
      return [{ d, seat, around }];
    });
    for (const { d, seat, around } of placed) {
      const [outline] = around;
      const alone =
        around.length === 1 &&
        !matched.has(outline.properties) &&
        placed.filter((x) => x.around.includes(outline)).length === 1 &&
        sameTowns(outline, d.admin, all);
      const code = d.iso && !codes.has(d.iso) ? d.iso : `${iso3}/${d.en}`;
      // The same towns under names that are no spelling of its own and no known rename: the
      // lists disagree about what the division is called; neither is added.
      const known = alone ? [outline.properties.name, ...(outline.properties.alt ?? [])] : [];
      const spelled =
        alone &&
        (RENAMED[outline.properties.code] === d.iso ||
          namesOf(d).some((n) => known.some((k) => spellings(n, k))));
      if (alone && !spelled) continue;
      if (alone) {
        // Natural Earth's name stays its name, and resolves its old ref; the English name is
        // drafted too.
        const p = outline.properties;
        const have = new Set([p.name, ...(p.alt ?? [])].map(fold));
        const more = namesOf(d).filter((n) => !have.has(fold(n)) && have.add(fold(n)));
        if (more.length) p.alt = [...(p.alt ?? []), ...more];
        p.en = namesOf(d)[0];
        renamed.push(`${p.code} (${p.name}) → ${code} (${p.en})`);
        if (d.iso && !codes.has(d.iso)) p.code = d.iso;
        codes.add(p.code);
        matched.set(p, d);
        continue;
      }
      if (codes.has(code)) continue;
      codes.add(code);
      features.push({
        type: 'Feature',
        properties: {
          name: d.en,
          ...(d.names.length ? { alt: d.names } : {}),
          code,
          country: iso3,
          type: 'Region',
          seat: seat.name,
        },
        geometry: { type: 'Point', coordinates: round(seat.at) },
      });
      added++;
    }
  }
  return { renamed, added, skipped };
}
