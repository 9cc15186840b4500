// Where a navigation's time goes (`node test/bench/nav-trace.mjs [path]`, default the bench's map
// link): builds the site (or takes BENCH_DIST), serves it with `vite preview`, and records
// NAV_TRACE_RUNS (default 3) cold navigations in Debian's headless Chromium (software GL) with a
// Chromium trace. Prints, per run, a timeline relative to navigation start: each resource's request
// and arrival, the app's milestones (first render of #root, the map's container, its style loaded,
// fills applied, idle) and the main thread's work by kind (script evaluation per file, function calls
// per file, GC, style/layout/paint, the WebGL read-back) with the longest tasks. Not a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { previewBuild } from './lib/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const target = process.argv[2] ?? '/?year=2020';
const runs = Number(process.env.NAV_TRACE_RUNS ?? 3);
/** NAV_TRACE=0: milestones and resources only (the trace itself slows the page several times over). */
const tracing = process.env.NAV_TRACE !== '0';
/** NAV_TRACE_UNTIL=<milestone> (e.g. "preview drawn"): count only the main thread's work before it. */
const until = process.env.NAV_TRACE_UNTIL;

/** In the page, before any script: timestamps of the app's milestones, read back after. */
function milestones() {
  const seen = {};
  window.__navMilestones = seen;
  const at = (name) => {
    if (!(name in seen)) seen[name] = performance.now();
  };
  window.__navLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__navLongTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (document.querySelector('#root > *')) at('react first commit');
    const wrapper = document.querySelector('.map-canvas');
    if (wrapper) at('map container');
    if (document.querySelector('.maplibregl-canvas')) at('maplibre canvas');
    if (document.querySelector('canvas.map-preview[data-key$="|data"]')) at('preview drawn');
    if (wrapper?.dataset.ready === 'true') at('map ready (style + shapes)');
    if (wrapper?.dataset.fillKey?.endsWith('|data')) at('fills applied');
    if (wrapper?.dataset.idleKey?.endsWith('|data')) at('map idle (data)');
    if (document.querySelector('.series-chart svg path, .compare-stats__value')) at('chart or statistics');
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready', 'data-fill-key', 'data-idle-key', 'data-key'],
  });
}

/** A thread's top-level task, under both names Chromium has given it (156 names it ThreadControllerImpl::RunTask). */
const TOP_LEVEL_TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function summariseTrace(events, navStartTs, untilMs = Infinity) {
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const mainKey = [...threads].find(([, name]) => name === 'CrRendererMain')?.[0];
  const byThread = (name) => new Set([...threads].filter(([, n]) => n === name).map(([k]) => k));
  const mains = byThread('CrRendererMain');
  const workers = byThread('DedicatedWorker thread');
  const kinds = new Map();
  const add = (kind, ms) => kinds.set(kind, (kinds.get(kind) ?? 0) + ms);
  const short = (url) => (url ? url.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js') : '?');
  const longTasks = [];
  let workerMs = 0;
  const workerTasks = [];
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    const ms = e.dur / 1000;
    if (workers.has(key) && TOP_LEVEL_TASKS.has(e.name)) {
      workerMs += ms;
      if (ms > 20) workerTasks.push({ start: (e.ts - navStartTs) / 1000, ms });
    }
    if (!mains.has(key)) continue;
    const start = (e.ts - navStartTs) / 1000;
    if (start >= untilMs) continue;
    if (TOP_LEVEL_TASKS.has(e.name) && ms > 30) longTasks.push({ start, ms });
    if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') add(`evaluate ${short(e.args?.data?.url)}`, ms);
    else if (e.name === 'v8.compile' || e.name === 'v8.compileModule') add('compile', ms);
    else if (e.name === 'FunctionCall') add(`call ${short(e.args?.data?.url)}`, ms);
    else if (e.name === 'MajorGC' || e.name === 'MinorGC' || e.name === 'V8.GC_SCAVENGER' || e.name === 'V8.GC_MARK_COMPACTOR') add('GC', ms);
    else if (e.name === 'ParseHTML') add('parse HTML', ms);
    else if (e.name === 'UpdateLayoutTree' || e.name === 'Layout') add('style + layout', ms);
    else if (e.name === 'Paint' || e.name === 'PaintImage') add('paint', ms);
    else if (e.name === 'ParseAuthorStyleSheet') add('parse CSS', ms);
  }
  void mainKey;
  return {
    kinds: [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 14),
    longTasks: longTasks.sort((a, b) => a.start - b.start),
    workerMs,
    workerTasks: workerTasks.sort((a, b) => a.start - b.start),
  };
}

async function main() {
  let dir = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : null;
  let remove = () => undefined;
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'nav-trace-dist-'));
    remove = () => rmSync(dir, { recursive: true, force: true });
    const build = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  } else if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html`);
  const server = await previewBuild(root, dir);
  const browser = await launchChromium('software');
  console.log(
    `nav-trace ${target} (load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.addInitScript(milestones);
      if (i > 0 && tracing)
        await browser.startTracing(page, {
          categories: (process.env.NAV_TRACE_CATEGORIES ?? 'toplevel,devtools.timeline,v8.execute,blink.user_timing').split(','),
        });
      await page.goto(`${server.url}${target}`);
      await page.waitForFunction(() => window.__navMilestones['map idle (data)'] ?? window.__navMilestones['chart or statistics'], null, {
        timeout: 60_000,
      });
      await page.waitForTimeout(200);
      const info = await page.evaluate(() => ({
        milestones: window.__navMilestones,
        resources: performance
          .getEntriesByType('resource')
          .map((r) => ({ name: r.name.replace(location.origin, ''), start: r.startTime, end: r.responseEnd, kb: r.encodedBodySize / 1000 })),
        nav: performance.getEntriesByType('navigation')[0]?.toJSON(),
        longTasks: window.__navLongTasks,
      }));
      if (i === 0) {
        await context.close();
        continue; // warm-up (OS file cache, server)
      }
      const trace = tracing ? JSON.parse((await browser.stopTracing()).toString('utf8')) : null;
      console.log(`\nrun ${i}`);
      const lines = [
        ...info.resources.map((r) => ({ t: r.start, text: `request ${r.name.slice(0, 70)} (${r.kb.toFixed(0)} kB) → arrives ${r.end.toFixed(0)}` })),
        ...Object.entries(info.milestones).map(([name, t]) => ({ t, text: `** ${name}` })),
        { t: info.nav.domContentLoadedEventEnd, text: 'DOMContentLoaded end' },
      ].sort((a, b) => a.t - b.t);
      for (const line of lines) console.log(`${line.t.toFixed(0).padStart(6)} ms  ${line.text}`);
      console.log(`main-thread long tasks (start+duration ms): ${info.longTasks.map(([t, d]) => `${t}+${d}`).join(', ')}`);
      await context.close();
      if (!trace) continue;
      const events = trace.traceEvents ?? trace;
      const navStart =
        events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts ??
        events.find((e) => e.name === 'navigationStart')?.ts;
      const untilMs = until ? info.milestones[until] : undefined;
      if (until && untilMs === undefined) console.log(`(no milestone "${until}": the whole navigation)`);
      const summary = summariseTrace(events, navStart, untilMs);
      console.log(`main thread by kind (ms)${untilMs === undefined ? '' : `, before "${until}"`}:`);
      for (const [kind, ms] of summary.kinds) console.log(`  ${ms.toFixed(0).padStart(6)}  ${kind}`);
      console.log(`worker threads busy: ${summary.workerMs.toFixed(0)} ms`);
      console.log(`worker tasks over 20 ms: ${summary.workerTasks.map((t) => `${t.start.toFixed(0)}+${t.ms.toFixed(0)}`).join(', ')}`);
      console.log(`main-thread tasks over 30 ms: ${summary.longTasks.map((t) => `${t.start.toFixed(0)}+${t.ms.toFixed(0)}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    server.stop();
    remove();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
