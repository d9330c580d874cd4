/**
 * The draft as a places file (RFC 7946, refs or, with `resolved`, geometry inline) and as the
 * review table printed for the editor.
 */
import rewind from '@turf/rewind';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { resolveRefs } from '../gazetteer';
import type { Draft, DraftPlace, Unplaced } from './draft';

export interface FeatureOptions {
  /** Write each place's geometry inline (resolved from its ref) instead of `"geometry": null`. */
  resolved?: boolean;
}

function feature(p: DraftPlace, options: FeatureOptions): Feature {
  const draft = {
    ...(p.review ? { review: true } : {}),
    confidence: p.confidence,
    reason: p.reason,
    // The readings set aside, for the review page to offer instead.
    ...(p.others.length ? { others: p.others } : {}),
  };
  const properties = {
    id: p.id,
    name: p.name,
    kind: p.kind,
    aliases: p.aliases,
    ...(p.point
      ? { approximate: true, note: p.note }
      : { ref: p.ref, ...(p.approximate ? { approximate: true, note: p.note } : {}) }),
    draft,
  };
  let geometry: Geometry | null = p.point ? { type: 'Point', coordinates: p.point } : null;
  if (options.resolved && p.ref) {
    const r = resolveRefs(p.ref);
    // A ref the drafter wrote comes from the gazetteer, so it resolves; if it ever does not,
    // the ref is kept and check:story names the problem.
    // The gazetteer's unions wind rings as d3 does (clockwise); RFC 7946 section 3.1.6 asks
    // for exterior rings counterclockwise, so the file is written that way.
    if ('geometry' in r) geometry = rewind(r.geometry, { reverse: false }) as Geometry;
  }
  return { type: 'Feature', properties, geometry } as Feature;
}

export function featureCollection(draft: Draft, options: FeatureOptions = {}): FeatureCollection {
  return { type: 'FeatureCollection', features: draft.places.map((p) => feature(p, options)) };
}

/**
 * A places file as written: its places, and the places an editor removed, kept in a foreign
 * member (RFC 7946 section 6.1) so that a later draft leaves their names out and the review
 * page can restore them. The site reads `features` only.
 */
export type PlacesFile = FeatureCollection & { removed?: Feature[] };

/** The names (and aliases) of a file's removed places. */
export function removedNames(removed: PlacesFile['removed']): string[] {
  return (removed ?? []).flatMap((f) => {
    const p = (f.properties ?? {}) as { name?: unknown; aliases?: unknown };
    const aliases = Array.isArray(p.aliases) ? p.aliases : [];
    return [p.name, ...aliases].filter((x): x is string => typeof x === 'string');
  });
}

/**
 * One feature per line, so that a reviewer's diff shows one place per hunk. Geometry is kept
 * on the feature's line too (long when resolved, but still one place a line).
 */
export function formatPlaces(fc: PlacesFile): string {
  const block = (list: Feature[]) => list.map((f) => `    ${JSON.stringify(f)}`).join(',\n');
  const removed = fc.removed?.length ? `,\n  "removed": [\n${block(fc.removed)}\n  ]` : '';
  return `{\n  "type": "FeatureCollection",\n  "features": [\n${block(fc.features)}\n  ]${removed}\n}\n`;
}

function table(head: string[], rows: string[][], right: number[] = []): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

const listed = (title: string, list: Unplaced[]) =>
  list.length
    ? [
        '',
        `${title} (${list.length})`,
        ...table(
          ['name', 'times', 'reason'],
          list.map((u) => [u.text, String(u.count), u.reason]),
          [1],
        ),
      ]
    : ['', `${title}: none`];

/** The review table: places, then the names not placed, then those judged not places. */
export function reviewTable(draft: Draft): string {
  const rows = draft.places.map((p) => [
    p.id,
    p.kind,
    Array.isArray(p.ref) ? `${p.ref.length} refs` : (p.ref ?? 'approximate point'),
    String(p.mentions),
    p.confidence.toFixed(2),
    p.review ? 'REVIEW' : '',
    [p.reason, p.rejected.length ? `rejected: ${p.rejected.join('; ')}` : '']
      .filter(Boolean)
      .join('; '),
  ]);
  const flagged = draft.places.filter((p) => p.review).length;
  return [
    `${draft.places.length} places (${flagged} to review)`,
    ...table(['place', 'kind', 'ref', 'mentions', 'conf', 'review', 'why'], rows, [3, 4]),
    ...listed('Names not placed', draft.unplaced),
    ...listed('Names judged not to be places', draft.notPlaces),
  ].join('\n');
}
