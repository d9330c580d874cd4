/**
 * The review page as static files: built with Vite into `build-edit/` when its sources have
 * changed since the last build (about 10 s; otherwise nothing to do), then served from there.
 * A built page loads in a fraction of the dev server's time and needs no WebSocket.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';

const OUT = resolve('build-edit');
const STAMP = join(OUT, '.sources');

/** Every source the page is built from, by path, time and size: cheap to take at each start. */
function sourcesStamp(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!/\.test\.ts$/.test(e.name)) {
        const s = statSync(p);
        h.update(`${p}\n${s.mtimeMs}\n${s.size}\n`);
      }
    }
  };
  walk(resolve('src'));
  h.update(readFileSync('package-lock.json'));
  return h.digest('hex');
}

/** Builds the page unless `build-edit/` already holds a build of these sources. */
export async function ensurePage(): Promise<{ built: boolean }> {
  const stamp = sourcesStamp();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) return { built: false };
  await build({
    configFile: false,
    root: resolve('src/editor'),
    base: '/',
    plugins: [svelte()],
    resolve: { alias: { $lib: resolve('src/lib') } },
    build: {
      outDir: OUT,
      emptyOutDir: true,
      // MapLibre alone is 800 KB; the page is loaded from this machine.
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        // zod's comments that Rollup cannot place: harmless, and not ours to fix.
        onwarn: (w, warn) => (w.code === 'INVALID_ANNOTATION' ? undefined : warn(w)),
      },
    },
    logLevel: 'warn',
  });
  writeFileSync(STAMP, stamp);
  return { built: true };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves the built page: `/` is its index; only files inside `build-edit/`. */
export function servePage(req: IncomingMessage, res: ServerResponse): void {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(OUT, path === '/' ? 'index.html' : path));
  const type = TYPES[extname(file)];
  if (!file.startsWith(OUT + '/') || !type || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found.');
    return;
  }
  res.writeHead(200, {
    'content-type': type,
    // Hashed assets never change; the page itself is read again at each load.
    'cache-control': path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}
