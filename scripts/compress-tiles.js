/**
 * Precompresses the map's detail tiles (`.pbf`, lib/server/map-data/detail-tiles) beside them as `.gz` and
 * `.br`, as adapter-static does for the file types it knows: `npm start` and static hosts then
 * send them compressed (about half the bytes; a tile of land is mostly coordinates).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {string} dir the built site */
export function compressTiles(dir) {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.pbf'),
  );
  for (const file of files) {
    const path = join(dir, file);
    const bytes = readFileSync(path);
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    );
  }
  return files.length;
}
