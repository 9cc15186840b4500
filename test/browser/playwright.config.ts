import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env.PREVIEW_PORT ?? 4173);
/** The test build with msw (VITE_ENABLE_MOCKS=1): the failure scenarios of robustness.spec.ts (tests tagged @mocks). */
const mocksPort = Number(process.env.MOCKS_PORT ?? port + 1);

/** Real-browser tests: Debian's Chromium against the production build under `vite preview`. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: `${root}test-results`,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', grepInvert: /@mocks/ },
    { name: 'mocks', testMatch: 'robustness.spec.ts', grep: /@mocks/, use: { baseURL: `http://127.0.0.1:${mocksPort}` } },
  ],
  webServer: [
    {
      command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      cwd: root,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same app built with msw, which plays the scenario a test puts in sessionStorage; dist/ stays free of msw.
      command: `npx vite build --outDir dist-mocks --emptyOutDir && npx vite preview --outDir dist-mocks --host 127.0.0.1 --port ${mocksPort} --strictPort`,
      env: { VITE_ENABLE_MOCKS: '1' },
      cwd: root,
      url: `http://127.0.0.1:${mocksPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
