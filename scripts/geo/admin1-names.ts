/**
 * English names and ISO 3166-2 codes for Natural Earth's first-order divisions, from the npm
 * package `iso3166-2-db@2.3.11` (MIT; its names come from GeoNames, OpenStreetMap and
 * Wikipedia), unpacked with `npm pack iso3166-2-db@2.3.11`. Its `data/iso3166-2.json` lists
 * each country's GeoNames first-order divisions: English and local names, the GeoNames admin1
 * code (`admin`) and the ISO 3166-2 code (`iso`).
 *
 * Natural Earth ties each division to GeoNames by `gn_a1_code` (`DE.02`). Where one division is
 * one GeoNames division (Bayern is DE.02), it gains the English name ("Bavaria") and the code
 * (`DE-BY`). Where Natural Earth's divisions are smaller (Italy's provinces, Spain's), its
 * `region` column names the GeoNames division they make up together (Toscana): those are
 * joined into it (Tuscany, `IT-52`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN1_CODE } from '../../src/lib/core/ref.ts';
import { fold } from '../../src/lib/server/gazetteer/names.ts';

/** One GeoNames first-order division, as iso3166-2-db lists it. */
export interface Division {
  /** Its English name, without a kind's word after it ("Lambayeque", not "Lambayeque Region"). */
  en: string;
  /** Its names in Latin letters in the package's other languages, and GeoNames'. */
  names: string[];
  /** `<ISO 3166-1 alpha-2>-<code>` when that is a well-formed ISO 3166-2 code. */
  iso?: string;
  /** The GeoNames admin1 code, without the country (`02`). */
  admin: string;
  /** Its GeoNames id. */
  geonames?: number;
  /** GeoNames' own name for it, which the package's other names sometimes predate. */
  gn?: string;
}

interface DbRegion {
  name: string;
  names: Record<string, string>;
  iso: string;
  fips?: string;
  admin?: string;
  reference?: { geonames?: number | string };
}

/** A kind's word after a name, in English, which news text writes or leaves out. */
const KIND_AFTER =
  /\s+(?:Region|Province|Prefecture|Governorate|State|District|Department|County|Oblast|Municipality|Voivodeship|Division)$/u;

const latin = (n: string) => /^[\p{Script=Latin}\s'’.-]+$/u.test(n);

/** Each country's divisions, by its ISO 3166-1 alpha-2. */
export function divisionsByCountry(dbPackage: string): Map<string, Division[]> {
  const db = JSON.parse(readFileSync(join(dbPackage, 'data/iso3166-2.json'), 'utf8')) as Record<
    string,
    { iso: string; regions: DbRegion[] }
  >;
  const out = new Map<string, Division[]>();
  for (const country of Object.values(db))
    out.set(
      country.iso,
      country.regions.map((r) => {
        const english = (r.names.en ?? r.name).replace(KIND_AFTER, '');
        const iso = `${country.iso}-${r.iso}`;
        return {
          en: english,
          names: [
            ...new Set(
              [r.name, r.names.geonames, ...Object.values(r.names)].filter(
                (n): n is string => !!n && latin(n) && n !== english,
              ),
            ),
          ],
          ...(ADMIN1_CODE.test(iso) ? { iso } : {}),
          admin: r.admin ?? r.fips ?? '',
          ...(r.reference?.geonames ? { geonames: Number(r.reference.geonames) } : {}),
          ...(r.names.geonames ? { gn: r.names.geonames } : {}),
        };
      }),
    );
  return out;
}

/**
 * The division a Natural Earth division is, by its GeoNames id or its `gn_a1_code` (`DE.02`),
 * when one of its names (`names`: its name, other names and Yahoo's) is one of the
 * division's. GeoNames has renumbered some countries' divisions since Natural Earth took the
 * codes (France's regions, Kenya's counties), so a code alone may name another division.
 */
export function byGeoNames(
  all: Map<string, Division[]>,
  ids: { gnId?: number; a1?: string },
  names: string[],
): Division | undefined {
  const m = ids.a1 ? /^([A-Z]{2})\.(\w+)$/.exec(ids.a1) : null;
  const list = m ? (all.get(m[1]) ?? []) : [...all.values()].flat();
  const own = new Set(names.filter(Boolean).map((n) => fold(n.replace(KIND_AFTER, ''))));
  const agrees = (d: Division) =>
    [d.en, ...d.names].some((n) => own.has(fold(n.replace(KIND_AFTER, ''))));
  return [
    list.find((d) => ids.gnId !== undefined && d.geonames === ids.gnId),
    m ? list.find((d) => d.admin === m[2]) : undefined,
  ].find((d): d is Division => !!d && agrees(d));
}

/** The division a name (Natural Earth's `region`, "Toscana") is one of the names of. */
export function byName(divisions: Division[], name: string): Division | undefined {
  const key = fold(name);
  return divisions.find((d) => [d.en, ...d.names].some((n) => fold(n) === key));
}

/** French, Spanish and Portuguese words of direction in divisions' names, in English. */
const AFTER: Record<string, string[]> = {
  Occidental: ['Western', 'West'],
  Ocidental: ['Western', 'West'],
  Ouest: ['Western', 'West'],
  Oriental: ['Eastern', 'East'],
  Est: ['Eastern', 'East'],
  Central: ['Central'],
  Centrale: ['Central'],
  Nord: ['North', 'Northern'],
  Norte: ['North', 'Northern'],
  Sud: ['South', 'Southern'],
  Sur: ['South', 'Southern'],
  Sul: ['South', 'Southern'],
};
const BEFORE: Record<string, string[]> = {
  Nord: ['North'],
  Sud: ['South'],
  Haut: ['Upper'],
  Bas: ['Lower'],
};

/**
 * The English forms of a division's name with a word of direction, as English news writes
 * them: "Kasaï-Occidental" is Western Kasai, "Plateau Central" the Central Plateau, "Haut-Uélé"
 * Upper Uele. One word of name only: "Nord-Pas-de-Calais" and "Rio Grande do Norte" are names.
 */
export function englishDirections(name: string): string[] {
  const after = /^(\p{L}+)[- ](\p{L}+)$/u.exec(name);
  const before = /^(\p{L}+)-(\p{L}+)$/u.exec(name);
  const out = [
    ...(after ? (AFTER[after[2]] ?? []).map((d) => `${d} ${after[1]}`) : []),
    ...(before ? (BEFORE[before[1]] ?? []).map((d) => `${d} ${before[2]}`) : []),
  ];
  // Not a kind's word or another direction: "Distrito Central", "Centre-Est", "Extrême-Nord".
  const rest = (n: string) => n.split(' ')[1];
  return out.filter((n) => !AFTER[rest(n)] && !BEFORE[rest(n)] && !GENERIC.test(rest(n)));
}

const GENERIC =
  /^(?:Regi[oó]n|Regione|Region|R[ée]gion|Distrito|Distretto|District|Provincia|Province|D[ée]partement|Departamento|Estado|Centre|Centro|Extr[êe]me|Plateau)$/u;
