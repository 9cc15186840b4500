/// <reference types="vitest/config" />
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { headersFile, securityHeaders } from './src/security/csp.ts';

/** The security headers (CSP and others, see src/security/csp.ts): sent by `vite preview`, written to dist/_headers. */
const headerOptions = { dataBase: process.env.VITE_DATA_BASE, frameAncestors: process.env.ML_FRAME_ANCESTORS };

/**
 * msw's service worker lives in mocks/, not public/, so the build never ships it: only the dev
 * server serves it (VITE_MOCK_SCENARIO). Every build gets a `_headers` file with the security
 * headers for static hosts.
 */
const demoDir = new URL('./mocks/demo-data/', import.meta.url).pathname;

function mocksAndHeaders(): Plugin {
  const worker = () => readFileSync(new URL('./mocks/mockServiceWorker.js', import.meta.url), 'utf8');
  return {
    name: 'migration-lens:mocks-and-headers',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path.endsWith('/mockServiceWorker.js')) {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(worker());
          return;
        }
        // `npm run start:demo`: the synthetic demo dataset (mocks/demo-data/) at /demo-data/.
        const demo = /^\/demo-data\/(.+\.json)$/.exec(path);
        const file = demo ? normalize(join(demoDir, decodeURIComponent(demo[1]!))) : null;
        if (file && file.startsWith(demoDir) && existsSync(file) && statSync(file).isFile()) {
          res.setHeader('Content-Type', 'application/json');
          res.end(readFileSync(file));
          return;
        }
        next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(headerOptions) });
    },
  };
}

/**
 * The path the site is served under (GitHub Pages serves a project at /<repository>/): ML_BASE_PATH,
 * default "/". The app finds its data and boundaries under it (import.meta.env.BASE_URL).
 */
function basePath(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return '/';
  const path = value.trim();
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(path) || path.split('/').includes('..')) {
    throw new Error(`ML_BASE_PATH must be a path such as /migration-lens/ (slashes around, no "..": got "${value}")`);
  }
  return path;
}

export default defineConfig({
  base: basePath(process.env.ML_BASE_PATH),
  plugins: [react(), mocksAndHeaders()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', headers: securityHeaders(headerOptions) },
  build: { sourcemap: true, chunkSizeWarningLimit: 1200 },
  test: {
    restoreMocks: true,
    // Generating the whole demo dataset takes seconds on a busy two-core machine.
    testTimeout: 30_000,
    // Two projects, chosen by measurement (README, "Tests"): pure modules and the pipeline in Node,
    // without jsdom or msw unless a file asks for msw; components in jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          isolate: false,
          environment: 'node',
          include: ['src/**/*.test.ts', 'mocks/**/*.test.ts', 'pipeline/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/lint/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['src/**/*.test.tsx', 'test/unit/**/*.test.tsx'],
        },
      },
    ],
  },
});
