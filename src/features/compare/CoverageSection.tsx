import { scaleLinear } from 'd3';
import type { Source } from '../../contract/schema';
import { formatDate, formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { daysBetween, splitCountries, type Freshness, type SourceCoverage } from './coverage';
import { SOURCE_COLORS } from './palette';
import { yearTicks } from '../../lib/chart/ticks';
import { charsFitting, truncateText } from '../../lib/chart/frame';
import { parsePeriod } from '../../lib/period';
import { namesList } from '../../i18n/namesList';
import { yearsText } from './texts';
import { MeasuredBox } from '../../lib/MeasuredBox';
import { useLevelT } from './levelText';
import '../../i18n/enCompare';

interface Props {
  a: Source;
  b: Source;
  coverageA: SourceCoverage | null;
  coverageB: SourceCoverage | null;
  freshness: Freshness;
  /** Countries of the catalog, in display order, with their names. */
  countries: readonly { id: string; name: string }[];
}

/** Which countries and periods each source covers, each one's latest period and release, and the lag. */
export function CoverageSection({ a, b, coverageA, coverageB, freshness, countries }: Props) {
  const { t, lang } = useT();
  const tl = useLevelT();
  const rows = [
    { side: 'a' as const, role: t('compare.roleA'), source: a, coverage: coverageA, latest: freshness.latestA, released: freshness.releaseA },
    { side: 'b' as const, role: t('compare.roleB'), source: b, coverage: coverageB, latest: freshness.latestB, released: freshness.releaseB },
  ];
  const split =
    coverageA && coverageB
      ? splitCountries(
          countries.map((c) => c.id),
          coverageA.countries,
          coverageB.countries,
        )
      : null;
  const names = new Map(countries.map((c) => [c.id, c.name]));
  const nameList = (ids: readonly string[]) =>
    namesList(
      t,
      ids.map((id) => names.get(id) ?? id),
      lang,
      12,
    );
  type Row = (typeof rows)[number];
  const facts: { key: string; label: string; value: (row: Row) => string }[] = [
    { key: 'counts', label: t('compare.coverage.counts'), value: (row) => t(`basis.${row.source.counts}`) },
    { key: 'cadence', label: t('compare.coverage.cadence'), value: (row) => t(`cadence.${row.source.cadence}`) },
    {
      key: 'periods',
      label: t('compare.coverage.periods'),
      value: (row) => {
        const periods = row.coverage?.periods ?? [];
        return periods.length > 0
          ? t('compare.coverage.periodsValue', {
              first: formatPeriod(periods[0] as string, lang),
              last: formatPeriod(periods[periods.length - 1] as string, lang),
              count: periods.length,
            })
          : t(row.coverage ? 'compare.coverage.noValues' : 'compare.coverage.notLoaded');
      },
    },
    { key: 'countries', label: tl('compare.coverage.countries'), value: (row) => (row.coverage ? String(row.coverage.countries.size) : '–') },
    { key: 'latest', label: t('compare.coverage.latest'), value: (row) => formatPeriod(row.latest, lang) },
    { key: 'released', label: t('compare.coverage.released'), value: (row) => formatDate(row.released, lang) },
  ];
  const lag = freshness.periodLagYears;
  const releaseLag = freshness.releaseLagDays;

  return (
    <div className="compare-coverage">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('compare.coverage.title')}>
        <table className="data-table compare-table compare-coverage__table">
          <caption className="visually-hidden">{t('compare.coverage.title')}</caption>
          <thead>
            <tr>
              <td />
              {rows.map((row) => (
                <th key={row.side} scope="col" data-side={row.side}>
                  <span className="compare-role" style={{ background: SOURCE_COLORS[row.side] }} aria-hidden="true" />
                  {t('compare.coverage.sourceHead', { role: row.role, source: row.source.name })}{' '}
                  <span className="compare-kind">({t(`kind.${row.source.kind}`)})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {facts.map((fact) => (
              <tr key={fact.key} data-fact={fact.key}>
                <th scope="row">{fact.label}</th>
                {rows.map((row) => (
                  <td key={row.side}>{fact.value(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {lag === null || Math.abs(lag) < 0.05
          ? t('compare.coverage.lagSame', { a: a.name, b: b.name })
          : t(lag > 0 ? 'compare.coverage.lagNewer' : 'compare.coverage.lagOlder', {
              a: a.name,
              b: b.name,
              years: yearsText(t, lag, lang),
              latestA: formatPeriod(freshness.latestA, lang),
              latestB: formatPeriod(freshness.latestB, lang),
            })}{' '}
        {releaseLag !== null &&
          releaseLag !== 0 &&
          t(releaseLag > 0 ? 'compare.coverage.releasedAfter' : 'compare.coverage.releasedBefore', {
            a: a.name,
            b: b.name,
            days: new Intl.NumberFormat(lang).format(Math.abs(releaseLag)),
          })}{' '}
        {t('compare.coverage.age', {
          a: a.name,
          b: b.name,
          daysA: new Intl.NumberFormat(lang).format(Math.max(0, daysBetween(freshness.releaseA, todayIso()) ?? 0)),
          daysB: new Intl.NumberFormat(lang).format(Math.max(0, daysBetween(freshness.releaseB, todayIso()) ?? 0)),
        })}
      </p>
      {coverageA && coverageB && <CoverageTimeline a={coverageA} b={coverageB} aName={a.name} bName={b.name} total={countries.length} />}
      {split && (
        <>
          <p>
            {tl('compare.coverage.split', {
              both: split.both.length,
              onlyA: split.onlyA.length,
              onlyB: split.onlyB.length,
              neither: split.neither.length,
              a: a.name,
              b: b.name,
            })}
          </p>
          {split.onlyA.length > 0 && <p className="muted">{t('compare.coverage.onlyList', { source: a.name, names: nameList(split.onlyA) })}</p>}
          {split.onlyB.length > 0 && <p className="muted">{t('compare.coverage.onlyList', { source: b.name, names: nameList(split.onlyB) })}</p>}
        </>
      )}
    </div>
  );
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

interface TimelineProps {
  a: SourceCoverage;
  b: SourceCoverage;
  aName: string;
  bName: string;
  total: number;
}

/** Countries with a value by period, one row per source on a shared time axis. */
function CoverageTimeline(props: TimelineProps) {
  return (
    <MeasuredBox className="compare-timeline" fallback={520}>
      {(width) => <CoverageTimelineBody {...props} width={width} />}
    </MeasuredBox>
  );
}

function CoverageTimelineBody({ a, b, aName, bName, total, width }: TimelineProps & { width: number }) {
  const { t } = useT();
  const tl = useLevelT();
  const rowHeight = 40;
  const left = 8;
  const top = 14;
  const all = [...a.periods, ...b.periods].map((p) => parsePeriod(p)?.mid ?? NaN).filter(Number.isFinite);
  if (all.length === 0) return null;
  const x = scaleLinear()
    .domain([Math.floor(Math.min(...all)), Math.ceil(Math.max(...all))])
    .range([left + 4, width - 8]);
  const height = top + rowHeight * 2 + 22;
  const barWidth = Math.max(2, Math.min(10, (width - 20) / Math.max(1, (x.domain()[1] as number) - (x.domain()[0] as number)) - 2));
  const rows = [
    { side: 'a' as const, coverage: a, name: aName },
    { side: 'b' as const, coverage: b, name: bName },
  ];
  // A year's label (10 px, about 25 px wide) only where it fits whole in the chart.
  const labelHalf = 13;
  const ticks = yearTicks(x, Math.max(2, Math.floor(width / 70)), labelHalf, width - labelHalf);
  // A source's name (11 px bold) cut where it would pass the chart's edge; the table above has it whole.
  const nameChars = charsFitting(width - left - 4, 11 * 0.62);

  return (
    <>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('compare.coverage.chart')}>
        {rows.map((row, i) => {
          const base = top + rowHeight * (i + 1) - 6;
          return (
            <g key={row.side}>
              <text x={left} y={top + rowHeight * i + 6} className="compare-timeline__name">
                {truncateText(row.name, nameChars)}
                <title>{row.name}</title>
              </text>
              {row.coverage.periods.map((period) => {
                const mid = parsePeriod(period)?.mid ?? 0;
                const count = row.coverage.countsByPeriod.get(period) ?? 0;
                const h = Math.max(1.5, ((rowHeight - 20) * count) / Math.max(1, total));
                return (
                  <rect key={period} x={x(mid) - barWidth / 2} y={base - h} width={barWidth} height={h} fill={SOURCE_COLORS[row.side]}>
                    <title>{`${period}: ${count}`}</title>
                  </rect>
                );
              })}
              <line x1={left} x2={width - 4} y1={base} y2={base} className="compare-grid" />
            </g>
          );
        })}
        {ticks.map(({ year, at }) => (
          <text key={year} x={at} y={height - 4} textAnchor="middle" className="compare-timeline__tick">
            {year}
          </text>
        ))}
      </svg>
      <p className="muted compare-timeline__note">{tl('compare.coverage.chartNote', { total })}</p>
    </>
  );
}
