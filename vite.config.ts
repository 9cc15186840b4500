/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { headersFile, securityHeaders } from './src/security/csp.ts';

/** The security headers (CSP and others, see src/security/csp.ts): sent by `vite preview`, written to dist/_headers. */
const headerOptions = { dataBase: process.env.VITE_DATA_BASE, frameAncestors: process.env.ML_FRAME_ANCESTORS };

/**
 * msw's service worker lives in mocks/, not public/, so the production build never ships it: the
 * dev server serves it (VITE_MOCK_SCENARIO), and only the test build (VITE_ENABLE_MOCKS=1) emits it.
 * Every build also gets a `_headers` file with the security headers for static hosts.
 */
function mocksAndHeaders(): Plugin {
  const worker = () => readFileSync(new URL('./mocks/mockServiceWorker.js', import.meta.url), 'utf8');
  return {
    name: 'migration-lens:mocks-and-headers',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0]?.endsWith('/mockServiceWorker.js')) {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(worker());
        } else next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(headerOptions) });
      if (process.env.VITE_ENABLE_MOCKS === '1') this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: worker() });
    },
  };
}

export default defineConfig({
  plugins: [react(), mocksAndHeaders()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', headers: securityHeaders(headerOptions) },
  build: { sourcemap: true, chunkSizeWarningLimit: 1200 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'pipeline/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Generating the whole demo dataset takes seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
