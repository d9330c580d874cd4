import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit(), svelteTesting()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022' },
  test: {
    include: [
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/component/**/*.test.ts',
    ],
    // Plain Node; component tests ask for jsdom in their first line.
    environment: 'node',
    // Some tests spawn the commands (check:story, draft, build) or load the gazetteer: seconds
    // each, and many more on a busy machine. A limit is for hung tests, never a timing check.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['tests/setup.ts'],
    // Test files share their worker's modules: the story, Natural Earth and the gazetteer are
    // loaded once per worker, not once per file (the unit and component tests in 92 s instead
    // of 141 s here). No test mocks a module or stubs a global, so none can leak into another.
    isolate: false,
  },
});
