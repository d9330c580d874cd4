/**
 * Serves the production build: precompressed files (brotli, gzip) when the browser accepts
 * them, long cache lifetimes for hashed assets, the 404 page with status 404, and security
 * headers. No dependencies: Node's http module is enough for a static site.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  // The map's detail tiles (Mapbox Vector Tiles, lib/server/map-data/detail-tiles).
  '.pbf': 'application/x-protobuf',
};

/**
 * @param {{ root?: string, port?: number, host?: string, base?: string, frameAncestors?: string }} options
 */
export function serve({
  root = 'build',
  port = 4173,
  host = '127.0.0.1',
  base = '',
  frameAncestors = '*',
} = {}) {
  const dir = resolve(root);

  /** @param {string} pathname */
  function find(pathname) {
    const candidates = pathname.endsWith('/')
      ? [join(pathname, 'index.html')]
      : [pathname, `${pathname}.html`, join(pathname, 'index.html')];
    for (const c of candidates) {
      const file = normalize(join(dir, c));
      // Never serve outside the build folder, whatever the URL says.
      if (!file.startsWith(dir)) return undefined;
      if (existsSync(file) && statSync(file).isFile()) return file;
    }
    return undefined;
  }

  const server = createServer((req, res) => {
    const headers = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Content-Security-Policy': `frame-ancestors ${frameAncestors}`,
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      pathname = '\u0000';
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let file;
    if (!pathname.includes('\u0000') && (base === '' || pathname.startsWith(base))) {
      file = find(pathname.slice(base.length) || '/');
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = find('/404.html');
      if (!file) {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accept = String(req.headers['accept-encoding'] ?? '');
    let body = file;
    let encoding;
    for (const [enc, ext] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ]) {
      if (accept.includes(enc) && existsSync(file + ext)) {
        body = file + ext;
        encoding = enc;
        break;
      }
    }
    // An HTML page's policy travels in its <meta> tag (with the hashes of its inline bootstrap);
    // send the same policy as a header, plus what only a header can say.
    if (type.startsWith('text/html')) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(
        readFileSync(file, 'utf8'),
      );
      if (csp)
        headers['Content-Security-Policy'] =
          `${csp[1].replace(/&#39;|&apos;/g, "'")}; frame-ancestors ${frameAncestors}`;
    }
    // Hashed names never change content: the app's assets and the story's shared data file.
    const immutable =
      file.includes(`${join(dir, '_app', 'immutable')}`) ||
      /[/\\]data[/\\]story-[0-9a-f]+\.json$/.test(file);
    res.writeHead(status, {
      ...headers,
      'Content-Type': type,
      'Content-Length': statSync(body).size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT || 4173);
  const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
  const root = process.env.BUILD_DIR || 'build';
  await serve({ root, port, base, frameAncestors: process.env.FRAME_ANCESTORS || '*' });
  console.log(`Serving the explainer at http://localhost:${port}${base}/`);
}
