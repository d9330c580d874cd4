/**
 * `npm run draft -- <article.md> [--out <places.geojson>] [--resolved] [--force]`
 *
 * Drafts a places file for an article: every place its text names, with a `ref` into the
 * offline gazetteer (or, with --resolved, the geometry inline), the forms the text uses as
 * aliases, and a `draft` property with the drafter's confidence; places to check are flagged
 * `"review": true`. Prints a review table on standard output. Refuses to overwrite a file
 * without --force; on bad input prints why on standard error, exits 1 and writes nothing.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArticle } from '../src/lib/core/article.ts';
import { formatProblem } from '../src/lib/core/problems.ts';
import { draftArticle } from '../src/lib/server/draft/draft.ts';
import {
  featureCollection,
  formatPlaces,
  removedNames,
  reviewTable,
  type PlacesFile,
} from '../src/lib/server/draft/output.ts';
import { endQuietlyOnClosedPipe } from './closed-pipe.ts';

endQuietlyOnClosedPipe();

const USAGE =
  'usage: npm run draft -- <article.md> [--out <places.geojson>] [--resolved] [--force]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function parseArgs(argv: string[]) {
  let article: string | undefined;
  let out: string | undefined;
  let resolved = false;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--resolved') resolved = true;
    else if (a === '--force') force = true;
    else if (a === '--out') {
      out = argv[++i];
      if (!out) fail(`--out needs a file name\n${USAGE}`, 2);
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a}\n${USAGE}`, 2);
    else if (article) fail(`one article at a time (got ${article} and ${a})\n${USAGE}`, 2);
    else article = a;
  }
  if (!article) fail(`no article given\n${USAGE}`, 2);
  return { article, out: out ?? join(dirname(article), 'places.geojson'), resolved, force };
}

const started = performance.now();
const args = parseArgs(process.argv.slice(2));

if (existsSync(args.out) && !args.force)
  fail(`${args.out} already exists: not overwritten. Pass --force to replace it, or --out <file>.`);

let text: string;
try {
  if (statSync(args.article).isDirectory()) fail(`${args.article} is a directory, not an article`);
  text = readFileSync(args.article, 'utf8');
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  fail(
    code === 'ENOENT'
      ? `${args.article}: no such file. Give the path of an article (.md with front matter).`
      : `${args.article}: the file cannot be read (${code ?? (e as Error).message}).`,
  );
}
if (!text.trim()) fail(`${args.article}: the file is empty. Write front matter, then the article.`);

const { article, problems } = parseArticle(text, args.article);
if (!article)
  fail(
    [`${args.article} is not an article the site can read:`, ...problems.map(formatProblem)].join(
      '\n  ',
    ),
  );

/** The places an editor removed from the file being replaced: they stay removed. */
function previouslyRemoved(file: string): PlacesFile['removed'] {
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as PlacesFile).removed;
  } catch {
    return undefined; // a file that is not JSON is replaced whole, as --force says
  }
}

const removed = previouslyRemoved(args.out);
const draft = draftArticle(article, { removed: removedNames(removed) });
if (draft.places.length === 0)
  fail(
    `${args.article}: the article names no place the gazetteer knows; nothing written.` +
      (draft.unplaced.length
        ? ` Names not placed: ${draft.unplaced.map((u) => u.text).join(', ')}.`
        : ''),
  );

const fc: PlacesFile = { ...featureCollection(draft, { resolved: args.resolved }), removed };
try {
  // "wx" refuses a file that appeared since the check above, unless --force.
  writeFileSync(args.out, formatPlaces(fc), { flag: args.force ? 'w' : 'wx' });
} catch (e) {
  fail(`${args.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
}

console.log(reviewTable(draft));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`\nWrote ${args.out} (${draft.places.length} places) in ${seconds} s.`);
console.log(
  `Next: review the places flagged REVIEW, then STORY_ARTICLE=${args.article} STORY_PLACES=${args.out} npm run check:story`,
);
