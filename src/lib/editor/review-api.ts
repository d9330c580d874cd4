/**
 * The review page's requests to the editor's server (src/lib/server/editor/http.ts): the
 * session, the gazetteer search, a reading's shape, and the save.
 */
import type { Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { PlaceFeature, Reading, Ref } from './review-state';

export interface Named {
  text: string;
  reason: string;
  count: number;
}

export interface SessionData {
  title: string;
  lang: string;
  articleFile: string;
  placesFile: string;
  paragraphs: string[];
  file: { features: PlaceFeature[]; removed?: PlaceFeature[] };
  /** The version of the file on disk the page starts from (null: no file yet). */
  version: string | null;
  unplaced: Named[];
  notPlaces: Named[];
  readings: Record<string, Reading>;
  previewUrl: string | null;
}

export interface Problem {
  file: string;
  where?: string;
  message: string;
  fix: string;
}

export type SaveResponse =
  | { status: 200; version: string; warnings: string[] }
  | { status: 409; message: string }
  | { status: 422; problems: Problem[]; warnings: string[] }
  | { status: number; message: string };

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const loadSession = () => json<SessionData>('/api/session');
export const loadBasemap = () => json<Topology>('/api/basemap');
export const previewAddress = () => json<{ url: string | null }>('/api/preview');

const refParams = (ref: Ref) =>
  (typeof ref === 'string' ? [ref] : ref).map((r) => `ref=${encodeURIComponent(r)}`).join('&');

export const shapeOf = (ref: Ref) => json<Geometry>(`/api/shape?${refParams(ref)}`);
export const readingOf = (ref: Ref) => json<Reading>(`/api/reading?${refParams(ref)}`);

export function search(q: string, signal?: AbortSignal): Promise<Reading[]> {
  return json<Reading[]>(`/api/search?q=${encodeURIComponent(q)}`, { signal });
}

export async function save(
  features: PlaceFeature[],
  removed: PlaceFeature[],
  version: string | null,
): Promise<SaveResponse> {
  const res = await fetch('/api/save', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ features, removed, version }),
  });
  const type = res.headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) return (await res.json()) as SaveResponse;
  return { status: res.status, message: await res.text() };
}
