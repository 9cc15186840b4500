// Comparison recompute bench: drives test/bench/compare.html (see compare-bench-entry.ts), the
// comparison panel's own computations for all countries: warm (series already grouped, as when the
// period or the tolerance changes) and cold (new series: grouping included, as when the pair
// changes), on the demo files and on the 2,160-unit monthly grid.
import { periodSequence } from './map-bench.mjs';
import { repeat } from './lib/probes.mjs';
import { summarise } from './lib/stats.mjs';

const KEYS = ['agreement', 'group', 'pair', 'coverage', 'backtest'];

export async function runCompareBench({ browser, base, runs, coldRuns, log = console.log }) {
  const out = {};
  for (const set of ['demo', 'grid']) {
    const page = await browser.newPage();
    try {
      page.on('pageerror', (error) => log(`compare/${set}: page error: ${error.message}`));
      await page.goto(`${base}/test/bench/compare.html?set=${set}`);
      await page.waitForFunction(() => window.benchPage?.info, null, { timeout: 120_000 });
      const info = await page.evaluate(() => window.benchPage.info);
      const measure = async (cold, count) => {
        const args = periodSequence(info.periods, count + 2).map((period) => ({ period, cold }));
        const samples = (await page.evaluate(repeat, { name: 'recompute', args, settleMs: 20 })).slice(2);
        return { ...Object.fromEntries(KEYS.map((k) => [k, summarise(samples.map((s) => s[k]))])), pairs: summarise(samples.map((s) => s.n)) };
      };
      const panelArgs = periodSequence(info.periods, coldRuns + 1);
      const panel = (await page.evaluate(repeat, { name: 'panelOnNewSeries', args: panelArgs, settleMs: 20 })).slice(1);
      out[set] = {
        info: { ...info, periods: info.periods.length },
        warm: await measure(false, runs),
        cold: await measure(true, coldRuns),
        panelOnNewSeries: Object.fromEntries(
          ['groupWall', 'renderTask', 'backtestWall', 'groupBlock', 'backtestBlock', 'longestBlock'].map((k) => [
            k,
            summarise(panel.map((s) => s[k])),
          ]),
        ),
      };
    } finally {
      await page.close();
    }
  }
  return out;
}
