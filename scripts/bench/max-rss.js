/**
 * Preloaded into each node process of a measured build (`NODE_OPTIONS=--import=…`): when the
 * process exits it writes its peak resident memory (the kernel's figure, worker threads
 * included) to a file named by its pid in `BENCH_RSS_DIR`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_RSS_DIR;
if (dir)
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes.
    writeFileSync(join(dir, String(process.pid)), String(process.resourceUsage().maxRSS * 1024));
  });
