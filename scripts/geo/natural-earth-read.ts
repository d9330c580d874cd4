/**
 * Reads one Natural Earth layer from a snapshot of `martynafford/natural-earth-geojson` (CC0):
 * either a git directory (a bare mirror, read with `git show HEAD:<path>`) or a checkout. The
 * repository keeps each layer as `<scale>/<theme>/<name>.json` beside a 7-Zip archive of it;
 * a mirror may lack the largest JSON blobs, so the archive is the fallback, unpacked with
 * Debian's `7zz` (package `7zip`) or `7z` (package `p7zip-full`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { simplify } from '@turf/simplify';
import { cutAtAntimeridian, roundGeometry } from '../../src/lib/server/gazetteer/natural-earth.ts';
import { polygonsOf } from '../../src/lib/geo/polygons.ts';
import { rewind } from '../../src/lib/geo/rings.ts';

/** Natural Earth's attribute tables: a few string or number columns, many of them null. */
export type NeProps = Record<string, string | number | null>;
export type NeCollection = FeatureCollection<Geometry | null, NeProps>;

/** A Natural Earth attribute as trimmed text, or undefined when it is empty or not text. */
export const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Up to 64 MB of JSON per layer (the largest, 10m rivers, is 12 MB). */
const MAX_BUFFER = 64 * 1024 * 1024;

function isGitDir(dir: string): boolean {
  return existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'));
}

function readBytes(snapshot: string, path: string): Buffer | undefined {
  if (isGitDir(snapshot)) {
    try {
      return execFileSync('git', ['--git-dir', snapshot, 'show', `HEAD:${path}`], {
        maxBuffer: MAX_BUFFER,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      return undefined;
    }
  }
  const file = join(snapshot, path);
  return existsSync(file) ? readFileSync(file) : undefined;
}

function sevenZip(): string {
  for (const tool of ['7zz', '7z', '7za'])
    try {
      execFileSync(tool, ['i'], { stdio: 'ignore' });
      return tool;
    } catch {
      // Not installed under this name; try the next.
    }
  throw new Error('No 7-Zip found: install one (`apt-get install 7zip`) to unpack the archives.');
}

/** The layer `<scale>/<theme>/<name>` (without extension) as a FeatureCollection. */
export function readLayer(snapshot: string, layer: string): NeCollection {
  const json = readBytes(snapshot, `${layer}.json`);
  if (json && json.length > 0 && json[0] === '{'.charCodeAt(0))
    return JSON.parse(json.toString('utf8')) as NeCollection;
  const archive = readBytes(snapshot, `${layer}.7z`);
  if (!archive) throw new Error(`${layer}: neither .json nor .7z in ${snapshot}`);
  const dir = mkdtempSync(join(tmpdir(), 'ne-'));
  try {
    writeFileSync(join(dir, 'layer.7z'), archive);
    const text = execFileSync(sevenZip(), ['e', '-so', join(dir, 'layer.7z')], {
      maxBuffer: MAX_BUFFER,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(text.toString('utf8')) as NeCollection;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Area = Polygon | MultiPolygon;

/** Simplified, rewound (RFC 7946), cut at the antimeridian and rounded; undefined if nothing is left. */
export function area(g: Geometry | null, tolerance: number, digits: number): Area | undefined {
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return undefined;
  const s = simplify(g, { tolerance, highQuality: true }) as Area;
  const polys = polygonsOf(cutAtAntimeridian(s))
    .map((rings) => rewind(rings.filter((r) => r.length >= 4)))
    .filter((rings) => rings.length > 0);
  if (polys.length === 0) return undefined;
  const shape: Area =
    polys.length === 1
      ? { type: 'Polygon', coordinates: polys[0] }
      : { type: 'MultiPolygon', coordinates: polys };
  return roundGeometry(shape, digits);
}
