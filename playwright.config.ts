import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 45_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: [
    {
      command: 'node scripts/serve.js',
      url: 'http://127.0.0.1:4173/',
      env: { PORT: '4173' },
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node scripts/serve.js',
      url: 'http://127.0.0.1:4174/',
      env: { PORT: '4174', BUILD_DIR: 'build-fixture' },
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node scripts/serve.js',
      url: 'http://127.0.0.1:4175/explainers/isis/',
      env: { PORT: '4175', BUILD_DIR: 'build-subpath', BASE_PATH: '/explainers/isis' },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
