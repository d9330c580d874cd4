/**
 * Natural Earth draws a river as many segments, each named as the country it crosses names it
 * (the Euphrates is "Firat" in Turkey, "Al Furat" in Syria, "Euphrates" in Iraq), and two
 * rivers far apart may share a name (the Colorado of the United States and of Argentina).
 * Here the segments of one river become one MultiLineString under its English name: segments
 * are grouped by name (local names mapped below), each group split into connected systems, and
 * a second system of the same name is called "<name> (<ISO3 of the country it is in>)".
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { NamedProps } from '../../src/lib/server/gazetteer/extract.ts';

/**
 * Local names of segments of rivers that Natural Earth also names in English elsewhere, from
 * its own `name_en` where it has one and from the segments met in ne_10m (checked by eye on
 * the map: each pair is one river).
 */
export const RIVER_ENGLISH: Record<string, string> = {
  Firat: 'Euphrates',
  'Al Furat': 'Euphrates',
  Dicle: 'Tigris',
  Donau: 'Danube',
  Rhein: 'Rhine',
  Rhin: 'Rhine',
  Tajo: 'Tagus',
  Tejo: 'Tagus',
  Tisa: 'Tisza',
  Ertis: 'Irtysh',
  Ertix: 'Irtysh',
  Amazonas: 'Amazon',
  'Chang Jiang': 'Yangtze',
  Lancang: 'Mekong',
  Nu: 'Salween',
  'Heilong Jiang': 'Amur',
  Dnepre: 'Dnipro',
  Bénoué: 'Benue',
  Rhne: 'Rhône',
};

export interface Segment {
  name: string;
  /** The name the segment carries in Natural Earth, when not `name`. */
  local?: string;
  alt?: string;
  rank: number;
  minZoom?: number;
  labelZoom?: [number, number];
  lines: Position[][];
}

/** Two line ends this close (degrees) are one junction: Natural Earth's segments share ends exactly. */
const JOIN = 1e-6;
const same = (a: Position, b: Position) =>
  Math.abs(a[0] - b[0]) < JOIN && Math.abs(a[1] - b[1]) < JOIN;

/**
 * A segment that ends this close (degrees, about 30 km) to any vertex of another is part of
 * its system: Natural Earth's segments meet end to end or end to middle, not always exactly,
 * and two rivers of one name are continents apart.
 */
const NEAR = 0.3;

function touches(a: Segment, b: Segment): boolean {
  const ends = a.lines.flatMap((l) => [l[0], l[l.length - 1]]);
  return b.lines.some((l) =>
    l.some((p) => ends.some((e) => Math.abs(e[0] - p[0]) < NEAR && Math.abs(e[1] - p[1]) < NEAR)),
  );
}

/** Splits segments into connected systems (union–find over segments that touch). */
function systems(segments: Segment[]): Segment[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++)
      if (touches(segments[i], segments[j]) || touches(segments[j], segments[i]))
        parent[find(i)] = find(j);
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  return [...groups.values()];
}

/** Joins lines whose end is another's start, so a river is a few long lines, not dozens. */
export function joinLines(lines: Position[][]): Position[][] {
  const out = lines.map((l) => [...l]);
  let joined = true;
  while (joined) {
    joined = false;
    for (let i = 0; i < out.length && !joined; i++)
      for (let j = 0; j < out.length && !joined; j++)
        if (i !== j && same(out[i][out[i].length - 1], out[j][0])) {
          out[i] = [...out[i], ...out[j].slice(1)];
          out.splice(j, 1);
          joined = true;
        }
  }
  return out;
}

const length = (lines: Position[][]) =>
  lines.reduce(
    (s, l) => s + l.slice(1).reduce((t, p, i) => t + Math.hypot(p[0] - l[i][0], p[1] - l[i][1]), 0),
    0,
  );

type Country = Feature<Polygon | MultiPolygon, { iso3: string }>;

function countryAt(lines: Position[][], countries: Country[]): string | undefined {
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
  const mid = longest[Math.floor(longest.length / 2)];
  return countries.find((c) => booleanPointInPolygon(mid, c))?.properties.iso3;
}

/** One feature per river system, named uniquely, longest system of a name first. */
export function mergeRivers(
  segments: Segment[],
  countries: Country[],
): { props: NamedProps; lines: Position[][] }[] {
  const byName = new Map<string, Segment[]>();
  for (const s of segments) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const out: { props: NamedProps; lines: Position[][] }[] = [];
  for (const [name, group] of byName) {
    const merged = systems(group)
      .map((sys) => ({ sys, lines: joinLines(sys.flatMap((s) => s.lines)) }))
      .sort((a, b) => length(b.lines) - length(a.lines));
    const taken = new Set<string>();
    merged.forEach(({ sys, lines }, i) => {
      let unique = name;
      if (i > 0) {
        const iso3 = countryAt(lines, countries);
        unique = iso3 && !taken.has(iso3) ? `${name} (${iso3})` : `${name} (${i + 1})`;
        if (iso3) taken.add(iso3);
      }
      const alt = [
        ...new Set(
          sys.flatMap((s) => [s.local, s.alt]).filter((n): n is string => !!n && n !== name),
        ),
      ].sort();
      const zooms = sys.map((s) => s.minZoom).filter((z): z is number => z !== undefined);
      const labels = sys.map((s) => s.labelZoom).filter((z): z is [number, number] => !!z);
      out.push({
        props: {
          name: unique,
          ...(alt.length ? { alt } : {}),
          cls: 'river',
          rank: Math.min(...sys.map((s) => s.rank)),
          ...(zooms.length ? { minZoom: Math.min(...zooms) } : {}),
          ...(labels.length ? { labelZoom: labels.reduce((a, b) => (b[0] < a[0] ? b : a)) } : {}),
        },
        lines,
      });
    });
  }
  return out.sort(
    (a, b) => a.props.rank - b.props.rank || a.props.name.localeCompare(b.props.name),
  );
}
