/**
 * Browser side of the time-series bench (see series-bench.mjs): builds synthetic series, then
 * times, with performance marks, building the chart model (the windowed model and the whole-period
 * one of the overview, as the panel does) and rendering it (React commit + layout), in Chromium.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { CONTRACT_VERSION, type Series, type Source } from '../../src/contract/schema';
import { random } from './grid';
import { buildChart, pointAt, type ChartModel, type LineInput, type MeasureOptions } from '../../src/features/series/buildSeries';
import { lineSpecs, type LineSpec } from '../../src/features/series/lines';
import { SeriesChart, type ReadoutRow } from '../../src/features/series/SeriesChart';
import '../../src/app/app.css';
import '../../src/features/series/series.css';

interface Scenario {
  name: string;
  sources: Source[];
  series: Series[];
  geos: string[];
  mode: 'country' | 'source';
}

const source = (id: string, cadence: Source['cadence'], kind: Source['kind']): Source => ({
  id,
  name: `Source ${id}`,
  kind,
  publisher: 'bench',
  url: null,
  licence: 'CC0',
  counts: 'country-of-birth',
  definition: 'Synthetic.',
  cadence,
  releaseDate: '2026-01-01',
  latestPeriod: '2024',
  caveats: ['In 2019 the method changed (values flagged "break").'],
  demo: true,
});

const geoCode = (i: number) => `C${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;

function makeSeries(id: string, geos: string[], periods: string[], rand: () => number, bounds: boolean, breakAt: string | null): Series {
  const columns: Series['columns'] = { geo: [], period: [], value: [], lower: bounds ? [] : undefined, upper: bounds ? [] : undefined, flag: [] };
  for (const geo of geos) {
    let v = 1e5 + rand() * 1e7;
    for (const period of periods) {
      v *= 0.95 + rand() * 0.12;
      if (rand() < 0.03) continue; // a gap now and then
      columns.geo.push(geo);
      columns.period.push(period);
      columns.value.push(Math.round(v));
      columns.lower?.push(Math.round(v * 0.85));
      columns.upper?.push(Math.round(v * 1.15));
      columns.flag?.push(period === breakAt ? 'break' : rand() < 0.05 ? 'estimate' : null);
    }
  }
  return { contract: CONTRACT_VERSION, indicator: 'bench', source: id, slice: 'total', focus: null, releaseDate: '2026-01-01', columns };
}

function scenarios(): Scenario[] {
  const rand = random(42);
  const years = Array.from({ length: 35 }, (_, i) => String(1990 + i));
  const tenGeos = Array.from({ length: 10 }, (_, i) => geoCode(i));
  const yearly = [source('a', '5-yearly', 'official'), source('b', 'yearly', 'digital-trace'), source('c', 'yearly', 'model')];
  const monthsFrom = (first: number, count: number) =>
    Array.from({ length: count }, (_, i) => `${first + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const months = monthsFrom(2015, 120);
  const twentyYears = monthsFrom(2005, 240);
  const fiftyGeos = Array.from({ length: 50 }, (_, i) => geoCode(i));
  return [
    {
      name: '10 countries × 3 sources × 35 years',
      sources: yearly,
      // Source a: sparse style with a marker at each of its 35 points (the worst case); b: bounds and a break.
      series: [
        makeSeries('a', tenGeos, years, rand, false, null),
        makeSeries('b', tenGeos, years, rand, true, '2019'),
        makeSeries('c', tenGeos, years, rand, false, null),
      ],
      geos: tenGeos,
      mode: 'source',
    },
    {
      name: '50 monthly series × 10 years',
      sources: [source('m', 'monthly', 'digital-trace')],
      series: [makeSeries('m', fiftyGeos, months, rand, false, null)],
      geos: fiftyGeos,
      mode: 'country',
    },
    {
      name: '50 monthly series × 20 years',
      sources: [source('m20', 'monthly', 'digital-trace')],
      series: [makeSeries('m20', fiftyGeos, twentyYears, rand, true, '2019-01')],
      geos: fiftyGeos,
      mode: 'country',
    },
  ];
}

const options: MeasureOptions = { scale: 'linear', measure: 'absolute', base: null, from: null, to: null };
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

function inputsOf(s: Scenario, specs: LineSpec[]): LineInput[] {
  const bySource = new Map(s.series.map((series) => [series.source, series]));
  return specs.map((spec) => ({ key: spec.key, geo: spec.geo, sourceId: spec.sourceId, series: bySource.get(spec.sourceId) as Series }));
}

function chart(model: ChartModel, full: ChartModel, specs: LineSpec[]) {
  const readout = (period: string): ReadoutRow[] =>
    specs.map((spec) => {
      const line = model.lines.find((l) => l.key === spec.key);
      const p = line ? pointAt(line, period) : null;
      return {
        key: spec.key,
        name: spec.name,
        color: spec.color,
        sparse: spec.sparse,
        value: p?.value == null ? '—' : number.format(p.value),
        details: [],
        flagged: false,
        sortValue: p?.value ?? null,
      };
    });
  return (
    <SeriesChart
      model={model}
      specs={specs}
      breaks={[{ key: 'b|2019', t: Date.UTC(2019, 6, 1), label: 'Break: method change' }]}
      focus={null}
      onFocus={() => undefined}
      scale="linear"
      title="Bench"
      yLabel="persons"
      formatTick={(v) => number.format(v)}
      formatPeriod={(p) => p}
      readout={readout}
      initialPeriod={null}
      baseline={0}
      initialWidth={1280}
      overview={{ model: full, specs, scale: 'linear', from: null, to: null, onWindow: () => undefined }}
    />
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function run(runs = 15) {
  const out = [];
  const container = document.getElementById('root') as HTMLElement;
  for (const s of scenarios()) {
    const specs = lineSpecs(
      s.mode,
      s.geos,
      s.sources,
      (g) => g,
      (c, src) => `${c}, ${src}`,
    );
    const inputs = inputsOf(s, specs);
    const build: number[] = [];
    const render: number[] = [];
    const total: number[] = [];
    const step: number[] = [];
    let elements = 0;
    for (let i = 0; i < runs + 2; i++) {
      // A fresh copy of each source's series every run (shared by its lines, as in the app), so
      // that no cache of a previous run helps.
      const copies = new Map(s.series.map((series) => [series, { ...series, columns: { ...series.columns } }]));
      const fresh = inputs.map((input) => ({ ...input, series: copies.get(input.series) as Series }));
      const root: Root = createRoot(container);
      performance.mark('series:start');
      const model = buildChart(fresh, options);
      const full = buildChart(fresh, { ...options, base: model.base });
      performance.mark('series:built');
      flushSync(() => root.render(chart(model, full, specs)));
      void container.getBoundingClientRect().height; // style and layout
      performance.mark('series:rendered');
      const b = performance.measure('series:build', 'series:start', 'series:built').duration;
      const r = performance.measure('series:render', 'series:built', 'series:rendered').duration;
      // One keyboard step of the crosshair (re-render with the tooltip).
      const slider = container.querySelector('[role="slider"]') as HTMLElement;
      const t0 = performance.now();
      flushSync(() => slider.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
      flushSync(() => slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
      void container.getBoundingClientRect().height;
      const k = performance.now() - t0;
      elements = container.querySelectorAll('svg *').length;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      root.unmount();
      if (i < 2) continue; // warm-up
      build.push(b);
      render.push(r);
      total.push(b + r);
      step.push(k);
    }
    out.push({
      scenario: s.name,
      lines: specs.length,
      points: inputs.reduce((n, input) => n + input.series.columns.geo.filter((g) => g === input.geo).length, 0),
      svgElements: elements,
      runs,
      medianMs: { build: median(build), render: median(render), total: median(total), crosshairStep: median(step) },
      maxMs: { total: Math.max(...total) },
      samplesMs: { build, render, total, crosshairStep: step },
    });
  }
  return out;
}

/** Renders one scenario and leaves it on the page (for a screenshot). */
function show(index: number) {
  const s = scenarios()[index];
  if (!s) return;
  const specs = lineSpecs(
    s.mode,
    s.geos,
    s.sources,
    (g) => g,
    (c, src) => `${c}, ${src}`,
  );
  const inputs = inputsOf(s, specs);
  const model = buildChart(inputs, options);
  const full = buildChart(inputs, { ...options, base: model.base });
  flushSync(() => createRoot(document.getElementById('root') as HTMLElement).render(chart(model, full, specs)));
}

declare global {
  interface Window {
    seriesBench: (runs?: number) => ReturnType<typeof run>;
    seriesShow: (index: number) => void;
  }
}
window.seriesBench = run;
window.seriesShow = show;
