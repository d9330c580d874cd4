/**
 * `npm run edit -- <article.md> <places.geojson>`: serves the review page for a story on
 * http://127.0.0.1:<PORT, default 5180>/, and the explainer for it on the next port once the
 * places file exists. Without a places file it starts from a draft of the article; the first
 * save creates the file. Nothing is written at start-up.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { editorHandler } from '../src/lib/server/editor/http.ts';
import { ensurePage, servePage } from '../src/lib/server/editor/page.ts';
import { preview } from '../src/lib/server/editor/preview.ts';
import { openSession, StartError } from '../src/lib/server/editor/session.ts';
import { warmSearch } from '../src/lib/server/gazetteer/search.ts';

const USAGE = 'usage: npm run edit -- <article.md> <places.geojson>';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (args.length !== 2 || args.some((a) => a.startsWith('-')))
  fail(`Give an article and its places file.\n${USAGE}`, 2);
const [articleFile, placesFile] = args;
const port = Number(process.env.PORT || 5180);
if (!Number.isInteger(port) || port <= 0 || port > 65534)
  fail(`PORT=${process.env.PORT} is not a port.`, 2);

const started = performance.now();
let session;
try {
  session = openSession(articleFile, placesFile);
} catch (e) {
  if (e instanceof StartError) fail(e.message);
  throw e;
}

const story = preview(resolve(articleFile), resolve(placesFile), port + 1);
story.ensure();

const page = await ensurePage();
if (page.built) console.log('Built the review page (build-edit/).');

const server = createServer(
  editorHandler(session, { port, previewUrl: story.url, onSave: story.ensure }, servePage),
);
server.on('error', (e: NodeJS.ErrnoException) =>
  fail(
    e.code === 'EADDRINUSE'
      ? `Port ${port} is in use: set PORT to another, e.g. PORT=5190 npm run edit -- …`
      : `The editor cannot listen on 127.0.0.1:${port} (${e.code ?? e.message}).`,
  ),
);
server.listen(port, '127.0.0.1', () => {
  // The search index (1.3 million names) is built now, while the editor opens the page.
  setTimeout(warmSearch, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Reviewing ${articleFile} → ${placesFile}${session.version ? '' : ' (a new file: not written until you save)'}`,
  );
  console.log(`http://127.0.0.1:${port}/  (ready in ${seconds} s; Ctrl+C to stop)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    story.stop();
    server.close();
    process.exit(0);
  });
