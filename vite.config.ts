/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { headersFile, securityHeaders } from './src/security/csp.ts';
import { catalogPath, seriesPath } from './src/contract/paths.ts';
import type { Catalog } from './src/contract/schema.ts';
import { DEFAULT_VIEW } from './src/state/viewState.ts';

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

/**
 * Preload hints (issue #20): index.html asks for the catalog, the default view's series and the
 * countries' boundaries as it asks for the app's JS, instead of after the JS has run and React has mounted. `as="fetch"` with
 * `crossorigin` matches the client's fetch (mode cors, same-origin credentials), so the client's
 * request takes the preloaded response. The data base is VITE_DATA_BASE (as the app reads it) or
 * the data the build ships under the base path. The default series is named only when the catalog
 * is here at build time (the shipped data); with another server, the catalog alone is hinted and the
 * entry asks for the series (src/startup/earlyStart.ts). Build only: the dev server's mocks (msw)
 * must see every request.
 */
function dataPreloads(dataBase: string | undefined): Plugin {
  let hrefs: string[] = [];
  return {
    name: 'migration-lens:data-preloads',
    apply: 'build',
    configResolved(config) {
      const configured = dataBase?.trim() ?? '';
      const base = configured === '' ? `${config.base}data/` : configured.endsWith('/') ? configured : `${configured}/`;
      if (/["<>\s]/.test(base)) throw new Error(`VITE_DATA_BASE must be a URL or path without quotes, angle brackets or spaces: got "${base}"`);
      hrefs = [`${base}${catalogPath()}`];
      const shipped = new URL('./public/data/catalog.json', import.meta.url);
      if (configured === '' && existsSync(shipped)) {
        // The default view's series, as resolveView finds it (src/data/catalogIndex.ts): the default
        // indicator (or the catalog's first), its first source, the total; none for a source with
        // figures between pairs of countries only. (Importing resolveView here would load src/ through
        // extensionless imports, which Vite's native config loader will not take.)
        const catalog = JSON.parse(readFileSync(shipped, 'utf8')) as Catalog;
        const indicator = catalog.indicators.find((i) => i.id === DEFAULT_VIEW.indicator) ?? catalog.indicators[0];
        const ref = indicator?.sources[0];
        if (indicator && ref && ref.total !== false) hrefs.push(`${base}${seriesPath(indicator.id, ref.id)}`);
      }
      // The countries' boundaries, which the default view (the map) and the Compare panel's ratio map
      // draw: they ship with the app, under its base.
      hrefs.push(`${config.base}geo/countries.topo.json`);
    },
    transformIndexHtml() {
      return hrefs.map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href }, injectTo: 'head-prepend' as const }));
    },
  };
}

/**
 * src/startup/readEarly.ts, built as an entry of its own and named first in index.html, async: it
 * runs as soon as it and its few imports are in, while the app's entry is still being compiled (issue
 * #20: a return visit's map reads its kept shapes sooner). Build only: the dev server has no service
 * worker, so no return visit to speed up.
 */
function earlyScript(): Plugin {
  const id = new URL('./src/startup/readEarly.ts', import.meta.url).pathname;
  let base = '/';
  return {
    name: 'migration-lens:early-script',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id, name: 'readEarly' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((file) => file.type === 'chunk' && file.facadeModuleId === id);
        if (!chunk) throw new Error('readEarly.ts is missing from the bundle');
        return [
          { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `${base}${chunk.fileName}` }, injectTo: 'head-prepend' },
        ];
      },
    },
  };
}

/**
 * The service worker (src/sw/sw.ts; issue #20: return visits and offline), built as its own file,
 * `sw.js` at the root of dist/ (so its scope can be the app's base, sub-path included). It imports
 * nothing the app imports, so it is one file without imports (a classic worker script). Once the
 * bundle is complete, the build's hashed files (assets/, no source maps) are written into it as its
 * precache list, with the build's id (a hash of that list and index.html) that versions its caches.
 * VITE_SERVICE_WORKER=off opts out (README, "Offline and updates").
 */
function serviceWorker(mode: string | undefined): Plugin {
  const off = mode?.trim() === 'off';
  return {
    name: 'migration-lens:service-worker',
    apply: 'build',
    buildStart() {
      // VITE_SERVICE_WORKER=off: the app registers none (src/main.tsx), and sw.js is one that removes
      // an earlier deploy's worker and caches from the browsers that installed it.
      if (off) this.emitFile({ type: 'asset', fileName: 'sw.js', source: readFileSync(new URL('./src/sw/uninstall.js', import.meta.url), 'utf8') });
      else this.emitFile({ type: 'chunk', id: new URL('./src/sw/sw.ts', import.meta.url).pathname, fileName: 'sw.js' });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (off) return;
        const sw = bundle['sw.js'];
        if (!sw || sw.type !== 'chunk') return this.error('the service worker (sw.js) is missing from the bundle');
        if (sw.imports.length > 0 || /\bimport\.meta\b/.test(sw.code))
          return this.error(`sw.js must stand alone: it imports ${sw.imports.join(', ') || 'import.meta'}`);
        const precache = Object.keys(bundle)
          .filter((name) => name.startsWith('assets/') && !name.endsWith('.map'))
          .sort();
        const html = bundle['index.html'];
        const page = html && html.type === 'asset' ? String(html.source) : '';
        const build = createHash('sha256').update(precache.join('\n')).update(page).digest('hex').slice(0, 12);
        sw.code = sw.code.replaceAll('__ML_SW_BUILD__', JSON.stringify(build)).replaceAll('__ML_SW_PRECACHE__', JSON.stringify(precache));
      },
    },
  };
}

/**
 * The version of the map's shapes that a browser keeps between visits (src/features/map/keptGeometry.ts):
 * a hash of the boundaries files and of the code and library that build shapes from them, so that a
 * release changing either never draws shapes kept from an older one.
 */
function boundariesVersion(): string {
  const hash = createHash('sha256');
  const geo = new URL('./public/geo/', import.meta.url);
  for (const name of readdirSync(geo).sort()) hash.update(name).update(readFileSync(new URL(name, geo)));
  const code = ['src/data/boundaries.ts', 'src/features/map/geometry.ts', 'src/features/map/geometryPacking.ts', 'src/features/map/previewShapes.ts'];
  for (const file of [...code, 'node_modules/topojson-client/package.json']) hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
  return hash.digest('hex').slice(0, 12);
}

export default defineConfig({
  define: { __ML_BOUNDARIES_VERSION__: JSON.stringify(boundariesVersion()) },
  base: basePath(process.env.ML_BASE_PATH),
  plugins: [react(), mocksAndHeaders(), dataPreloads(process.env.VITE_DATA_BASE), earlyScript(), serviceWorker(process.env.VITE_SERVICE_WORKER)],
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
