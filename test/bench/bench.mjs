// The map benchmark (`npm run bench`): not a test, nothing here passes or fails on time.
//
// Builds the production site (or reuses the last bench build with --reuse), serves it with
// `vite preview` on a free port, drives Debian's Chromium (CHROMIUM_PATH to override) and measures,
// over RUNS runs each (median and p90):
//   - navigation to map drawn and idle: from navigation start to the map component's first
//     performance mark 'ml:map-idle' for a view with data (its colours applied and maplibre idle);
//   - a period change to recoloured and idle: from dispatching a new Year in the page to the next
//     'ml:map-idle' mark for that period.
// Writes bench-results/bench.json and prints a short table.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { printSeriesBench, runSeriesBench, writeSeriesBench } from './series-bench.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = join(root, 'bench-results');
const distDir = join(outDir, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const reuse = process.argv.includes('--reuse');
const NAV_URL = '/?year=2020';
const PERIODS = ['1990', '1995', '2000', '2005', '2010', '2015', '2024'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (v) => Math.round(v * 10) / 10;
  return { runs: samples.length, median: round(quantile(sorted, 0.5)), p90: round(quantile(sorted, 0.9)), min: round(sorted[0]), max: round(sorted.at(-1)), samples: samples.map(round) };
}

/** In the page: resolves with the time of the first 'ml:map-idle' mark whose key satisfies the test. */
function waitForIdleMark(page, keyIncludes) {
  return page.evaluate(
    (part) =>
      new Promise((resolve) => {
        const match = (entry) => entry.name === 'ml:map-idle' && entry.detail?.key?.endsWith('|data') && entry.detail.key.includes(part);
        const done = performance.getEntriesByType('mark').find(match);
        if (done) return resolve(done.startTime);
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntries().find(match);
          if (entry) {
            observer.disconnect();
            resolve(entry.startTime);
          }
        });
        observer.observe({ type: 'mark' });
      }),
    keyIncludes,
  );
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  if (!reuse || !existsSync(join(distDir, 'index.html'))) {
    console.log('bench: building the production site…');
    const build = spawnSync('npx', ['vite', 'build', '--outDir', distDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const preview = spawn('npx', ['vite', 'preview', '--outDir', distDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    await waitForServer(`${base}/`);
    const viewport = { width: 1366, height: 768 };

    // Navigation to map drawn and idle: a fresh context (cold HTTP cache) per run.
    const navigation = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${base}${NAV_URL}`);
      const idleAt = await waitForIdleMark(page, '|2020|');
      if (i > 0) navigation.push(idleAt); // the first run warms the OS file cache and the server
      await context.close();
    }

    // A period change to recoloured and idle, in one page.
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${base}${NAV_URL}`);
    await waitForIdleMark(page, '|2020|');
    const periodChange = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const period = PERIODS[i % PERIODS.length];
      const elapsed = await page.evaluate(
        (p) =>
          new Promise((resolve) => {
            const select = [...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent === 'Year');
            if (!select) throw new Error('no Year control');
            const observer = new PerformanceObserver((list) => {
              const entry = list.getEntries().find((e) => e.name === 'ml:map-idle' && e.detail?.key?.includes(`|${p}|`));
              if (entry) {
                observer.disconnect();
                resolve(entry.startTime - start);
              }
            });
            observer.observe({ type: 'mark' });
            const start = performance.now();
            select.value = p;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        period,
      );
      if (i > 0) periodChange.push(elapsed);
    }
    const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    await context.close();

    const result = {
      date: new Date().toISOString(),
      browser: `chromium ${browser.version()}`,
      url: NAV_URL,
      viewport,
      metrics: {
        navigationToMapIdleMs: summarise(navigation),
        periodChangeToIdleMs: summarise(periodChange),
      },
      jsHeapAfterRunsBytes: heap,
      notes:
        'Headless Chromium (SwiftShader WebGL, software rendering), vite preview on localhost. Navigation: fresh context per run, from navigation start to the first ml:map-idle mark with data. Period change: from the Year change event to the ml:map-idle mark of that period.',
    };
    writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);

    const rows = [
      ['navigation → map drawn and idle', result.metrics.navigationToMapIdleMs],
      ['period change → recoloured and idle', result.metrics.periodChangeToIdleMs],
    ];
    console.log(`\nMigration Lens map benchmark (${result.browser}, ${RUNS} runs each)`);
    console.log(`${'measure'.padEnd(38)} ${'median'.padStart(9)} ${'p90'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)}`);
    for (const [label, s] of rows) {
      console.log(`${label.padEnd(38)} ${`${s.median} ms`.padStart(9)} ${`${s.p90} ms`.padStart(9)} ${`${s.min} ms`.padStart(9)} ${`${s.max} ms`.padStart(9)}`);
    }
    if (heap !== null) console.log(`JS heap after the runs: ${(heap / 1048576).toFixed(1)} MB`);
    console.log(`\nwritten: ${join('bench-results', 'bench.json')}`);

    // The time-series chart (test/bench/series-bench.mjs: its own page, synthetic inputs).
    const series = await runSeriesBench({ runs: RUNS });
    printSeriesBench(series);
    writeSeriesBench(series);
    console.log(`written: ${join('bench-results', 'series.json')}`);
  } finally {
    await browser.close();
    try {
      process.kill(-preview.pid);
    } catch {
      preview.kill();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
