import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { expect, test } from './fixtures';
import { mapIdle } from './mapIdle';

/**
 * The service worker under a sub-path (GitHub Pages serves a project at /<repository>/, deploy.yml
 * builds with ML_BASE_PATH): a second build with ML_BASE_PATH=/migration-lens/, served by
 * `vite preview` under that path. The worker registers with that scope, and a reload offline works.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const BASE = '/migration-lens/';

test.use({ demoData: false, serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

let server: PreviewServer | null = null;
let origin = '';
let outDir = '';

test.beforeAll(async () => {
  test.setTimeout(300_000); // a whole build, on a machine that may be busy
  outDir = mkdtempSync(join(tmpdir(), 'ml-subpath-'));
  const before = process.env.ML_BASE_PATH;
  process.env.ML_BASE_PATH = BASE;
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  } finally {
    if (before === undefined) delete process.env.ML_BASE_PATH;
    else process.env.ML_BASE_PATH = before;
  }
  const address = server.httpServer.address() as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
});

test.afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('under a sub-path, the service worker registers at that scope and serves a reload offline', async ({ page, context }) => {
  await page.goto(`${origin}${BASE}?year=2020`);
  await mapIdle(page, '|2020|');
  const key = await page.locator('.map-canvas').getAttribute('data-fill-key');
  await expect(page.locator('html')).toHaveAttribute('data-sw', 'ready', { timeout: 60_000 });
  const registration = await page.evaluate(async () => {
    const found = await navigator.serviceWorker.getRegistration();
    return { scope: found?.scope, script: found?.active?.scriptURL, controlled: navigator.serviceWorker.controller !== null };
  });
  expect(registration).toEqual({ scope: `${origin}${BASE}`, script: `${origin}${BASE}sw.js`, controlled: true });

  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
  await page.reload();
  await mapIdle(page, '|2020|');
  expect(await page.locator('.map-canvas').getAttribute('data-fill-key')).toBe(key);
});
