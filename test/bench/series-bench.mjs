// Time-series render bench: drives test/bench/series.html (synthetic inputs, see
// series-bench-entry.tsx), which times with performance marks, in Chromium:
//   - 10 countries × 3 sources × 35 years (30 lines, one source with bounds, one with markers)
//   - 50 monthly series × 10 years (6,000 points)
//   - 50 monthly series × 20 years (12,000 points, with bounds and a break)
// For each: over `runs` runs (after 2 warm-ups), building the chart models, rendering them (React
// commit, style and layout), and one keyboard step of the crosshair. `npm run bench` runs it
// (test/bench/bench.mjs) on the harness build; BENCH_ONLY=series runs it alone.
import { join } from 'node:path';
import { summarise } from './lib/stats.mjs';

export async function runSeriesBench({ browser, base, runs, shotsDir = null, log = console.log }) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  try {
    page.on('pageerror', (error) => log(`series: page error: ${error.message}`));
    await page.goto(`${base}/test/bench/series.html`);
    await page.waitForFunction(() => typeof window.seriesBench === 'function');
    const results = await page.evaluate((n) => window.seriesBench(n), runs);
    if (shotsDir) {
      await page.evaluate(() => window.seriesShow(2));
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(shotsDir, 'series-monthly-20-years.png'), fullPage: true });
    }
    return results.map((r) => ({
      scenario: r.scenario,
      lines: r.lines,
      points: r.points,
      svgElements: r.svgElements,
      buildMs: summarise(r.samplesMs.build),
      renderMs: summarise(r.samplesMs.render),
      totalMs: summarise(r.samplesMs.total),
      crosshairStepMs: summarise(r.samplesMs.crosshairStep),
    }));
  } finally {
    await page.close();
  }
}
