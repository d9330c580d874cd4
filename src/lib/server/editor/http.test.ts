import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BODY_LIMIT, editorHandler } from './http';
import { openSession } from './session';

let dir: string;
let server: Server;
let port: number;
let pages = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'editor-http-'));
  copyFileSync('tests/draft/libya-zawiya-afp/article.md', join(dir, 'article.md'));
  const session = openSession(join(dir, 'article.md'), join(dir, 'places.geojson'));
  server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  server.on(
    'request',
    editorHandler(session, { port, previewUrl: () => undefined }, (req, res) => {
      // As the page's file server does: the path decoded, which may throw.
      decodeURIComponent(req.url ?? '/');
      pages++;
      res.end('page');
    }),
  );
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function send(
  path: string,
  { method = 'GET', host = `127.0.0.1:${port}`, origin, body = '' } = {} as {
    method?: string;
    host?: string;
    origin?: string;
    body?: string;
  },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host, 'content-type': 'application/json' };
    if (origin) headers.origin = origin;
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const own = () => `http://127.0.0.1:${port}`;
const save = JSON.stringify({ features: [], removed: [], version: null });

describe('the editor server', () => {
  it('answers its own host names only', async () => {
    expect((await send('/api/session')).status).toBe(200);
    expect((await send('/api/session', { host: `localhost:${port}` })).status).toBe(200);
    expect((await send('/api/session', { host: `evil.example:${port}` })).status).toBe(403);
    expect((await send('/', { host: 'evil.example' })).status).toBe(403);
    expect(pages).toBe(0);
    expect((await send('/')).text).toBe('page');
  });

  it('refuses a write from another origin or none, and bodies over the limit', async () => {
    expect(
      (await send('/api/save', { method: 'POST', origin: 'http://evil.example', body: save }))
        .status,
    ).toBe(403);
    expect((await send('/api/save', { method: 'POST', body: save })).status).toBe(403);
    const big = 'x'.repeat(BODY_LIMIT + 1);
    expect((await send('/api/save', { method: 'POST', origin: own(), body: big })).status).toBe(
      413,
    );
    expect(readdirSync(dir)).toEqual(['article.md']);
  });

  it('writes only the file named at start, whatever the request names', async () => {
    const r = await send('/api/save?file=../escape.geojson', {
      method: 'POST',
      origin: own(),
      body: JSON.stringify({ features: [], removed: [], version: null, file: '../escape.geojson' }),
    });
    // No places: the story does not pass the checks, so nothing is written at all.
    expect(r.status).toBe(422);
    expect(existsSync(join(dir, '..', 'escape.geojson'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['article.md']);
  });

  it('answers a malformed address with 400 and stays up', async () => {
    expect((await send('/%E0%A4%A')).status).toBe(400);
    expect((await send('/api/session')).status).toBe(200);
  });

  it('searches the gazetteer and reads refs in words', async () => {
    const hits = JSON.parse((await send('/api/search?q=zawiy')).text) as { ref: string }[];
    expect(hits.length).toBeGreaterThan(0);
    const reading = JSON.parse((await send('/api/reading?ref=country:LBY')).text) as {
      label: string;
    };
    expect(reading.label).toMatch(/Libya/);
    expect((await send('/api/shape?ref=country:LBY')).status).toBe(200);
    expect((await send('/api/shape?ref=country:XXX')).status).toBe(404);
  });
});
