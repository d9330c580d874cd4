/**
 * Reads and checks a places file: an RFC 7946 FeatureCollection whose features carry `id`,
 * `name`, `kind`, `aliases` and optionally `approximate` and `note`, and either geometry or a
 * `ref` into the gazetteer (see shape.ts). Unknown in, typed out.
 */
import { z } from 'zod';
import type { Problem } from './problems';
import type { PlaceGeometry } from './geometry';
import type { Resolver } from './ref';
import { shapeOf } from './shape';

import { KINDS, SLUG, type Kind } from './kinds';

export { KINDS, SLUG, type Kind };

export interface PlaceInput {
  id: string;
  name: string;
  kind: Kind;
  aliases: string[];
  approximate: boolean;
  note?: string;
  geometry: PlaceGeometry;
}

const Properties = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  kind: z.enum(KINDS),
  aliases: z.array(z.string().trim().min(1)).default([]),
  approximate: z.boolean().default(false),
  note: z.string().trim().min(1).optional(),
  /** Written by `npm run draft`: how sure it was, and whether a person must look. */
  draft: z
    .object({ review: z.boolean().optional(), confidence: z.number().optional() })
    .passthrough()
    .optional(),
});

export interface PlacesOptions {
  /** The gazetteer that turns refs into geometry; without it a ref is a problem. */
  resolve?: Resolver;
}

export function parsePlaces(
  text: string,
  file: string,
  options: PlacesOptions = {},
): { places: PlaceInput[]; problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    problems.push({
      file,
      message: `the file is not valid JSON (${message})`,
      fix: 'Fix the JSON syntax; a GeoJSON linter or `npx prettier --check` points at the spot.',
    });
    return { places: [], problems, warnings };
  }
  const root = json as { type?: unknown; features?: unknown };
  if (root?.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    problems.push({
      file,
      message: 'the file is not a GeoJSON FeatureCollection',
      fix: 'Write {"type": "FeatureCollection", "features": [...]}.',
    });
    return { places: [], problems, warnings };
  }
  const places: PlaceInput[] = [];
  const seenIds = new Map<string, string>();
  const seenForms = new Map<string, string>();
  root.features.forEach((feature: unknown, index: number) => {
    const f = (feature ?? {}) as {
      type?: unknown;
      properties?: unknown;
      geometry?: unknown;
      ref?: unknown;
    };
    const rawId = (f.properties as { id?: unknown } | null)?.id;
    const where = typeof rawId === 'string' && rawId ? `place "${rawId}"` : `feature ${index + 1}`;
    if (f.type !== 'Feature') {
      problems.push({ file, where, message: 'it is not a Feature', fix: 'Set "type": "Feature".' });
      return;
    }
    const props = Properties.safeParse(f.properties ?? {});
    if (!props.success) {
      for (const issue of props.error.issues) {
        const key = String(issue.path[0] ?? 'properties');
        const missing =
          typeof f.properties !== 'object' ||
          f.properties === null ||
          !(key in (f.properties as object));
        problems.push({
          file,
          where,
          message: missing ? `"${key}" is missing` : `"${key}" is invalid (${issue.message})`,
          fix:
            key === 'id'
              ? 'Give every place a unique "id", a URL slug such as "mosul".'
              : key === 'kind'
                ? `Set "kind" to one of ${KINDS.join(', ')}.`
                : `Set "${key}" in the feature's properties.`,
        });
      }
      return;
    }
    const p = props.data;
    let ok = true;
    if (!SLUG.test(p.id)) {
      problems.push({
        file,
        where,
        message: `id "${p.id}" is not a URL slug`,
        fix: 'Use lowercase letters, digits and single hyphens, e.g. "bosnia-and-herzegovina".',
      });
      ok = false;
    }
    const first = seenIds.get(p.id);
    if (first) {
      problems.push({
        file,
        where: `feature ${index + 1}`,
        message: `id "${p.id}" is already used by ${first}`,
        fix: 'Give each place its own id.',
      });
      ok = false;
    } else seenIds.set(p.id, `feature ${index + 1}`);
    for (const form of [p.name, ...p.aliases]) {
      const owner = seenForms.get(form);
      if (owner && owner !== p.id) {
        problems.push({
          file,
          where,
          message: `the name or alias "${form}" is already claimed by place "${owner}"`,
          fix: 'Keep each form of a name in one place only.',
        });
        ok = false;
      } else if (owner === p.id && form !== p.name) {
        problems.push({
          file,
          where,
          message: `the alias "${form}" is listed twice`,
          fix: 'Remove the duplicate alias.',
        });
        ok = false;
      } else seenForms.set(form, p.id);
    }
    const shape = shapeOf(f, p.kind, p.approximate, { file, where }, options.resolve);
    problems.push(...shape.problems);
    warnings.push(...shape.warnings);
    // A draft the drafter was unsure of stays flagged until an editor removes the flag.
    if (p.draft?.review)
      warnings.push(
        `${file} (${where}): drafted for review` +
          (p.draft.confidence !== undefined ? ` (confidence ${p.draft.confidence})` : '') +
          '; check its ref, kind and aliases, then remove "review": true from its "draft".',
      );
    if (ok && shape.geometry) places.push({ ...p, geometry: shape.geometry });
  });
  if (root.features.length === 0)
    problems.push({ file, message: 'the file has no places', fix: 'Add one Feature per place.' });
  return { places, problems, warnings };
}
