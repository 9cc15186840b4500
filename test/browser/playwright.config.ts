import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_BASE_ARGS } from '../bench/lib/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Real-browser tests: Debian's Chromium against the production build, built once and served on a
 * free port by globalSetup.ts. Failure scenarios are played with Playwright's request routing
 * (scenarios.ts), so no second build is needed.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: `${root}test-results`,
  globalSetup: './globalSetup.ts',
  // Generous limits: a busy two-core machine can be several times slower than an idle one. Every
  // wait is for something the page shows, so an idle machine never waits for these.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: process.env.ML_BASE_URL,
    viewport: { width: 1366, height: 768 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_BASE_ARGS,
    },
    // The production build registers a service worker (src/sw/): blocked here, so that every request
    // of a test reaches its routes (demo data, failure scenarios) and nothing is cached between
    // pages. offline.spec.ts allows it.
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium' }],
});
