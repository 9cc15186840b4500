/**
 * The same agreement by group of a breakdown (sex, age band): where a platform under-covers a
 * group (users aged 65 and over), B / A is far below the other groups'.
 */
import { scaleLog } from 'd3';
import type { Source } from '../../contract/schema';
import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { buildColorScale } from '../../lib/scales';
import { buildPairModel, groupSeries, type CommonDimension } from './compareModel';
import { formatPercent, formatRatio, formatStat } from './format';
import type { Agreement } from './stats';
import { useBreakdownSeries } from './useCompareData';
import '../../i18n/enCompare';

interface Props {
  indicator: string;
  a: Source;
  b: Source;
  dimension: CommonDimension;
  period: string;
  tolerance: number;
  overall: Agreement | null;
}

interface GroupRow {
  slice: string;
  label: string;
  state: 'loading' | 'error' | 'ready';
  agreement: Agreement | null;
  /** The period the group's pairs are for (it may differ when the group's B lacks the period). */
  period: string | null;
}

export function BreakdownSection({ indicator, a, b, dimension, period, tolerance, overall }: Props) {
  const { t, lang } = useT();
  const queries = useBreakdownSeries(indicator, a.id, b.id, dimension.groups);
  const rows: GroupRow[] = queries.map(({ group, a: qa, b: qb }) => {
    if (qa.isError || qb.isError) return { ...group, state: 'error', agreement: null, period: null };
    if (!qa.data || !qb.data) return { ...group, state: 'loading', agreement: null, period: null };
    const model = buildPairModel(groupSeries(qa.data), groupSeries(qb.data), period, tolerance);
    return { ...group, state: 'ready', agreement: model?.agreement ?? null, period: model?.period ?? null };
  });
  const failed = queries.filter((q) => q.a.isError || q.b.isError);
  const dimensionLabel = dimension.dimension.label.toLocaleLowerCase(lang);

  const ratios = rows.map((r) => r.agreement?.typicalRatio).filter((v): v is number => typeof v === 'number' && v > 0);
  const scale = buildColorScale(ratios, { mode: { kind: 'ratio' }, method: 'continuous', log: true });
  const lo = Math.min(0.5, ...ratios.map((v) => v / 1.2));
  const hi = Math.max(2, ...ratios.map((v) => v * 1.2));
  const x = scaleLog().domain([lo, hi]).range([0, 100]);
  const lowest = rows.reduce<GroupRow | null>(
    (min, r) =>
      r.agreement?.typicalRatio != null && (min === null || (r.agreement.typicalRatio as number) < (min.agreement?.typicalRatio as number)) ? r : min,
    null,
  );

  return (
    <div className="compare-breakdown">
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('compare.breakdown.caption', { dimension: dimensionLabel, period: formatPeriod(period, lang), a: a.name, b: b.name })}
      >
        <table className="data-table compare-table">
          <caption className="visually-hidden">
            {t('compare.breakdown.caption', { dimension: dimensionLabel, period: formatPeriod(period, lang), a: a.name, b: b.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.breakdown.group')}</th>
              <th scope="col" className="numeric">
                {t('compare.breakdown.ratio')}
              </th>
              <th scope="col" className="compare-breakdown__barcol">
                <span className="visually-hidden">{t('compare.breakdown.ratio')}</span>
              </th>
              <th scope="col" className="numeric">
                n
              </th>
              <th scope="col" className="numeric">
                {t('compare.breakdown.r')}
              </th>
              <th scope="col" className="numeric">
                ρ
              </th>
              <th scope="col" className="numeric">
                {t('compare.breakdown.mdape')}
              </th>
              <th scope="col" className="numeric">
                {t('compare.breakdown.sd')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const ag = row.agreement;
              const ratio = ag?.typicalRatio ?? null;
              return (
                <tr key={row.slice} data-slice={row.slice} className={row === lowest && rows.length > 1 ? 'compare-breakdown__lowest' : undefined}>
                  <th scope="row">{row.label}</th>
                  {row.state !== 'ready' || !ag ? (
                    <td colSpan={7} className="muted">
                      {row.state === 'loading'
                        ? t('state.loading')
                        : row.state === 'error'
                          ? t('compare.breakdown.failed')
                          : t('compare.breakdown.noPairs')}
                    </td>
                  ) : (
                    <>
                      <td className="numeric">{formatRatio(ratio, lang)}</td>
                      <td className="compare-breakdown__barcol" aria-hidden="true">
                        {ratio !== null && ratio > 0 && (
                          <svg viewBox="0 0 100 12" preserveAspectRatio="none" className="compare-breakdown__bar">
                            <line x1={x(1)} x2={x(1)} y1="0" y2="12" stroke="#545d68" strokeWidth="0.8" />
                            <rect
                              x={Math.min(x(1), x(ratio))}
                              width={Math.max(0.8, Math.abs(x(ratio) - x(1)))}
                              y="2"
                              height="8"
                              fill={scale.colorOf(ratio) ?? '#999'}
                            />
                          </svg>
                        )}
                      </td>
                      <td className="numeric">{ag.n}</td>
                      <td className="numeric">{formatStat(ag.pearsonLog, lang)}</td>
                      <td className="numeric">{formatStat(ag.spearman, lang)}</td>
                      <td className="numeric">{formatPercent(ag.medianApe, lang)}</td>
                      <td className="numeric">{formatStat(ag.sdLogRatio, lang)}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('compare.breakdown.barNote')}</p>
      {lowest?.agreement?.typicalRatio != null && ratios.length > 1 && (
        <p data-testid="breakdown-verdict">
          {/* A group stands out when its typical ratio is below 0.8 times the highest group's. */}
          {lowest.agreement.typicalRatio < 0.8 * Math.max(...ratios)
            ? t('compare.breakdown.lowest', {
                group: lowest.label,
                ratio: formatRatio(lowest.agreement.typicalRatio, lang),
                overall: formatRatio(overall?.typicalRatio ?? null, lang),
              })
            : t('compare.breakdown.similar', { low: formatRatio(Math.min(...ratios), lang), high: formatRatio(Math.max(...ratios), lang) })}
        </p>
      )}
      {failed.length > 0 && (
        <p role="alert" className="compare-error-note">
          {t('compare.breakdown.failedList', { groups: failed.map((q) => q.group.label).join(', ') })}
        </p>
      )}
    </div>
  );
}
