// Builds the bench's harness pages (test/bench/*.html) with Vite in production mode, into a temp
// directory: never into dist/, and never part of the app's build (vite.config.ts names no page of
// test/). The app's public/ (boundaries) is copied beside them, as in the app, and the demo dataset
// (mocks/demo-data/) as data/, which the harness pages read.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export const HARNESS_PAGES = ['series', 'map', 'plotly', 'compare'];

/** Builds the pages; resolves with { dir, page(name) → path on the server, remove() }. */
export async function buildHarness(root, pages = HARNESS_PAGES) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-harness-'));
  await build({
    root,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 6000,
      rollupOptions: { input: Object.fromEntries(pages.map((name) => [name, join(root, `test/bench/${name}.html`)])) },
    },
  });
  cpSync(join(root, 'mocks/demo-data'), join(dir, 'data'), { recursive: true });
  return { dir, page: (name) => `/test/bench/${name}.html`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
