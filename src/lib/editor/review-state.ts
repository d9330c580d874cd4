/**
 * The review page's state, one value: the places file being edited (its features and the
 * places removed from it). Every action is a pure function from one state to the next, so that
 * undo is the previous value and the page derives everything else (statuses, mentions) from it.
 */
import type { Point } from 'geojson';
import type { Kind } from '../core/kinds';
import { foldMarks } from '../core/letters';
import { mentionFinder, type Mention } from '../core/mentions';

export type Ref = string | string[];

/** A reading the draft set aside, offered instead. */
export interface OtherReading {
  name: string;
  kind: Kind;
  ref: Ref;
  /** The ref gives a point only (a province outside the four outlined countries). */
  approximate?: true;
}

export interface PlaceProps {
  id: string;
  name: string;
  kind: Kind;
  aliases: string[];
  ref?: Ref;
  approximate?: boolean;
  note?: string;
  draft?: {
    review?: boolean;
    confidence?: number;
    reason?: string;
    others?: OtherReading[];
    [key: string]: unknown;
  };
}

export interface PlaceFeature {
  type: 'Feature';
  properties: PlaceProps;
  geometry: Point | null;
}

export interface ReviewState {
  features: PlaceFeature[];
  removed: PlaceFeature[];
}

/** A gazetteer reading in words, as the editor's server gives it (gazetteer/search). */
export interface Reading extends OtherReading {
  /** Its ref; for a group of several, its refs joined by " + " (`refKey`). */
  ref: string;
  /** A group's refs (the Middle East, the European Union), as a places file lists them. */
  refs?: string[];
  /** "Khartoum, Sudan, 1.97 M people, GeoNames 379252" */
  label: string;
  point: [number, number];
  approximate?: true;
  matched?: string;
  population?: number;
  countries: string[];
}

/** A ref (or list of refs) as one key, as the server keys its readings. */
export const refKey = (ref: Ref) => (typeof ref === 'string' ? ref : ref.join(' + '));

/** A gazetteer reading as a place takes it: its name, kind and ref (a group's list of refs). */
export const asReading = (r: Reading): OtherReading => ({
  name: r.name,
  kind: r.kind,
  ref: r.refs ?? r.ref,
  ...(r.approximate ? { approximate: true as const } : {}),
});

export type Status = 'confirmed' | 'review' | 'removed';

/** A place as the page lists it: kept ones in file order, then the removed. */
export interface Item {
  feature: PlaceFeature;
  status: Status;
}

export function items(state: ReviewState): Item[] {
  return [
    ...state.features.map((feature) => ({
      feature,
      status: (feature.properties.draft?.review ? 'review' : 'confirmed') as Status,
    })),
    ...state.removed.map((feature) => ({ feature, status: 'removed' as Status })),
  ];
}

/** The URL slug of a name, as the drafter makes ids: "São Paulo" → "sao-paulo". */
export function slugOf(name: string): string {
  return foldMarks(name)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The object without the given keys. */
function omit<T extends object, K extends keyof T>(o: T, ...keys: K[]): Omit<T, K> {
  const out = { ...o };
  for (const k of keys) delete out[k];
  return out;
}

function update(state: ReviewState, id: string, change: (p: PlaceFeature) => PlaceFeature) {
  return {
    ...state,
    features: state.features.map((f) => (f.properties.id === id ? change(f) : f)),
  };
}

/** The draft's record without its review flag: a person has looked. */
function reviewed(p: PlaceProps): PlaceProps {
  if (!p.draft?.review) return p;
  return { ...p, draft: omit(p.draft, 'review') };
}

export function confirm(state: ReviewState, id: string): ReviewState {
  return update(state, id, (f) => ({ ...f, properties: reviewed(f.properties) }));
}

export function remove(state: ReviewState, id: string): ReviewState {
  const f = state.features.find((x) => x.properties.id === id);
  if (!f) return state;
  return {
    features: state.features.filter((x) => x !== f),
    removed: [...state.removed, f],
  };
}

export function restore(state: ReviewState, id: string): ReviewState {
  const f = state.removed.find((x) => x.properties.id === id);
  if (!f) return state;
  return {
    features: [...state.features, { ...f, properties: reviewed(f.properties) }],
    removed: state.removed.filter((x) => x !== f),
  };
}

const sameRef = (a: Ref | undefined, b: Ref | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Gives a place another reading (one the draft set aside, or one found in the gazetteer). The
 * reading it had joins the others, so that changing back is one more click.
 */
export function changeReading(state: ReviewState, id: string, to: OtherReading): ReviewState {
  return update(state, id, (f) => {
    const p = reviewed(f.properties);
    const was: OtherReading[] = p.ref
      ? [
          {
            name: p.name,
            kind: p.kind,
            ref: p.ref,
            ...(p.approximate ? { approximate: true } : {}),
          },
        ]
      : [];
    const others = [...was, ...(p.draft?.others ?? [])].filter((o) => !sameRef(o.ref, to.ref));
    const rest = omit(p, 'approximate');
    return {
      ...f,
      geometry: null,
      properties: {
        ...rest,
        kind: to.kind,
        ref: to.ref,
        ...(to.approximate ? { approximate: true } : {}),
        draft: { ...p.draft, others },
      },
    };
  });
}

/** Sets a place's point on the map (a place the gazetteer lacks), approximate if so marked. */
export function placePoint(
  state: ReviewState,
  id: string,
  lngLat: [number, number],
  approximate: boolean,
): ReviewState {
  const coordinates: [number, number] = [
    Math.round(lngLat[0] * 1e4) / 1e4,
    Math.round(lngLat[1] * 1e4) / 1e4,
  ];
  return update(state, id, (f) => {
    const { ref, ...p } = omit(reviewed(f.properties), 'approximate');
    const others = ref
      ? [{ name: p.name, kind: p.kind, ref }, ...(p.draft?.others ?? [])]
      : p.draft?.others;
    return {
      ...f,
      geometry: { type: 'Point', coordinates },
      properties: {
        ...p,
        ...(approximate ? { approximate: true } : {}),
        ...(others?.length ? { draft: { ...p.draft, others } } : {}),
      },
    };
  });
}

export interface Details {
  name: string;
  kind: Kind;
  aliases: string[];
  note: string;
  approximate: boolean;
}

export function editDetails(state: ReviewState, id: string, d: Details): ReviewState {
  return update(state, id, (f) => {
    const p = omit(f.properties, 'note', 'approximate');
    const aliases = [...new Set(d.aliases.map((a) => a.trim()).filter(Boolean))];
    const note = d.note.trim();
    return {
      ...f,
      properties: {
        ...p,
        name: d.name.trim() || p.name,
        kind: d.kind,
        aliases,
        // A point of its own, or a ref that gives a point only (a province known by its label
        // point), may be approximate; an outline may not.
        ...(d.approximate && (f.geometry || f.properties.approximate) ? { approximate: true } : {}),
        ...(note ? { note } : {}),
      },
    };
  });
}

/** A new place: by reference, or a point on the map. Its id is free among kept and removed. */
export function addPlace(
  state: ReviewState,
  place: { name: string; kind: Kind; ref?: Ref; point?: [number, number]; approximate?: boolean },
): { state: ReviewState; id: string } {
  const taken = new Set([...state.features, ...state.removed].map((f) => f.properties.id));
  const base = slugOf(place.name) || 'place';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const feature: PlaceFeature = {
    type: 'Feature',
    properties: {
      id,
      name: place.name.trim(),
      kind: place.kind,
      aliases: [],
      ...(place.ref ? { ref: place.ref } : {}),
      ...(place.approximate ? { approximate: true } : {}),
    },
    geometry: place.point ? { type: 'Point', coordinates: place.point } : null,
  };
  return { state: { ...state, features: [...state.features, feature] }, id };
}

/**
 * The mentions of every place in each paragraph, removed places included (the page marks
 * their words as removed; the published story leaves them plain), as the site finds them.
 */
export function mentionsOf(state: ReviewState, paragraphs: string[], lang: string): Mention[][] {
  const key = (form: string) => foldMarks(form).toLowerCase();
  const forms = (p: PlaceProps) => [p.name, ...p.aliases].map(key);
  const kept = new Set(state.features.flatMap((f) => forms(f.properties)));
  // A removed place's words go to a kept place that has the same form (re-added under it).
  const removed = state.removed.filter((f) => !forms(f.properties).some((k) => kept.has(k)));
  const find = mentionFinder(
    [...state.features, ...removed].map((f) => f.properties),
    { lang },
  );
  return paragraphs.map((p) => find(p));
}
