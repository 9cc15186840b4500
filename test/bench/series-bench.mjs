#!/usr/bin/env node
/**
 * Time-series render bench: `node test/bench/series-bench.mjs [runs]`.
 *
 * Builds test/bench/series.html (synthetic inputs, see series-bench-entry.tsx) with Vite in
 * production mode, serves it, opens it in Chromium (/usr/bin/chromium or CHROMIUM_PATH) and
 * reads the performance measures the page takes:
 *   - 10 countries × 3 sources × 35 years (30 lines, one source with bounds, one with markers)
 *   - 50 monthly series × 10 years (6,000 points)
 * For each: the median over `runs` (after 2 warm-ups) of building the chart models, rendering
 * them (React commit, style and layout), and one keyboard step of the crosshair.
 * Prints a table and writes bench-results/series.json. `npm run bench` (test/bench/bench.mjs) runs
 * it after the map bench through runSeriesBench / printSeriesBench / writeSeriesBench.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function runSeriesBench({ runs = 15, log = console.log } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'series-bench-'));
  let server;
  let browser;
  try {
    await build({
      root,
      logLevel: 'warn',
      base: './',
      build: { outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input: join(root, 'test/bench/series.html') } },
    });
    server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
    const address = server.httpServer.address();
    const url = `http://127.0.0.1:${address.port}/test/bench/series.html`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.goto(url);
    await page.waitForFunction(() => typeof window.seriesBench === 'function');
    const results = await page.evaluate((n) => window.seriesBench(n), runs);
    const chromiumVersion = browser.version();
    return { chromium: chromiumVersion, date: new Date().toISOString(), runs, results };
  } finally {
    await browser?.close();
    await new Promise((resolve) => (server ? server.httpServer.close(resolve) : resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Prints the report as a table. */
export function printSeriesBench(report, log = console.log) {
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  log(`\nMigration Lens time-series benchmark (chromium ${report.chromium}, median of ${report.runs} runs)`);
  console.table(
    report.results.map((r) => ({
      scenario: r.scenario,
      lines: r.lines,
      points: r.points,
      'svg elements': r.svgElements,
      build: fmt(r.medianMs.build),
      'render + layout': fmt(r.medianMs.render),
      total: fmt(r.medianMs.total),
      'max total': fmt(r.maxMs.total),
      'crosshair step': fmt(r.medianMs.crosshairStep),
    })),
  );
}

/** Writes the report to bench-results/series.json. */
export function writeSeriesBench(report) {
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/series.json'), `${JSON.stringify(report, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 15) || 15;
  const report = await runSeriesBench({ runs });
  printSeriesBench(report);
  writeSeriesBench(report);
}
