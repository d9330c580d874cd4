/**
 * One review session of `npm run edit`: the article, its places file (or, before the first
 * save, a draft of it), the version on disk it was loaded from, and the save that writes the
 * file only when the story passes the checks of `npm run check:story`.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { Feature } from 'geojson';
import { parseArticle, type Article } from '../../core/article';
import { formatProblem, type Problem } from '../../core/problems';
import { buildStory } from '../../core/story';
import { draftArticle, type Draft } from '../draft/draft';
import { featureCollection, formatPlaces, removedNames, type PlacesFile } from '../draft/output';
import { resolveRef } from '../gazetteer';

/** Why the editor cannot start: a message naming the file and what to do. */
export class StartError extends Error {}

export interface Session {
  articleFile: string;
  placesFile: string;
  articleText: string;
  article: Article;
  draft: Draft;
  /** The file on disk when loaded, else the draft's. */
  file: PlacesFile;
  /** The hash of the file on disk the page started from; null when there was none. */
  version: string | null;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function readText(file: string, what: string): string {
  try {
    if (statSync(file).isDirectory()) throw new StartError(`${file} is a directory, not ${what}.`);
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof StartError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new StartError(
      code === 'ENOENT'
        ? `${file}: no such file. Give the path of ${what}.`
        : `${file}: the file cannot be read (${code ?? (e as Error).message}).`,
    );
  }
}

/** The places file on disk, parsed; an invalid one stops the editor (and is left as it is). */
function readPlaces(file: string): { file: PlacesFile; text: string } | undefined {
  if (!existsSync(file)) return undefined;
  const text = readText(file, 'a places file (GeoJSON)');
  let json: PlacesFile;
  try {
    json = JSON.parse(text) as PlacesFile;
  } catch (e) {
    throw new StartError(
      `${file} is not valid JSON (${(e as Error).message}). Fix it, or give a new file name to start from a draft; the file was not changed.`,
    );
  }
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new StartError(
      `${file} is not a GeoJSON FeatureCollection. Give a places file, or a new file name to start from a draft; the file was not changed.`,
    );
  return { file: json, text };
}

export function openSession(articleFile: string, placesFile: string): Session {
  const articleText = readText(articleFile, 'an article (.md with front matter)');
  const { article, problems } = parseArticle(articleText, articleFile);
  if (!article)
    throw new StartError(
      [`${articleFile} is not an article the site can read:`, ...problems.map(formatProblem)].join(
        '\n  ',
      ),
    );
  if (!existsSync(dirname(placesFile)))
    throw new StartError(
      `${dirname(placesFile)}: no such folder for ${placesFile}. Create it, or name a places file in a folder that exists.`,
    );
  const onDisk = readPlaces(placesFile);
  const draft = draftArticle(article, { removed: removedNames(onDisk?.file.removed) });
  return {
    articleFile,
    placesFile,
    articleText,
    article,
    draft,
    file: onDisk?.file ?? featureCollection(draft),
    version: onDisk ? hash(onDisk.text) : null,
  };
}

/** The version of the file on disk now (null when there is none). */
export function versionOnDisk(session: Session): string | null {
  return existsSync(session.placesFile) ? hash(readFileSync(session.placesFile, 'utf8')) : null;
}

/**
 * Catches up with a file changed on disk since it was loaded (the page reloads after a refused
 * save); a file that no longer parses leaves the session as it was.
 */
export function refresh(session: Session): void {
  if (versionOnDisk(session) === session.version) return;
  try {
    const onDisk = readPlaces(session.placesFile);
    if (!onDisk) return;
    session.file = onDisk.file;
    session.version = hash(onDisk.text);
  } catch {
    // kept as loaded: the save will be refused again and say why
  }
}

export type SaveResult =
  | { status: 200; version: string; warnings: string[] }
  | { status: 409; message: string }
  | { status: 422; problems: Problem[]; warnings: string[] };

/**
 * Saves the places if the file on disk is still the version the page started from and the
 * story builds: written to a temporary file beside it, the previous version kept as `.bak`,
 * then renamed over it, so that a reader of the file never sees half of it.
 */
export function savePlaces(
  session: Session,
  features: Feature[],
  removed: Feature[],
  version: string | null,
): SaveResult {
  const now = versionOnDisk(session);
  if (now !== version)
    return {
      status: 409,
      message: `${session.placesFile} changed on disk since this page loaded it; not overwritten.`,
    };
  const text = formatPlaces({ type: 'FeatureCollection', features, removed });
  const { built, problems } = buildStory(
    session.articleText,
    session.articleFile,
    text,
    session.placesFile,
    { resolve: resolveRef },
  );
  if (!built) return { status: 422, problems, warnings: [] };
  const tmp = `${session.placesFile}.tmp`;
  writeFileSync(tmp, text);
  if (now !== null) copyFileSync(session.placesFile, `${session.placesFile}.bak`);
  renameSync(tmp, session.placesFile);
  session.file = JSON.parse(text) as PlacesFile;
  session.version = hash(text);
  return { status: 200, version: session.version, warnings: built.warnings };
}
