/**
 * Browser side of the comparison bench (compare.html, driven by compare-bench.mjs): the
 * comparison panel's own computations for all countries, timed in Chromium:
 *   - group: both series by country and period (groupSeries: what a newly loaded series costs);
 *   - pair: period matching and agreement statistics at one period of B (buildPairModel);
 *   - coverage: coverage of both sources (coverageOf);
 *   - backtest: the nowcast back-test of every country (as the nowcast section computes it, when
 *     the experimental nowcast is on); reported apart from the agreement (pair, and on new series
 *     group + pair + coverage).
 * ?set=demo: migrant stock, census (A) against social-media audience (B), the demo files;
 * ?set=grid: the generated grid's 2,160 units, yearly A (20 years) against monthly B (240 months).
 */
import type { Series } from '../../src/contract/schema';
import { runInSlices } from '../../src/lib/slices';
import { buildPairModel, groupSeries, groupSeriesSteps } from '../../src/features/compare/compareModel';
import { coverageOf } from '../../src/features/compare/coverage';
import { backtestCountry, backtestSteps } from '../../src/features/compare/nowcast';
import { periodsIn } from '../../src/features/compare/periods';
import { DEFAULT_COMPARE_TOLERANCE } from '../../src/state/viewState';
import { blockMonitor, expose } from './bench-page';
import { copySeries, generateGrid } from './grid';

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Yearly A from the grid's monthly series: each unit's June value, as a "census" of the year. */
function yearlyOf(monthly: Series): Series {
  const c = monthly.columns;
  const columns: Series['columns'] = { geo: [], period: [], value: [] };
  for (let row = 0; row < c.geo.length; row++) {
    const period = c.period[row] as string;
    if (!period.endsWith('-06')) continue;
    columns.geo.push(c.geo[row] as string);
    columns.period.push(period.slice(0, 4));
    columns.value.push(Math.round((c.value[row] as number) * 1.1));
  }
  return { ...monthly, source: 'grid-yearly', columns };
}

async function load(set: string): Promise<{ a: Series; b: Series }> {
  if (set === 'grid') {
    const b = generateGrid().series;
    return { a: yearlyOf(b), b };
  }
  const [a, b] = await Promise.all([
    json<Series>('/data/series/migrant-stock/census.json'),
    json<Series>('/data/series/migrant-stock/social-audience.json'),
  ]);
  return { a, b };
}

const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
};

async function start() {
  const set = new URLSearchParams(window.location.search).get('set') ?? 'demo';
  const { a, b } = await load(set);
  const tolerance = DEFAULT_COMPARE_TOLERANCE;
  const periods = periodsIn(groupSeries(b));
  let pairs = 0;
  expose({
    info: { set, rowsA: a.columns.geo.length, rowsB: b.columns.geo.length, periods, tolerance },
    /** One recompute at B's period; cold: on new copies of both series (grouping included). */
    async recompute({ period, cold }: { period: string; cold: boolean }) {
      const [sa, sb] = cold ? [copySeries(a), copySeries(b)] : [a, b];
      const [[ga, gb], group] = time(() => [groupSeries(sa), groupSeries(sb)] as const);
      const [model, pair] = time(() => buildPairModel(ga, gb, period, tolerance));
      const [, coverage] = time(() => [coverageOf(ga), coverageOf(gb)]);
      const [, backtest] = time(() => {
        let rows = 0;
        for (const geo of ga.keys()) rows += backtestCountry(geo, ga.get(geo), gb.get(geo), tolerance).length;
        return rows;
      });
      pairs = model?.agreement.n ?? 0;
      // What the panel recomputes: on a new period or tolerance, the pairing and statistics (the
      // grouping and coverage are memoised per series); on new series, all three.
      return { group, pair, coverage, backtest, agreement: pair + (cold ? group + coverage : 0), n: pairs };
    },
    /**
     * New series as the panel takes them: grouped in slices when large (useGroupedSeries), then
     * pairing, statistics and coverage in one task (the render), then the back-test in slices when
     * large (NowcastSection). longestBlock: the longest the page's thread was held meanwhile.
     */
    async panelOnNewSeries(period: string) {
      const [sa, sb] = [copySeries(a), copySeries(b)];
      await new Promise((resolve) => setTimeout(resolve, 0));
      const t0 = performance.now();
      let blocks = blockMonitor();
      const [ga, gb] = [await runInSlices(groupSeriesSteps(sa)), await runInSlices(groupSeriesSteps(sb))];
      const groupBlock = blocks();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const t1 = performance.now();
      buildPairModel(ga, gb, period, tolerance);
      coverageOf(ga);
      coverageOf(gb);
      const t2 = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 0));
      blocks = blockMonitor();
      await runInSlices(backtestSteps(ga, gb, tolerance));
      const backtestBlock = blocks();
      const t3 = performance.now();
      return {
        groupWall: t1 - t0,
        renderTask: t2 - t1,
        backtestWall: t3 - t2,
        groupBlock,
        backtestBlock,
        longestBlock: Math.max(groupBlock, t2 - t1, backtestBlock),
      };
    },
  });
  (document.getElementById('out') as HTMLElement).textContent =
    `${set}: A ${a.columns.geo.length} rows, B ${b.columns.geo.length} rows, ${periods.length} periods of B`;
}

start().catch((error: unknown) => {
  console.error(error);
  document.title = `failed: ${String(error)}`;
});
