import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compressSite } from './scripts/compress-site.js';

/**
 * SvelteKit's route announcer (a visually hidden live region) carries an inline style
 * attribute. Rather than allow inline styles, the policy allows that one attribute by its hash
 * ('unsafe-hashes'); the hash is computed from Kit's own source so it follows Kit upgrades.
 */
function announcerStyleHash() {
  const require = createRequire(import.meta.url);
  const kit = dirname(require.resolve('@sveltejs/kit/package.json'));
  const root = join(kit, 'src/core/sync/write_root.js');
  const style = /id="svelte-announcer"[^>]*style="([^"]+)"/.exec(readFileSync(root, 'utf8'))?.[1];
  if (!style) throw new Error("svelte.config.js: SvelteKit's announcer style was not found");
  return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/**
 * The inline script in src/app.html that sets the colour scheme before the first paint, allowed
 * by its hash, computed from the file itself so that an edit cannot leave the policy behind.
 */
export function themeScriptHash(html = readFileSync('src/app.html', 'utf8')) {
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!script)
    throw new Error('svelte.config.js: the colour scheme script in src/app.html was not found');
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** Sub-path hosting: BASE_PATH=/explainers/isis builds a site that lives under that path. */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

const outDir = process.env.BUILD_DIR || 'build';

/**
 * adapter-static, then the site precompressed by scripts/compress-site.js (a bounded pool, the
 * quality by who fetches the file) rather than by the adapter's own, which starts every file at
 * once and costs gigabytes on a long story.
 */
const staticAdapter = adapter({ pages: outDir, assets: outDir, precompress: false, strict: true });
const compressed = {
  ...staticAdapter,
  /** @param {import('@sveltejs/kit').Builder} builder */
  async adapt(builder) {
    await staticAdapter.adapt(builder);
    builder.log.minor(`Compressed ${await compressSite(outDir)} files`);
  },
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // BUILD_DIR lets a second story build beside the first (the e2e tests do).
    adapter: compressed,
    paths: { base, relative: false },
    // Two requests at a time: while resvg draws one preview on its own thread, the next page
    // renders; more buys nothing on a laptop's cores and holds more images at once.
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail', concurrency: 2 },
    output: { bundleStrategy: 'split' },
    // A strict policy: no inline script but SvelteKit's own bootstrap and the colour scheme's
    // (by hash), no eval, no inline styles, nothing from another origin. MapLibre's worker is a
    // file on this origin.
    // Prerendered pages carry it as a <meta> tag; `npm start` also sends it as a header, with
    // frame-ancestors, which a meta tag cannot carry.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', themeScriptHash()],
        'style-src': ['self', 'unsafe-hashes', announcerStyleHash()],
        // MapLibre's control icons are data: SVGs in its stylesheet; it decodes images as blobs.
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'frame-src': ['none'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['none'],
        'manifest-src': ['self'],
      },
    },
  },
};

export default config;
