/**
 * `npm run check:layout`: the rules that keep the source tree easy to find one's way in,
 * checked in `npm test` (docs/architecture.md says why each holds):
 *
 * - no import cycle in `src/` (madge, type-only imports included, `$lib` resolved);
 * - no two source files under `src/` with the same name (one name, one job);
 * - no code file under `src/` over 300 lines, and the map's owner under 250;
 * - no hex colour in a Svelte component (colours come from `src/lib/design/`);
 * - no file in the repository that cites a document outside it.
 *
 * Prints one line per problem and exits 1 if there is any.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import madge from 'madge';

const ROOT = new URL('..', import.meta.url).pathname;
const SRC = join(ROOT, 'src');
const MAX_LINES = 300;
const LIMITS = { 'src/lib/components/MapView.svelte': 250 };

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const problems = [];
const code = walk(SRC).filter((f) => /\.(ts|js|svelte)$/.test(f));

// One name, one job. SvelteKit's route files (+page.svelte…) and a folder's index.ts are
// named by the framework or by their folder, not by their job.
const byName = new Map();
for (const f of code) {
  const name = basename(f);
  if (name.startsWith('+') || name === 'index.ts') continue;
  byName.set(name, [...(byName.get(name) ?? []), relative(ROOT, f)]);
}
for (const [name, files] of byName)
  if (files.length > 1) problems.push(`${name} names ${files.length} files: ${files.join(', ')}`);

for (const f of code) {
  const rel = relative(ROOT, f);
  const text = readFileSync(f, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const max = LIMITS[rel] ?? MAX_LINES;
  if (lines > max) problems.push(`${rel} has ${lines} lines (at most ${max}): split it by job`);
  if (f.endsWith('.svelte')) {
    const hex = text.match(/#[0-9a-fA-F]{3,8}\b/g)?.filter((h) => [4, 5, 7, 9].includes(h.length));
    if (hex?.length)
      problems.push(`${rel} holds colours ${hex.join(', ')}: use the design tokens instead`);
  }
}

// Self-contained: no file points at a document kept outside the repository.
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|js|svelte|md|css|json|html)$/.test(f) && f !== 'package-lock.json');
const OUTSIDE = /\.\.\/shared\b|\bDESIGN(\.md)?\b/;
for (const f of tracked) {
  if (f === 'scripts/check-layout.js') continue;
  let text;
  try {
    text = readFileSync(join(ROOT, f), 'utf8');
  } catch {
    continue; // deleted in the work tree, not yet in the index
  }
  if (OUTSIDE.test(text)) problems.push(`${f} cites a document outside the repository`);
}

const graph = await madge(SRC, {
  fileExtensions: ['ts', 'js'],
  tsConfig: join(ROOT, '.svelte-kit/tsconfig.json'),
  // SvelteKit's generated route types import each other; they are not the project's code.
  excludeRegExp: [/\.svelte-kit/, /\$types/],
  detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
});
for (const cycle of graph.circular()) problems.push(`import cycle: ${cycle.join(' → ')}`);

for (const p of problems) console.error(p);
if (problems.length) process.exitCode = 1;
else
  console.log(
    `Layout: ${code.length} source files, no import cycle, no duplicate name, none too long.`,
  );
