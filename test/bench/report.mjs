// The bench's summary table (metric, median, p90, runs, target, result) from the results object,
// and the JSON file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KB = 1024;
const MB = 1024 * 1024;

function row(metric, summary, { unit = 'ms', target = null, scale = 1 } = {}) {
  if (!summary || summary.median === null || summary.median === undefined) return null;
  const median = summary.median / scale;
  const p90 = summary.p90 / scale;
  const result = target === null ? '' : p90 <= target ? 'pass' : median <= target ? 'pass (p90 over)' : 'OVER';
  return { metric, median, p90, runs: summary.runs, unit, target, result };
}

function ratioRow(metric, peer, ours) {
  if (!peer || !ours || !ours.median || !ours.p90) return null;
  return {
    metric,
    median: peer.median / ours.median,
    p90: peer.p90 / ours.p90,
    runs: Math.min(peer.runs, ours.runs),
    unit: '×',
    target: null,
    result: '',
  };
}

/** The rows of the table, in order. */
export function tableRows(results) {
  const rows = [];
  const add = (...r) => rows.push(...r.filter(Boolean));
  const { bytes, app, series, compare, maps } = results;

  if (bytes) {
    for (const [name, c] of Object.entries(bytes.categories)) {
      add(
        row(
          `bytes: ${name}, gzip (raw ${(c.raw / KB).toFixed(1)} KB)`,
          { median: c.gzip, p90: c.gzip, runs: 1 },
          { unit: 'KB', scale: KB, target: c.targetGzipKb ?? null },
        ),
      );
    }
  }
  if (app) {
    for (const [name, link] of Object.entries(app.links ?? {})) {
      add(
        row(`app: link → figures on screen, ${name} (${link.url})`, link.firstVisitMs, { target: 1000 }),
        row(`app: return visit → figures on screen, ${name}`, link.returnVisitMs, { target: 400 }),
      );
    }
    add(
      row('app: navigation → map drawn and idle', app.navigationToMapIdleMs),
      row('app: period change → recoloured and idle', app.periodChange.idle),
      row('app: period change → fills applied', app.periodChange.fillsApplied),
      row('app: period change → drawn (end of frame)', app.periodChange.drawn),
      row('app: hover, world map, JS', app.hover.js, { target: 16 }),
      row('app: hover, world map, main thread (JS + paint)', app.hover.work, { target: 16 }),
      row('app: comparison recompute → statistics on screen', app.compare.updated),
      row('app: comparison recompute → drawn', app.compare.drawn),
      row('app: JS heap after map idle', app.heapAfterNavigationBytes, { unit: 'MB', scale: MB }),
    );
  }
  for (const s of series ?? []) {
    add(row(`series: ${s.scenario}, build + render`, s.totalMs));
  }
  const last = series?.at(-1);
  if (last) add(row(`series: ${last.scenario}, crosshair step`, last.crosshairStepMs, { target: 16 }));
  if (compare) {
    for (const [set, c] of Object.entries(compare)) {
      const label = set === 'grid' ? 'grid 2,160 units × 240 months' : 'demo, all countries';
      add(
        row(`compare: agreement + period matching, ${label}, warm`, c.warm.agreement, { target: 16 }),
        row(`compare: agreement + period matching, ${label}, new series, all at once`, c.cold.agreement),
        row(`compare: nowcast back-test, ${label}`, c.warm.backtest),
        c.panelOnNewSeries &&
          row(
            `compare: new series as the panel takes them (sliced when large), ${label}: longest block of the page's thread`,
            c.panelOnNewSeries.longestBlock,
            { target: 16 },
          ),
      );
    }
  }
  for (const [mode, m] of Object.entries(maps ?? {})) {
    const ours = m['app-map'] ?? {};
    const peer = m.plotly ?? {};
    const tag = `[${mode} GL]`;
    if (ours.grid) {
      const g = ours.grid;
      add(
        row(`scale ${tag}: grid navigation → drawn`, g.navigationToDrawnMs),
        row(`scale ${tag}: grid period change → recoloured and idle`, g.periodChange.idle, { target: 100 }),
        row(`scale ${tag}: grid period change → drawn`, g.periodChange.drawn),
        row(`scale ${tag}: grid period change, transform (warm)`, g.periodChange.transform, { target: 16 }),
        row(`scale ${tag}: grid transform, new series, index built on the page`, g.coldTransformMs),
        g.newSeriesFile &&
          row(`scale ${tag}: grid new series file, decoded on the page: longest block of the page's thread`, g.newSeriesFile.page.longestBlock),
        g.newSeriesFile &&
          row(`scale ${tag}: grid new series file, in the series worker: longest block of the page's thread`, g.newSeriesFile.worker.longestBlock, {
            target: 16,
          }),
        g.newSeriesFile && row(`scale ${tag}: grid new series file, in the series worker: bytes → map model`, g.newSeriesFile.worker.total),
        g.hover && row(`scale ${tag}: grid hover, JS`, g.hover.js, { target: 16 }),
        g.hover && row(`scale ${tag}: grid hover, main thread (JS + paint)`, g.hover.work, { target: 16 }),
        g.hover && row(`scale ${tag}: grid hover → frame shown`, g.hover.latency),
      );
    }
    if (ours.nuts3) {
      const n = ours.nuts3;
      add(
        row(`levels ${tag}: NUTS-3 (${n.info.units} regions, real boundaries) navigation → drawn`, n.navigationToDrawnMs),
        row(`levels ${tag}: NUTS-3 period change → recoloured and idle`, n.periodChange.idle, { target: 50 }),
        row(`levels ${tag}: NUTS-3 period change → drawn`, n.periodChange.drawn),
        row(`levels ${tag}: NUTS-3 period change, transform`, n.periodChange.transform, { target: 16 }),
        n.hover && row(`levels ${tag}: NUTS-3 hover, JS`, n.hover.js, { target: 16 }),
        n.hover && row(`levels ${tag}: NUTS-3 hover, main thread (JS + paint)`, n.hover.work, { target: 16 }),
        n.hover && row(`levels ${tag}: NUTS-3 hover → frame shown`, n.hover.latency),
      );
    }
    if (ours.world) {
      add(
        row(`map alone ${tag}: world navigation → drawn`, ours.world.navigationToDrawnMs),
        row(`map alone ${tag}: world period change → recoloured and idle`, ours.world.periodChange.idle),
        row(`map alone ${tag}: world period change → drawn`, ours.world.periodChange.drawn),
      );
    }
    if (peer.world && ours.world) {
      add(
        row(`peer ${tag}: plotly world navigation → drawn`, peer.world.navigationToDrawnMs),
        ratioRow(`peer ${tag}: plotly ÷ ML, world navigation → drawn`, peer.world.navigationToDrawnMs, ours.world.navigationToDrawnMs),
        row(`peer ${tag}: plotly world period change → afterplot`, peer.world.periodChange.idle),
        ratioRow(`peer ${tag}: plotly afterplot ÷ ML idle, world period change`, peer.world.periodChange.idle, ours.world.periodChange.idle),
        row(`peer ${tag}: plotly world period change → drawn`, peer.world.periodChange.drawn),
        ratioRow(`peer ${tag}: plotly ÷ ML, world period change → drawn`, peer.world.periodChange.drawn, ours.world.periodChange.drawn),
        ratioRow(`peer ${tag}: plotly ÷ ML, world JS heap`, peer.world.heapBytes, ours.world.heapBytes),
      );
    }
    if (peer.grid && ours.grid) {
      add(
        row(`peer ${tag}: plotly grid period change → afterplot`, peer.grid.periodChange.idle),
        ratioRow(`peer ${tag}: plotly afterplot ÷ ML idle, grid period change`, peer.grid.periodChange.idle, ours.grid.periodChange.idle),
        row(`peer ${tag}: plotly grid period change → drawn`, peer.grid.periodChange.drawn),
        ratioRow(`peer ${tag}: plotly ÷ ML, grid period change → drawn`, peer.grid.periodChange.drawn, ours.grid.periodChange.drawn),
        peer.grid.hover && row(`peer ${tag}: plotly grid hover, main thread`, peer.grid.hover.work),
        peer.grid.hover &&
          ours.grid.hover &&
          ratioRow(`peer ${tag}: plotly ÷ ML, grid hover main thread`, peer.grid.hover.work, ours.grid.hover.work),
        peer.grid.hover &&
          ours.grid.hover &&
          ratioRow(`peer ${tag}: plotly ÷ ML, grid hover → frame shown`, peer.grid.hover.latency, ours.grid.hover.latency),
      );
    }
  }
  if (results.peerBytes && bytes?.categories['JS + CSS loaded by the map view']) {
    const ours = bytes.categories['JS + CSS loaded by the map view'];
    add(
      row(
        `peer: plotly.min.js, gzip (raw ${(results.peerBytes.raw / KB).toFixed(1)} KB)`,
        { median: results.peerBytes.gzip, p90: results.peerBytes.gzip, runs: 1 },
        { unit: 'KB', scale: KB },
      ),
      ratioRow(
        'peer: plotly.min.js ÷ ML map view JS + CSS, gzip',
        { median: results.peerBytes.gzip, p90: results.peerBytes.gzip, runs: 1 },
        { median: ours.gzip, p90: ours.gzip, runs: 1 },
      ),
    );
  }
  return rows;
}

/**
 * The targets (#20), each with its figure and whether it is met: { target, figure, met }
 * (met: true, false, or null when the run did not measure it).
 */
export function targetRows(results) {
  const out = [];
  const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
  const links = results.app?.links ?? {};
  const names = { map: 'the default map', compare: 'a Compare link', series: "a country's time-series link" };
  for (const [name, label] of Object.entries(names)) {
    const l = links[name];
    const median = l?.firstVisitMs?.median;
    out.push({
      target: `link → figures on screen, ${label}: median ≤ 1,000 ms`,
      figure: l ? `${ms(median)} (p90 ${ms(l.firstVisitMs.p90)})` : 'not measured',
      met: l ? median <= 1000 : null,
    });
  }
  const peer = results.maps?.software?.plotly?.world?.navigationToDrawnMs?.median;
  const ours = links.map?.firstVisitMs?.median;
  const ratio = peer && ours ? peer / ours : null;
  out.push({
    target: 'ahead of the peer: plotly world navigation → drawn ÷ the app’s link → map, software GL: ≥ ×2',
    figure: ratio ? `×${ratio.toFixed(2)} (plotly ${ms(peer)}, ours ${ms(ours)})` : 'not measured (needs app and peer)',
    met: ratio ? ratio >= 2 : null,
  });
  for (const [name, label] of Object.entries(names)) {
    const l = links[name];
    const median = l?.returnVisitMs?.median;
    out.push({
      target: `return visit → figures, ${label} (service worker active): median ≤ 400 ms`,
      figure: l
        ? `${ms(median)} (p90 ${ms(l.returnVisitMs.p90)}; served by the service worker ${l.returnServedByServiceWorker ?? '?'}/${l.returnVisitMs.runs})`
        : 'not measured',
      met: l ? median <= 400 : null,
    });
  }
  const first = results.bytes?.categories['JS first load (index.html)'];
  out.push({
    target: 'first load: app JS ≤ 150 kB gzip',
    figure: first ? `${(first.gzip / 1000).toFixed(1)} kB` : 'not measured',
    met: first ? first.gzip / 1000 <= 150 : null,
  });
  const view = results.bytes?.categories['JS + CSS loaded by the map view'];
  const baseline = results.bytes?.defaultViewBaselineKb ?? null;
  out.push({
    target: `the default view's JS + CSS does not grow (baseline ${baseline ?? '—'} kB gzip)`,
    figure: view ? `${(view.gzip / 1000).toFixed(1)} kB` : 'not measured',
    met: view && baseline ? view.gzip / 1000 <= baseline : null,
  });
  const data = links.map?.data;
  if (data) {
    const kb = data.files.reduce((sum, f) => sum + f.bytes, 0) / 1000;
    const early = (re) => data.files.find((f) => re.test(f.path));
    const catalog = early(/\/catalog\.json$/);
    const series = early(/\/series\//);
    const before = (f) => f && data.entryScriptEnd !== null && f.start < data.entryScriptEnd;
    out.push({
      target: 'the default view’s data (catalog + series + boundaries), as fetched',
      figure: `${kb.toFixed(1)} kB in ${data.files.length} files (${data.files.map((f) => f.path.replace(/^.*\//, '')).join(', ')})`,
      met: null,
    });
    out.push({
      target: 'catalog and default series requested in parallel with the app’s JS (before the entry script has arrived)',
      figure: `catalog at ${ms(catalog?.start)}, series at ${ms(series?.start)}, entry script arrived at ${ms(data.entryScriptEnd)}`,
      met: Boolean(before(catalog) && before(series)),
    });
  }
  // Issue #18: the map at NUTS-3 (idle judged in software GL, the main thread in gpu GL: see README).
  const nuts3 = results.maps?.software?.['app-map']?.nuts3;
  const nuts3Gpu = results.maps?.gpu?.['app-map']?.nuts3 ?? nuts3;
  out.push({
    target: '#18: NUTS-3 (about 1,500 regions) period change → recoloured and idle, software GL: median ≤ 50 ms',
    figure: nuts3 ? `${ms(nuts3.periodChange.idle.median)} (p90 ${ms(nuts3.periodChange.idle.p90)}, ${nuts3.info.units} regions)` : 'not measured',
    met: nuts3 ? nuts3.periodChange.idle.median <= 50 : null,
  });
  const hover = nuts3Gpu?.hover?.work;
  out.push({
    target: '#18: NUTS-3 hover, main thread (JS + paint): median under one frame (16.7 ms)',
    figure: hover ? `${hover.median.toFixed(1)} ms (p90 ${hover.p90.toFixed(1)} ms)` : 'not measured',
    met: hover ? hover.median < 16.7 : null,
  });
  return out;
}

export function printTargets(rows, loadAverage, log = console.log) {
  log(`\nTargets of issues #20 and #18 (load average ${loadAverage}):`);
  for (const r of rows) log(`  ${r.met === null ? '—      ' : r.met ? 'met    ' : 'NOT MET'}  ${r.target}: ${r.figure}`);
}

const fmt = (value, unit) => {
  if (!Number.isFinite(value)) return '—';
  if (unit === '×') return `×${value.toFixed(2)}`;
  return `${value.toFixed(1)} ${unit}`;
};

export function printTable(rows, log = console.log) {
  const width = Math.max(...rows.map((r) => r.metric.length), 6);
  const cell = (text, n) => String(text).padStart(n);
  log(`${'metric'.padEnd(width)} ${cell('median', 11)} ${cell('p90', 11)} ${cell('runs', 4)} ${cell('target', 9)}  result`);
  for (const r of rows) {
    const target = r.target === null ? '' : `< ${r.target} ${r.unit}`;
    log(
      `${r.metric.padEnd(width)} ${cell(fmt(r.median, r.unit), 11)} ${cell(fmt(r.p90, r.unit), 11)} ${cell(r.runs, 4)} ${cell(target, 9)}  ${r.result}`,
    );
  }
}

/** Writes bench-results/bench-<date>.json; returns its path. */
export function writeResults(root, results, rows) {
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const stamp = results.date.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  const file = join(dir, `bench-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
  return file;
}
