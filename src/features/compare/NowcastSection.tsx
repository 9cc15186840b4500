/**
 * The experimental nowcast (a model estimate, labelled as such, with its inputs) and the
 * back-test of the method on A's past releases.
 */
import { useMemo } from 'react';
import type { Source, Unit } from '../../contract/schema';
import { formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { Grouped } from './compareModel';
import { formatPercent, formatRatio, formatSignedPercent } from './format';
import { backtestSteps, nowcastCountry, summarizeBacktest, summarizeByRelease, type BacktestRow, type Nowcast } from './nowcast';
import { ScrollTable } from './ScrollTable';
import { useSliced } from './useSliced';
import { mean } from './stats';
import '../../i18n/enCompare';

const NO_ROWS: BacktestRow[] = [];

/** A's observations: about what the back-test costs. From this many on it runs in slices after render (about 10 ms of work at once). */
const SLICED_BACKTEST_WORK = 20_000;

function backtestWork(a: Grouped): number {
  let n = 0;
  for (const periods of a.values()) n += periods.size;
  return n;
}

interface Props {
  a: Source;
  b: Source;
  groupedA: Grouped;
  groupedB: Grouped;
  tolerance: number;
  unit: Unit;
  /** The chart's country first, then the selected ones. */
  focus: readonly string[];
  names: ReadonlyMap<string, string>;
}

export function NowcastSection({ a, b, groupedA, groupedB, tolerance, unit, focus, names }: Props) {
  const { t, lang } = useT();
  const nameOf = (geo: string) => names.get(geo) ?? geo;
  const value = (v: number) => formatValue(v, unit, lang);
  const period = (p: string) => formatPeriod(p, lang);

  const nowcasts = useMemo(
    () => focus.map((geo) => ({ geo, nowcast: nowcastCountry(geo, groupedA.get(geo), groupedB.get(geo), tolerance) })),
    [focus, groupedA, groupedB, tolerance],
  );
  const backtest = useMemo(() => () => backtestSteps(groupedA, groupedB, tolerance), [groupedA, groupedB, tolerance]);
  const computed = useSliced(backtest, backtestWork(groupedA) >= SLICED_BACKTEST_WORK);
  const rows = computed ?? NO_ROWS;
  const summary = summarizeBacktest(rows);
  const releases = summarizeByRelease(rows);
  const perCountry = useMemo(() => {
    const byGeo = new Map<string, BacktestRow[]>();
    for (const row of rows) {
      const list = byGeo.get(row.geo);
      if (list) list.push(row);
      else byGeo.set(row.geo, [row]);
    }
    return [...byGeo.entries()]
      .map(([geo, list]) => ({ geo, rows: list, mape: mean(list.map((r) => Math.abs(r.error))) }))
      .sort((p, q) => Number(focus.includes(q.geo)) - Number(focus.includes(p.geo)) || q.mape - p.mape);
  }, [rows, focus]);
  const first = nowcasts[0];

  return (
    <div className="compare-nowcast">
      <p className="compare-nowcast__badge">
        <strong>{t('compare.nowcast.badge')}</strong> {t('compare.nowcast.method', { a: a.name, b: b.name })}
      </p>
      {first?.nowcast && <NowcastInputs nowcast={first.nowcast} name={nameOf(first.geo)} a={a} b={b} unit={unit} />}
      {first && !first.nowcast && <p>{t('compare.nowcast.none', { country: nameOf(first.geo), a: a.name, b: b.name })}</p>}
      {nowcasts.length > 1 && (
        <>
          <ScrollTable caption={t('compare.nowcast.tableCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('table.country')}</th>
                <th scope="col" className="numeric">
                  {t('compare.nowcast.colBase', { source: a.name })}
                </th>
                <th scope="col" className="numeric">
                  {t('compare.nowcast.colGrowth', { source: b.name })}
                </th>
                <th scope="col" className="numeric">
                  {t('compare.nowcast.colEstimate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {nowcasts.map(({ geo, nowcast }) => (
                <tr key={geo}>
                  <th scope="row">{nameOf(geo)}</th>
                  {nowcast ? (
                    <>
                      <td className="numeric">{`${value(nowcast.base.value)} (${period(nowcast.base.period)})`}</td>
                      <td className="numeric">
                        {`${formatRatio(nowcast.growth, lang, 3)} (${period(nowcast.anchor.period)} → ${period(nowcast.latest.period)})`}
                        {nowcast.acrossBreak ? ` ${t('compare.nowcast.breakShort')}` : ''}
                      </td>
                      <td className="numeric">{`${value(nowcast.estimate)} (${period(nowcast.latest.period)})`}</td>
                    </>
                  ) : (
                    <td colSpan={3} className="muted">
                      {t('compare.nowcast.noneShort')}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}

      <h4>{t('compare.backtest.title', { a: a.name })}</h4>
      {computed === null ? (
        <p role="status" className="muted">
          {t('compare.backtest.running')}
        </p>
      ) : summary.n === 0 ? (
        <p>{t('compare.backtest.none', { a: a.name, b: b.name })}</p>
      ) : (
        <>
          <p data-testid="backtest-overall">
            {t('compare.backtest.overall', {
              n: summary.n,
              mape: formatPercent(summary.mape, lang),
              mdape: formatPercent(summary.medianApe, lang),
              naiveMape: formatPercent(summary.naiveMape, lang),
              naiveMdape: formatPercent(summary.naiveMedianApe, lang),
            })}{' '}
            {t((summary.medianApe as number) < (summary.naiveMedianApe as number) ? 'compare.backtest.better' : 'compare.backtest.worse')}
          </p>
          <ScrollTable caption={t('compare.backtest.byRelease')}>
            <thead>
              <tr>
                <th scope="col">{t('compare.backtest.release')}</th>
                <th scope="col" className="numeric">
                  {t('compare.backtest.predictions')}
                </th>
                <th scope="col" className="numeric">
                  {t('compare.backtest.mape')}
                </th>
                <th scope="col" className="numeric">
                  {t('compare.backtest.mdape')}
                </th>
                <th scope="col" className="numeric">
                  {t('compare.backtest.naive')}
                </th>
                <th scope="col">{t('table.flag')}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((r) => (
                <tr key={`${r.from}-${r.to}`}>
                  <th scope="row">{t('compare.backtest.releaseValue', { from: period(r.from), to: period(r.to) })}</th>
                  <td className="numeric">{r.summary.n}</td>
                  <td className="numeric">{formatPercent(r.summary.mape, lang)}</td>
                  <td className="numeric">{formatPercent(r.summary.medianApe, lang)}</td>
                  <td className="numeric">{formatPercent(r.summary.naiveMedianApe, lang)}</td>
                  <td className="compare-wrap">
                    {r.summary.acrossBreak > 0 ? t('compare.backtest.acrossBreak', { count: r.summary.acrossBreak, b: b.name }) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <details className="compare-details">
            <summary>{t('compare.backtest.perCountry', { count: perCountry.length })}</summary>
            <div
              className="table-scroll compare-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('compare.backtest.perCountry', { count: perCountry.length })}
            >
              <table className="data-table compare-table">
                <caption className="visually-hidden">{t('compare.backtest.perCountry', { count: perCountry.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('table.country')}</th>
                    {releases.map((r) => (
                      <th key={`${r.from}-${r.to}`} scope="col" className="numeric">
                        {t('compare.backtest.releaseValue', { from: period(r.from), to: period(r.to) })}
                      </th>
                    ))}
                    <th scope="col" className="numeric">
                      {t('compare.backtest.mape')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {perCountry.map(({ geo, rows: list, mape }) => (
                    <tr key={geo} className={focus.includes(geo) ? 'selected' : undefined}>
                      <th scope="row">{nameOf(geo)}</th>
                      {releases.map((r) => {
                        const row = list.find((x) => x.from.period === r.from && x.to.period === r.to);
                        return (
                          <td key={`${r.from}-${r.to}`} className="numeric">
                            {row ? formatSignedPercent(row.error, lang) : ''}
                          </td>
                        );
                      })}
                      <td className="numeric">{formatPercent(mape, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </div>
  );
}

function NowcastInputs({ nowcast, name, a, b, unit }: { nowcast: Nowcast; name: string; a: Source; b: Source; unit: Unit }) {
  const { t, lang } = useT();
  const value = (v: number) => formatValue(v, unit, lang);
  const period = (p: string) => formatPeriod(p, lang);
  return (
    <div className="compare-nowcast__inputs" data-testid="nowcast-inputs">
      <p className="compare-nowcast__estimate">
        {t('compare.nowcast.estimate', { country: name, period: period(nowcast.latest.period), value: value(nowcast.estimate) })}
      </p>
      <dl>
        <div>
          <dt>{t('compare.nowcast.base', { source: a.name, period: period(nowcast.base.period) })}</dt>
          <dd>{value(nowcast.base.value)}</dd>
        </div>
        <div>
          <dt>{t('compare.nowcast.anchor', { source: b.name, period: period(nowcast.anchor.period) })}</dt>
          <dd>{value(nowcast.anchor.value)}</dd>
        </div>
        <div>
          <dt>{t('compare.nowcast.latest', { source: b.name, period: period(nowcast.latest.period) })}</dt>
          <dd>{value(nowcast.latest.value)}</dd>
        </div>
        <div>
          <dt>{t('compare.nowcast.growth', { source: b.name })}</dt>
          <dd>{formatRatio(nowcast.growth, lang, 3)}</dd>
        </div>
      </dl>
      <p className="muted">
        {t('compare.nowcast.formula', {
          base: value(nowcast.base.value),
          latest: value(nowcast.latest.value),
          anchor: value(nowcast.anchor.value),
          estimate: value(nowcast.estimate),
        })}
      </p>
      {nowcast.acrossBreak && (
        <p className="compare-warning compare-warning--inline">
          {t('compare.nowcast.break', { b: b.name, from: period(nowcast.anchor.period), to: period(nowcast.latest.period) })}
        </p>
      )}
    </div>
  );
}
