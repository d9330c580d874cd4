/**
 * The review page's HTTP server: the page itself (handed to `next`, the Vite middleware), and a
 * small JSON API over one session. It answers only to its own host names and writes only the
 * places file named on the command line (with its temporary file and `.bak` beside it): no path
 * ever comes from a request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Feature } from 'geojson';
import { resolveRefs } from '../gazetteer';
import { countriesTopology } from '../gazetteer/natural-earth';
import { describeRef, searchGazetteer, type SearchHit } from '../gazetteer/search';
import { refKey, type Ref } from '../../editor/review-state';
import { refresh, savePlaces, type Session } from './session';

/** The largest save accepted: a places file of refs is a few KB a place. */
export const BODY_LIMIT = 4 * 1024 * 1024;

type Next = (req: IncomingMessage, res: ServerResponse) => void;

export interface EditorServerOptions {
  port: number;
  /** The preview's address once it serves, else undefined. */
  previewUrl: () => string | undefined;
  /** Called after each save, with the saved file's version. */
  onSave?: () => void;
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function refusal(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(message);
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const refsOf = (f: Feature): Ref[] => {
  const p = (f.properties ?? {}) as { ref?: Ref; draft?: { others?: { ref: Ref }[] } };
  return [...(p.ref ? [p.ref] : []), ...(p.draft?.others ?? []).map((o) => o.ref)];
};

/** Every ref the page may show, read in words ("Khartoum, Sudan, 1.97 M people…"). */
function readings(session: Session): Record<string, SearchHit> {
  const out: Record<string, SearchHit> = {};
  for (const f of [...session.file.features, ...(session.file.removed ?? [])])
    for (const ref of refsOf(f)) {
      const hit = describeRef(ref);
      if (hit) out[refKey(ref)] = hit;
    }
  return out;
}

/** The countries the story's places lie in: search ranks their places first. */
function context(session: Session): Map<string, number> {
  const weight = new Map<string, number>();
  for (const f of session.file.features) {
    const ref = (f.properties as { ref?: Ref } | null)?.ref;
    for (const iso3 of (ref && describeRef(ref)?.countries) || [])
      weight.set(iso3, (weight.get(iso3) ?? 0) + 1);
  }
  return weight;
}

export function editorHandler(session: Session, options: EditorServerOptions, next: Next) {
  const hosts = new Set([`127.0.0.1:${options.port}`, `localhost:${options.port}`]);
  let searchContext = context(session);

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname;
    if (req.method === 'GET' && path === '/api/session') {
      refresh(session);
      return send(res, 200, {
        title: session.article.meta.title,
        lang: session.article.meta.lang,
        articleFile: session.articleFile,
        placesFile: session.placesFile,
        paragraphs: session.article.paragraphs,
        file: session.file,
        version: session.version,
        unplaced: session.draft.unplaced,
        notPlaces: session.draft.notPlaces,
        readings: readings(session),
        previewUrl: options.previewUrl() ?? null,
      });
    }
    if (req.method === 'GET' && path === '/api/search')
      return send(
        res,
        200,
        searchGazetteer(url.searchParams.get('q') ?? '', { context: searchContext, limit: 8 }),
      );
    if (req.method === 'GET' && path === '/api/reading') {
      const refs = url.searchParams.getAll('ref');
      const hit = refs.length ? describeRef(refs.length === 1 ? refs[0] : refs) : undefined;
      return hit ? send(res, 200, hit) : send(res, 404, { message: 'no such place' });
    }
    if (req.method === 'GET' && path === '/api/shape') {
      const refs = url.searchParams.getAll('ref');
      const r = resolveRefs(refs.length === 1 ? refs[0] : refs);
      return 'geometry' in r ? send(res, 200, r.geometry) : send(res, 404, r);
    }
    if (req.method === 'GET' && path === '/api/basemap') return send(res, 200, countriesTopology());
    if (req.method === 'GET' && path === '/api/preview')
      return send(res, 200, { url: options.previewUrl() ?? null });
    if (req.method === 'POST' && path === '/api/save') {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
        return refusal(res, 415, 'A save is JSON.');
      const text = await readBody(req);
      if (text === undefined) return refusal(res, 413, 'The request is too large.');
      let body: { features?: unknown; removed?: unknown; version?: unknown };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        return refusal(res, 400, 'The request is not JSON.');
      }
      const features = (list: unknown) =>
        Array.isArray(list) &&
        list.every((f) => (f as { type?: unknown } | null)?.type === 'Feature');
      if (
        !features(body.features) ||
        !features(body.removed ?? []) ||
        !(typeof body.version === 'string' || body.version === null)
      )
        return refusal(res, 400, 'A save carries features, removed and version.');
      const result = savePlaces(
        session,
        body.features as Feature[],
        (body.removed ?? []) as Feature[],
        body.version,
      );
      if (result.status === 200) {
        searchContext = context(session);
        options.onSave?.();
      }
      return send(res, result.status, result);
    }
    return send(res, 404, { message: 'no such request' });
  }

  return async (req: IncomingMessage, res: ServerResponse) => {
    // A page on another site can make the browser send requests here (DNS rebinding, a form
    // posted across origins): only this server's own names, and writes from its own page.
    const host = req.headers.host ?? '';
    if (!hosts.has(host)) return refusal(res, 403, 'Unknown host.');
    const reads = req.method === 'GET' || req.method === 'HEAD';
    if (!reads && req.headers.origin !== `http://${host}`)
      return refusal(res, 403, 'A change must come from the review page itself.');
    // Whatever a request holds (a malformed escape in its path, a body cut short), it gets an
    // answer and the server stays up.
    try {
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/')) await api(req, res, url);
      else next(req, res);
    } catch (e) {
      if (e instanceof URIError) refusal(res, 400, 'The address is malformed.');
      else if (!res.headersSent) send(res, 500, { message: (e as Error).message });
      else res.destroy();
    }
  };
}
