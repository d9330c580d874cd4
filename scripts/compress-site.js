/**
 * Precompresses the built site beside each file as `.gz` and `.br`, which `npm start` and
 * static hosts send to browsers that accept them: the pages, scripts, styles, data and the
 * map's detail tiles (`.pbf`; a tile of land is mostly coordinates and halves).
 *
 * adapter-static's own `precompress` starts every file's compressors at once: on a story of a
 * few hundred places that is thousands of Brotli encoders alive together (8 GB here) and a
 * quarter of an hour of Brotli's slowest quality on pages one reader in many opens. Here a
 * bounded pool (one job per core) compresses one file at a time each, and the quality follows
 * who fetches the file:
 *
 * - what every reader loads (the story's page, its code, styles and data): Brotli's best
 *   quality (11);
 * - each place's own page (`place/…`): quality 9, measured on a long story's place page here
 *   at 0.1 ms a KB against 2.6 ms a KB for quality 11, for about 15 % more bytes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** What adapter-static compresses, and the detail tiles. */
const EXTENSIONS = /\.(html|js|mjs|json|css|svg|xml|wasm|txt|pbf)$/;

/** @param {string} file a path inside the built site */
export function brotliQuality(file) {
  return file.startsWith(`place${sep}`) ? 9 : constants.BROTLI_MAX_QUALITY;
}

/** @param {string} dir the built site @param {string} file @returns {Promise<void>} */
async function compressFile(dir, file) {
  const path = join(dir, file);
  const bytes = readFileSync(path);
  const text = !file.endsWith('.pbf');
  const [br, gzipped] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: text
          ? constants.BROTLI_MODE_TEXT
          : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gz(bytes, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipped);
}

/**
 * @param {string} dir the built site
 * @param {number} [jobs] files compressed at once
 * @returns {Promise<number>} how many files were compressed
 */
export async function compressSite(dir, jobs = availableParallelism()) {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    EXTENSIONS.test(f),
  );
  let next = 0;
  const worker = async () => {
    while (next < files.length) await compressFile(dir, files[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return files.length;
}
