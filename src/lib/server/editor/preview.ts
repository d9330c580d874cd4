/**
 * The explainer for the story being reviewed, served as `npm run dev` serves it (Vite's dev
 * server, SvelteKit rendering on request) on the next port. The story is rebuilt whenever its
 * files change on disk (load-story), so a save shows in the preview at its next load without
 * restarting anything. It starts once the places file exists.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Preview {
  /** The preview's address once it answers. */
  url(): string | undefined;
  /** Starts it if the places file exists and it is not running. */
  ensure(): void;
  stop(): void;
}

export function preview(article: string, places: string, port: number): Preview {
  const vite = join(
    dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin/vite.js',
  );
  let child: ChildProcess | undefined;
  let ready: string | undefined;

  function ensure() {
    if (child || !existsSync(places)) return;
    const address = `http://127.0.0.1:${port}/`;
    child = spawn(
      process.execPath,
      [vite, 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      {
        env: { ...process.env, STORY_ARTICLE: article, STORY_PLACES: places, BASE_PATH: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const watch = (chunk: Buffer) => {
      if (!ready && chunk.toString().includes(`${port}`)) ready = address;
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`preview: ${chunk}`));
    child.on('exit', () => {
      child = undefined;
      ready = undefined;
    });
  }

  return {
    url: () => ready,
    ensure,
    stop: () => child?.kill(),
  };
}
