/**
 * Natural Earth's newer first-order label points (ne_10m_admin_1_label_points), for
 * scripts/geo/admin1-extract.ts: they name divisions the 1:10m outlines lack (new provinces,
 * renamed ones) and newer spellings of those they have.
 */
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Admin1Props } from '../../src/lib/server/gazetteer/extract.ts';
import { fold } from '../../src/lib/server/gazetteer/names.ts';
import { text, type NeCollection } from './natural-earth-read.ts';

type Division = Feature<Polygon | MultiPolygon | Point, Admin1Props>;

/**
 * A point inside an outline of its country adds its name to that division's other names; any
 * other becomes a division of its own, at the part nearest the mean of its parts (the
 * mainland). `countryOf` gives the gazetteer's code for Natural Earth's, or undefined for a
 * country the points are not read for; `coarse` lists the codes of regions joined of several.
 */
export function addLabelPoints(
  features: Division[],
  layer: NeCollection,
  countryOf: (code: string) => string | undefined,
  coarse: Set<string>,
) {
  const inCountry = new Map<string, Division[]>();
  for (const f of features)
    inCountry.set(f.properties.country, [...(inCountry.get(f.properties.country) ?? []), f]);
  const named = (f: Division, n: string) =>
    [f.properties.name, ...(f.properties.alt ?? [])].some((x) => fold(x) === fold(n));
  const points = new Map<string, { name: string; country: string; at: Position[] }>();
  for (const f of layer.features) {
    const p = f.properties;
    const name = text(p.name);
    const iso3 = countryOf(text(p.sr_adm0_a3) ?? '');
    const key = text(p.adm1_code);
    if (!name || !iso3 || !key || f.geometry?.type !== 'Point') continue;
    // Natural Earth's leftovers ("AIA-99 (Anguilla minor island)") are no division.
    if (/\d/.test(name)) continue;
    const own = inCountry.get(iso3) ?? [];
    if (own.some((d) => named(d, name))) continue;
    const at = f.geometry.coordinates;
    const inside = (d: Division) =>
      d.geometry.type !== 'Point' && booleanPointInPolygon(at, d.geometry);
    // Inside a division of its name, of whichever country: one place claimed by two.
    if (features.some((d) => named(d, name) && inside(d))) continue;
    // The smallest division around it, and never a region joined of several (`coarse`).
    const around = own
      .filter((d) => !coarse.has(d.properties.code) && inside(d))
      .sort((x, y) => area(x) - area(y))[0];
    if (around) {
      // Natural Earth's newer spelling of the division's name ("Reunion" for La Réunion) is
      // drafted too; a point of another name inside it (a coarser region's) is only an alt.
      const p = around.properties;
      p.alt = [...(p.alt ?? []), name];
      const [a, b] = [fold(name), fold(p.name)];
      const spelling = a.includes(b) || b.includes(a) || a.slice(0, 3) === b.slice(0, 3);
      if (
        spelling &&
        /^[A-Z][A-Za-z' -]+$/.test(name) &&
        !own.some((d) => d !== around && named(d, name))
      )
        p.also = [...(p.also ?? []), name];
      continue;
    }
    const entry = points.get(key) ?? { name, country: iso3, at: [] };
    entry.at.push(at);
    points.set(key, entry);
  }
  const taken = new Set(features.map((f) => f.properties.code));
  for (const { name, country: iso3, at } of points.values()) {
    const code = `${iso3}/${name}`;
    if (taken.has(code)) continue;
    taken.add(code);
    const mean = [0, 1].map((k) => at.reduce((s, p) => s + p[k], 0) / at.length);
    const point = at.reduce((best, p) =>
      Math.hypot(p[0] - mean[0], p[1] - mean[1]) < Math.hypot(best[0] - mean[0], best[1] - mean[1])
        ? p
        : best,
    );
    features.push({
      type: 'Feature',
      properties: { name, code, country: iso3, type: '' },
      geometry: { type: 'Point', coordinates: point.map((x) => Math.round(x * 100) / 100) },
    });
  }
}
