// Drives the map harness pages: map.html (the app's map component) and plotly.html (the peer),
// each on ?set=world (the app's boundaries, demo census values) or ?set=grid (2,160 generated
// sub-national units, monthly values over 20 years). Both pages expose the same window.benchPage
// (info, setPeriod), so the same runs measure both:
//   - navigation: from navigation start to the first map drawn (fresh context per run);
//   - JS heap after that (CDP, after a garbage collection);
//   - period change: to recoloured and idle (the app's map: its idle event; plotly: plotly_afterplot)
//     and to drawn (the end of the frame that shows it), with the transform's share;
//   - hover (grid, and world when hoverIds are given): see hoverProbe in lib/probes.mjs.
import { join } from 'node:path';
import { usedHeapAfterGc } from './lib/chromium.mjs';
import { hoverProbe, repeat } from './lib/probes.mjs';
import { summarise } from './lib/stats.mjs';

const pick = (list, count) => Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);

/** Periods to step through: spread over the series, never the same twice in a row. */
export function periodSequence(periods, runs) {
  const spread = periods.length > 24 ? pick(periods, 24) : periods;
  return Array.from({ length: runs }, (_, i) => spread[(i * 5) % spread.length]).map((p, i, all) =>
    i > 0 && p === all[i - 1] ? spread[(spread.indexOf(p) + 1) % spread.length] : p,
  );
}

/** Viewport points inside shapes of the app's map (its test hook), null where not in view. */
export const mapPoints = (page, ids) => page.locator('.map-canvas').evaluate((el, list) => list.map((id) => el.mlTest.pointOf(id)), ids);

export const HOVER_KEYS = ['js', 'work', 'handler', 'task', 'frame', 'paint', 'latency'];

export const summaryOf = (samples, keys) => Object.fromEntries(keys.map((key) => [key, summarise(samples.map((s) => s[key]))]));

/**
 * Measures one page and set. kind: 'app-map' (map.html) or 'plotly' (plotly.html).
 * size: { width, height } of the map (the app's map size).
 */
export async function runMapPage({ browser, base, kind, set, size, runs, navRuns, hoverCount = 30, shotsDir = null, log = console.log }) {
  const path = kind === 'plotly' ? '/test/bench/plotly.html' : '/test/bench/map.html';
  const url = `${base}${path}?set=${set}&w=${size.width}&h=${size.height}`;
  const viewport = { width: Math.max(1366, size.width + 40), height: Math.max(800, size.height + 40) };
  const ready = (page) => page.waitForFunction(() => window.benchPage?.info, null, { timeout: 120_000 });

  // Navigation to first drawn, and the heap then; a fresh context (cold cache) per run, the first a warm-up.
  const navigation = [];
  const heap = [];
  for (let i = 0; i < navRuns + 1; i++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.on('pageerror', (error) => log(`${kind}/${set}: page error: ${error.message}`));
    await page.goto(url);
    await ready(page);
    const info = await page.evaluate(() => window.benchPage.info);
    if (i > 0) {
      navigation.push(info.firstDrawnMs);
      heap.push(await usedHeapAfterGc(page));
    }
    await context.close();
  }

  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  const info = await page.evaluate(() => window.benchPage.info);
  const sequence = periodSequence(info.periods, runs + 2);
  const changes = (await page.evaluate(repeat, { name: 'setPeriod', args: sequence, settleMs: 50 })).slice(2);
  const result = {
    kind,
    set,
    url: `${path}?set=${set}&w=${size.width}&h=${size.height}`,
    info: { ...info, periods: info.periods.length, hover: undefined },
    navigationToDrawnMs: summarise(navigation),
    heapBytes: summarise(heap),
    periodChange: summaryOf(changes, Object.keys(changes[0] ?? {})),
  };

  if (kind === 'app-map') {
    const cold = await page.evaluate(repeat, { name: 'coldTransform', args: sequence.slice(0, Math.min(7, runs)), settleMs: 50 });
    result.coldTransformMs = summarise(cold);
    result.newSeriesFile = {};
    for (const where of ['page', 'worker']) {
      const args = sequence.slice(0, Math.min(5, runs)).map((period) => ({ period, where }));
      const files = await page.evaluate(repeat, { name: 'newSeriesFile', args, settleMs: 100 });
      result.newSeriesFile[where] = { ...summaryOf(files, ['total', 'decode', 'transform', 'longestBlock']), bytes: files[0]?.bytes ?? null };
    }
  }

  if (info.hover.length > 0 && hoverCount > 0) {
    const ids = info.hover.slice(0, hoverCount);
    let points;
    let probe;
    if (kind === 'plotly') {
      points = await page.evaluate((list) => window.benchPage.pointsOf(list), ids);
      probe = { selector: null, check: ids.map(() => '.hoverlayer'), expect: ids };
    } else {
      points = await mapPoints(page, ids);
      probe = { selector: '.maplibregl-canvas', check: ids.map((id) => `.map-tooltip[data-geo="${id}"]`), expect: null };
    }
    const usable = points.map((p, i) => (p ? i : -1)).filter((i) => i >= 0);
    const hover = await page.evaluate(hoverProbe, {
      points: usable.map((i) => points[i]),
      selector: probe.selector,
      check: usable.map((i) => probe.check[i]),
      expect: probe.expect && usable.map((i) => probe.expect[i]),
      settleMs: 80,
    });
    result.hover = { ...summaryOf(hover.samples, HOVER_KEYS), longTasks: hover.longTasks, missed: hover.missed, points: usable.length };
  }
  if (shotsDir) await page.screenshot({ path: join(shotsDir, `${kind}-${set}.png`) });
  await context.close();
  return result;
}
