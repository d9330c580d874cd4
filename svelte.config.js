import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Sub-path hosting: BASE_PATH=/explainers/isis builds a site that lives under that path. */
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

const outDir = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // BUILD_DIR lets a second story build beside the first (the e2e tests do).
    adapter: adapter({ pages: outDir, assets: outDir, precompress: true, strict: true }),
    paths: { base, relative: false },
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    output: { bundleStrategy: 'split' },
  },
};

export default config;
