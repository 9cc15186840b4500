// The benchmark (`npm run bench`): not a test, nothing here fails on time; targets are reported.
//
// Builds the production site once into a temp dir (or takes BENCH_DIST), serves it with
// `vite preview`, builds the harness pages (test/bench/*.html, never part of the app's build) and
// serves them, drives Debian's Chromium headless (CHROMIUM_PATH to override) and measures, each over
// repeated runs (median and p90):
//   bytes    JS and CSS of the build by category, raw and gzip (bytes.mjs)
//   app      navigation → map drawn and idle, period change → recoloured and idle, hover, comparison
//            recompute in the Compare panel, JS heap (app-bench.mjs)
//   series   time-series render for large selections (series-bench.mjs)
//   compare  the comparison's statistics and period matching for all countries (compare-bench.mjs)
//   scale    the app's map component and transform on a 2,160-unit grid with monthly values over
//            20 years, and on the world (map-bench.mjs, map.html)
//   peer     the same choropleths with plotly.js (map-bench.mjs, plotly.html), as ratios
// Writes bench-results/bench-<date>.json, prints a table, then the targets of issue #20 (links →
// figures for the map, Compare and a country's series; plotly ÷ ours; return visits; bytes), each
// with its figure and "met" or "NOT MET", and the load average of the run.
//
// Environment: BENCH_RUNS (period changes, series and comparison runs; default 20), BENCH_NAV_RUNS
// (navigations; default 7), BENCH_COLD_RUNS (default 7), BENCH_HOVERS (hovers; default 30),
// BENCH_ONLY (a comma list of the parts above), BENCH_GL_MODES (for scale and peer: 'software,gpu'
// by default, see lib/chromium.mjs), BENCH_DIST (a production build to use), BENCH_SHOTS (a
// directory for screenshots of each page measured), BENCH_MAP_SETS (for scale and peer: 'world,grid,nuts3'; the peer draws world and grid).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runAppBench } from './app-bench.mjs';
import { measureBytes } from './bytes.mjs';
import { runCompareBench } from './compare-bench.mjs';
import { buildHarness } from './harness-build.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { previewBuild, serveStatic } from './lib/serve.mjs';
import { runMapPage } from './map-bench.mjs';
import { printTable, printTargets, tableRows, targetRows, writeResults } from './report.mjs';
import { runSeriesBench } from './series-bench.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const env = process.env;
const count = (name, fallback) => {
  const n = Number(env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
  return n;
};
const RUNS = count('BENCH_RUNS', 20);
const NAV_RUNS = count('BENCH_NAV_RUNS', 7);
const COLD_RUNS = count('BENCH_COLD_RUNS', 7);
const HOVERS = count('BENCH_HOVERS', 30);
const PARTS = ['bytes', 'app', 'series', 'compare', 'scale', 'peer'];
const only = new Set(
  (env.BENCH_ONLY ?? PARTS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
for (const part of only) if (!PARTS.includes(part)) throw new Error(`BENCH_ONLY: unknown part ${part} (${PARTS.join(', ')})`);
const GL_MODES = (env.BENCH_GL_MODES ?? 'software,gpu').split(',').map((s) => s.trim());
const MAP_SETS = (env.BENCH_MAP_SETS ?? 'world,grid,nuts3').split(',').map((s) => s.trim());
const shotsDir = env.BENCH_SHOTS ? resolve(env.BENCH_SHOTS) : null;

const log = (...args) => console.log(...args);
const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? null;

function buildApp() {
  if (env.BENCH_DIST) {
    const dir = resolve(env.BENCH_DIST);
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`BENCH_DIST ${dir} has no index.html`);
    return { dir, remove: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  log(`bench: building the production site into ${dir}…`);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function plotlyBytes() {
  const bytes = readFileSync(join(root, 'node_modules/plotly.js-dist-min/plotly.min.js'));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function main() {
  if (shotsDir) mkdirSync(shotsDir, { recursive: true });
  const started = Date.now();
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      node: process.version,
      loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    git: { commit: git('rev-parse', 'HEAD'), changedFiles: (git('status', '--porcelain') ?? '').split('\n').filter(Boolean).length },
    settings: { runs: RUNS, navRuns: NAV_RUNS, coldRuns: COLD_RUNS, hovers: HOVERS, parts: [...only], glModes: GL_MODES },
  };
  const needsApp = only.has('app') || only.has('bytes');
  const needsHarness = ['series', 'compare', 'scale', 'peer'].some((p) => only.has(p));
  const app = needsApp ? buildApp() : null;
  const harness = needsHarness ? (log('bench: building the harness pages…'), await buildHarness(root)) : null;
  const servers = [];
  try {
    const appServer = app && only.has('app') ? await previewBuild(root, app.dir) : null;
    if (appServer) servers.push(appServer);
    const harnessServer = harness ? await serveStatic(harness.dir) : null;
    if (harnessServer) servers.push(harnessServer);

    let mapSize = { width: 1000, height: 560 };
    const browser = await launchChromium('software');
    try {
      results.browser = `chromium ${browser.version()}`;
      if (appServer) {
        log('bench: app (navigation, period change, hover, comparison)…');
        results.app = await runAppBench({ browser, base: appServer.url, navRuns: NAV_RUNS, runs: RUNS, hoverCount: HOVERS, shotsDir, log });
        mapSize = results.app.mapSize ?? mapSize;
      }
      if (only.has('series')) {
        log('bench: time series…');
        results.series = await runSeriesBench({ browser, base: harnessServer.url, runs: RUNS, shotsDir, log });
      }
      if (only.has('compare')) {
        log('bench: comparison recompute…');
        results.compare = await runCompareBench({ browser, base: harnessServer.url, runs: RUNS, coldRuns: COLD_RUNS, log });
      }
    } finally {
      await browser.close();
    }
    if (app && only.has('bytes')) results.bytes = measureBytes(root, app.dir, results.app?.loaded ?? null);

    if (only.has('scale') || only.has('peer')) {
      results.mapSize = mapSize;
      results.maps = {};
      // The peer's ratios need the app's map too.
      const kinds = only.has('peer') ? ['app-map', 'plotly'] : ['app-map'];
      for (const mode of GL_MODES) {
        const modeBrowser = await launchChromium(mode);
        results.maps[mode] = {};
        try {
          for (const kind of kinds) {
            results.maps[mode][kind] = {};
            for (const set of MAP_SETS) {
              if (kind === 'plotly' && set === 'nuts3') continue;
              log(`bench: ${kind} ${set} (${mode} GL)…`);
              const shots = shotsDir && mode === GL_MODES[0] ? shotsDir : null;
              results.maps[mode][kind][set] = await runMapPage({
                browser: modeBrowser,
                base: harnessServer.url,
                kind,
                set,
                size: mapSize,
                runs: RUNS,
                navRuns: NAV_RUNS,
                hoverCount: HOVERS,
                shotsDir: shots,
                log,
              });
            }
          }
        } finally {
          await modeBrowser.close();
        }
      }
      if (only.has('peer')) results.peerBytes = plotlyBytes();
    }
  } finally {
    for (const server of servers) await server.stop();
    harness?.remove();
    app?.remove();
  }
  results.machine.loadAverageAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);
  results.durationS = Math.round((Date.now() - started) / 1000);
  if (results.app) delete results.app.loaded; // summarised in bytes

  const rows = tableRows(results);
  log(
    `\nMigration Lens benchmark (${results.browser}; ${RUNS} runs, ${NAV_RUNS} navigations; load ${results.machine.loadAverageAtStart.join(' ')} → ${results.machine.loadAverageAtEnd.join(' ')})`,
  );
  printTable(rows, log);
  results.targets = targetRows(results);
  printTargets(results.targets, `${results.machine.loadAverageAtStart.join(' ')} → ${results.machine.loadAverageAtEnd.join(' ')}`, log);
  const file = writeResults(root, results, rows);
  log(`\nwritten: ${file.slice(root.length)} (${results.durationS} s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
