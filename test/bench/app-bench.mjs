// The app itself, as built for production and served by `vite preview` (with its security headers):
//   - navigation to the map drawn and idle: from navigation start to the map's first
//     'ml:map-idle' mark for a view with data (fresh context, so a cold HTTP cache, per run), with
//     the JS heap then (CDP, after a garbage collection) and what the view loaded;
//   - a period change to recoloured and idle: from the Year select's change event to the map's
//     data-idle-key naming the new period (fills applied: data-fill-key; drawn: the end of that frame);
//   - hover over countries of the world map (see hoverProbe in lib/probes.mjs);
//   - comparison recompute: from a change of the compared period (Compare panel, census against
//     social-media audience) to the agreement statistics of that period on screen, then drawn.
import { join } from 'node:path';
import { usedHeapAfterGc } from './lib/chromium.mjs';
import { hoverProbe } from './lib/probes.mjs';
import { summarise } from './lib/stats.mjs';
import { HOVER_KEYS, mapPoints, periodSequence, summaryOf } from './map-bench.mjs';

export const NAV_URL = '/?year=2020';
const COMPARE_URL = '/?panel=compare';
/**
 * The shared links of the first target (link → the view's figures on screen): the default
 * map, the Compare panel, a country's time series. `figures` names what counts as on screen.
 */
export const LINKS = [
  { name: 'map', url: NAV_URL, figures: 'map' },
  { name: 'compare', url: COMPARE_URL, figures: 'compare' },
  { name: 'series', url: '/?countries=DEU&panel=series', figures: 'series' },
];
const MAP_PERIODS = ['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2024'];
const HOVER_COUNTRIES = [
  'DEU',
  'BRA',
  'IND',
  'USA',
  'NGA',
  'AUS',
  'CHN',
  'ARG',
  'ZAF',
  'CAN',
  'FRA',
  'KAZ',
  'MEX',
  'EGY',
  'IDN',
  'RUS',
  'TUR',
  'PER',
  'SAU',
  'IRN',
];

/** In the page: resolves with the time of the first 'ml:map-idle' mark whose key includes `part` and has data. */
function idleMark(part) {
  return new Promise((resolve) => {
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
  });
}

/**
 * In the page, from the document's start (an init script): records in `window.__mlFiguresAt` the time
 * the view's figures are on screen. map: the end of the frame that paints the first-frame preview
 * with the figures (its canvas gets its data-key, then the app marks 'ml:map-preview'), or the first
 * 'ml:map-idle' mark with data (maplibre is idle once the frame with the colours is rendered), if
 * sooner; compare: the agreement statistics written, then the end of the frame showing them; series:
 * the chart's lines drawn, then the end of that frame. Watching from the start matters: a check made
 * once `page.goto` returns (at the load event) took the time of the check whenever the figures were
 * there before the load event. The preview is watched with a MutationObserver, whose callback runs at
 * the end of the task that drew it, so the frame asked for is the one that paints it; a
 * PerformanceObserver's callback comes in a task of its own, which Chromium ran after that frame (on
 * return visits, 5–50 ms later, a frame late: README, "Performance").
 */
function watchFigures(kind) {
  window.__mlFiguresAt = null;
  const record = (at) => {
    if (window.__mlFiguresAt === null) window.__mlFiguresAt = at;
  };
  const painted = () =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => record(performance.now());
      channel.port2.postMessage(0);
    });
  if (kind === 'map') {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => e.name === 'ml:map-idle' && e.detail?.key?.endsWith('|data'));
      if (!entry) return;
      observer.disconnect();
      record(entry.startTime);
    });
    observer.observe({ type: 'mark', buffered: true });
  }
  const present =
    kind === 'map'
      ? () => document.querySelector('canvas.map-preview[data-key$="|data"]') !== null
      : kind === 'compare'
        ? () => /\d/.test(document.querySelector('[data-stat="n"] .compare-stats__value')?.textContent ?? '')
        : () => [...document.querySelectorAll('.series-chart__line')].some((path) => (path.getAttribute('d') ?? '').length > 10);
  const observer = new MutationObserver(() => {
    if (!present()) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** In the page: the time watchFigures recorded, once it has. */
function figuresAt() {
  return new Promise((resolve) => {
    const check = () => (window.__mlFiguresAt !== null && window.__mlFiguresAt !== undefined ? resolve(window.__mlFiguresAt) : setTimeout(check, 20));
    check();
  });
}

/** In the page: the data files the page fetched (resource timing), with their sizes. */
function dataFetched() {
  const entries = performance.getEntriesByType('resource');
  // The app's entry: index.html's first module script is src/startup/readEarly.ts, async and small.
  const entry = document.querySelector('script[type="module"][src]:not([async])')?.src;
  const script = entries.find((e) => e.name === entry);
  return {
    entryScriptEnd: script ? Math.round(script.responseEnd) : null,
    files: entries
      .filter((e) => /\.json(\?|$)/.test(e.name))
      .map((e) => ({ path: new URL(e.name).pathname, bytes: e.encodedBodySize, start: Math.round(e.startTime), end: Math.round(e.responseEnd) })),
  };
}

/**
 * In the page: waits until the service worker controls the page and has cached what it loaded
 * (src/sw/register.ts marks `<html data-sw="ready">`); false if that does not happen within `ms`
 * (a build without the worker, or a browser that refuses it).
 */
function serviceWorkerReady(ms) {
  return new Promise((resolve) => {
    const ready = () => document.documentElement.dataset.sw === 'ready' && navigator.serviceWorker?.controller != null;
    if (ready()) return resolve(true);
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, ms);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-sw'] });
  });
}

/** In the page: whether the service worker served this page (the navigation went through it). */
function servedByServiceWorker() {
  const navigation = performance.getEntriesByType('navigation')[0];
  return navigator.serviceWorker?.controller != null && (navigation?.workerStart ?? 0) > 0;
}

/**
 * Each link: a fresh context (cold HTTP cache, no service worker) per run, the first a warm-up;
 * navigation → figures on screen, then, once the service worker the first visit registered
 * controls the page and has cached what it loaded, a second navigation to the same link in the
 * same context (the return visit: the same browser profile, served by the service worker).
 */
async function runLinks({ browser, base, viewport, navRuns, log }) {
  const out = {};
  const shown = async (page, link, visit) => {
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`link ${link.url}, ${visit}: no figures within 60 s`)), 60_000);
    });
    try {
      return await Promise.race([page.evaluate(figuresAt), limit]);
    } finally {
      clearTimeout(timer);
    }
  };
  for (const link of LINKS) {
    const first = [];
    const again = [];
    let data = null;
    let bySw = 0;
    for (let i = 0; i < navRuns + 1; i++) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(watchFigures, link.figures);
      const page = await context.newPage();
      page.on('pageerror', (error) => log(`app link ${link.name}: page error: ${error.message}`));
      await page.goto(`${base}${link.url}`);
      const at = await shown(page, link, 'first visit');
      if (i === 1) data = await page.evaluate(dataFetched);
      // The first visit finishes what it does after the figures: the service worker installs, takes
      // the page and caches what the page loaded.
      if (!(await page.evaluate(serviceWorkerReady, 60_000))) log(`  link ${link.name}: the service worker was not ready within 60 s`);
      await page.goto(`${base}${link.url}`);
      const returnAt = await shown(page, link, 'return visit');
      const served = await page.evaluate(servedByServiceWorker);
      if (i > 0) {
        first.push(at);
        again.push(returnAt);
        if (served) bySw++;
      }
      await context.close();
    }
    log(
      `  link ${link.name}: first visit median ${summarise(first).median} ms, return ${summarise(again).median} ms (${bySw}/${navRuns} served by the service worker)`,
    );
    out[link.name] = { url: link.url, firstVisitMs: summarise(first), returnVisitMs: summarise(again), returnServedByServiceWorker: bySw, data };
  }
  return out;
}

/** In the page: changes the Year select and times the map's recolouring (see the module comment). */
function periodChange(period) {
  return new Promise((resolve, reject) => {
    const select = [...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent === 'Year');
    const wrapper = document.querySelector('.map-canvas');
    if (!select || !wrapper) return reject(new Error('no Year control or no map'));
    const part = `|${period}|`;
    let filled = null;
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (filled === null && wrapper.dataset.fillKey?.includes(part)) filled = now - start;
      const key = wrapper.dataset.idleKey;
      if (!key || !key.includes(part) || !key.endsWith('|data') || key !== wrapper.dataset.fillKey) return;
      observer.disconnect();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ idle: now - start, fillsApplied: filled ?? now - start, drawn: performance.now() - start });
      channel.port2.postMessage(0);
    });
    observer.observe(wrapper, { attributes: true, attributeFilter: ['data-fill-key', 'data-idle-key'] });
    const start = performance.now();
    select.value = period;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** In the page: changes the compared period and times the comparison's update (see the module comment). */
function compareChange(period) {
  return new Promise((resolve, reject) => {
    const select = document.querySelector('.compare-controls select[id$="-period"]');
    if (!select) return reject(new Error('no compared-period control'));
    const title = () => document.getElementById('compare-agreement-title')?.textContent ?? '';
    const observer = new MutationObserver(() => {
      if (!title().includes(period)) return;
      observer.disconnect();
      const updated = performance.now() - start;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          resolve({
            updated,
            drawn: performance.now() - start,
            n: Number(document.querySelector('[data-stat="n"] .compare-stats__value')?.textContent),
          });
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const start = performance.now();
    select.value = period;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function eachWithPause(page, fn, args) {
  const out = [];
  for (const arg of args) {
    await page.waitForTimeout(60);
    out.push(await page.evaluate(fn, arg));
  }
  return out;
}

export async function runAppBench({ browser, base, navRuns, runs, hoverCount = HOVER_COUNTRIES.length, shotsDir = null, log = console.log }) {
  const viewport = { width: 1366, height: 768 };
  const errors = (page, what) => {
    page.on('pageerror', (error) => log(`app ${what}: page error: ${error.message}`));
    page.on('crash', () => log(`app ${what}: the page crashed`));
  };

  const links = await runLinks({ browser, base, viewport, navRuns, log });

  // Navigation, a fresh context per run; the first warms the OS file cache and the server.
  const navigation = [];
  const heap = [];
  let loaded = null;
  let mapSize = null;
  for (let i = 0; i < navRuns + 1; i++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    errors(page, 'navigation');
    await page.goto(`${base}${NAV_URL}`);
    const idleAt = await page.evaluate(idleMark, '|2020|');
    if (i > 0) {
      navigation.push(idleAt);
      heap.push(await usedHeapAfterGc(page));
    }
    if (i === 1) {
      loaded = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((name) => /\.(m?js|css)(\?|$)/.test(name)),
      );
      mapSize = await page.locator('.map-canvas').evaluate((el) => ({ width: Math.round(el.clientWidth), height: Math.round(el.clientHeight) }));
      if (shotsDir) await page.screenshot({ path: join(shotsDir, 'app-map.png') });
    }
    await context.close();
  }

  // Period changes, then hovering, in one page.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  errors(page, 'map');
  await page.goto(`${base}${NAV_URL}`);
  await page.evaluate(idleMark, '|2020|');
  const changes = (
    await eachWithPause(
      page,
      periodChange,
      periodSequence(
        MAP_PERIODS.filter((p) => p !== '2020'),
        runs + 2,
      ),
    )
  ).slice(2);
  const heapAfterChanges = await usedHeapAfterGc(page);
  // Back to 2020 for hovering (every country hovered has a value then).
  await page.evaluate(periodChange, '2020');
  const ids = HOVER_COUNTRIES.slice(0, hoverCount);
  const points = await mapPoints(page, ids);
  const usable = points.map((p, i) => (p ? i : -1)).filter((i) => i >= 0);
  const hover = await page.evaluate(hoverProbe, {
    points: usable.map((i) => points[i]),
    selector: '.maplibregl-canvas',
    check: usable.map((i) => `.map-tooltip[data-geo="${ids[i]}"]`),
    expect: null,
    settleMs: 80,
  });
  await context.close();

  // Comparison recompute.
  const compareContext = await browser.newContext({ viewport });
  const comparePage = await compareContext.newPage();
  errors(comparePage, 'compare');
  await comparePage.goto(`${base}${COMPARE_URL}`);
  await comparePage.waitForSelector('#compare-agreement-title', { timeout: 30_000 });
  const periods = await comparePage.evaluate(() =>
    [...document.querySelectorAll('.compare-controls select[id$="-period"] option')]
      .map((o) => o.value)
      .filter(Boolean)
      .sort(),
  );
  const current = await comparePage.evaluate(() => document.querySelector('.compare-controls select[id$="-period"]')?.value);
  // A failure here (the page closed under a busy machine, seen on main too) leaves the other figures standing.
  // With one comparable period (the real snapshot) there is nothing to change to: not measured.
  const others = periods.filter((p) => p !== current);
  if (others.length === 0) log('app compare: not measured (the Compare panel has one comparable period)');
  const compare = (
    others.length === 0
      ? []
      : await eachWithPause(
          comparePage,
          compareChange,
          periodSequence(
            periods.filter((p) => p !== current),
            runs + 2,
          ),
        ).catch((error) => {
          log(`app compare: not measured (${error.message.split('\n')[0]})`);
          return [];
        })
  ).slice(2);
  if (shotsDir) await comparePage.screenshot({ path: join(shotsDir, 'app-compare.png') });
  await compareContext.close();

  return {
    url: NAV_URL,
    viewport,
    mapSize,
    loaded,
    navigationToMapIdleMs: summarise(navigation),
    links,
    heapAfterNavigationBytes: summarise(heap),
    heapAfterPeriodChangesBytes: heapAfterChanges,
    periodChange: summaryOf(changes, ['idle', 'fillsApplied', 'drawn']),
    hover: { ...summaryOf(hover.samples, HOVER_KEYS), longTasks: hover.longTasks, missed: hover.missed, points: usable.length },
    compare: { url: COMPARE_URL, periods: periods.length, ...summaryOf(compare, ['updated', 'drawn', 'n']) },
  };
}
