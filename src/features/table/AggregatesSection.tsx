import type { AggregateKind, Catalog, Indicator, Series, Source } from '../../contract/schema';
import type { ReactNode } from 'react';
import { aggregatePeriodRows, aggregateRowsAt } from '../../data/aggregates';
import { formatChange, formatPercentChange, formatPeriod, formatRange, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import './aggregates.css';

/** The columns: name and kind, then value, range and note as in the countries' table. */
const HEADERS = [
  ['aggregates.name', false],
  ['aggregates.kind', false],
  ['table.value', true],
  ['table.bounds', true],
  ['table.flag', false],
] as const;

interface Props {
  catalog: Catalog;
  indicator: Indicator;
  source: Source;
  series: Series;
  period: string;
}

/**
 * The aggregates the source publishes for the period (World, regions, income groups, the EU), in a
 * table of their own below the countries: marked, never ranked, and absent where the source has none.
 */
export function AggregatesSection({ catalog, indicator, source, series, period }: Props) {
  const { t, lang } = useT();
  const rows = aggregateRowsAt(catalog, series, period);
  if (rows.length === 0) return null;
  return (
    <AggregatesFrame caption={t('aggregates.caption', { source: source.name, period: formatPeriod(period, lang) })}>
      <thead>
        <tr>
          {HEADERS.map(([key, numeric]) => (
            <th key={key} scope="col" className={numeric ? 'numeric' : undefined}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-aggregate={row.id}>
            <NameCells name={row.name} kind={row.kind} />
            <td className="numeric">{formatValue(row.value, indicator.unit, lang)}</td>
            <td className="numeric">{formatRange(row.lower, row.upper, indicator.unit, lang)}</td>
            <td>{row.flag ? t(`flag.${row.flag}`) : ''}</td>
          </tr>
        ))}
      </tbody>
    </AggregatesFrame>
  );
}

/** An aggregate's name, marked, and its kind: the first cells of each of its rows. */
function NameCells({ name, kind }: { name: string; kind: AggregateKind }) {
  const { t } = useT();
  return (
    <>
      <th scope="row">
        {name} <span className="aggregate-mark">{t('aggregates.mark')}</span>
      </th>
      <td>{t(`aggregates.kind.${kind}`)}</td>
    </>
  );
}

/** The aggregates' own table, below the countries', with its heading and caption. */
function AggregatesFrame({ caption, children }: { caption: string; children: ReactNode }) {
  const { t } = useT();
  return (
    <section className="table-aggregates" aria-labelledby="table-aggregates-title">
      <h3 id="table-aggregates-title">{t('aggregates.title')}</h3>
      <div className="table-scroll">
        <table className="data-table data-table--aggregates">
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </section>
  );
}

/** The aggregates across the Table's period columns, with the change from the first to the last (absent where the source has none). */
export function AggregatesPeriodsSection({ catalog, indicator, source, series, periods }: Omit<Props, 'period'> & { periods: readonly string[] }) {
  const { t, lang } = useT();
  const rows = aggregatePeriodRows(catalog, series, periods);
  const first = periods[0];
  const last = periods.at(-1);
  if (rows.length === 0 || first === undefined || last === undefined) return null;
  const withChange = periods.length > 1;
  const range = t('table.changeOf', { first: formatPeriod(first, lang), last: formatPeriod(last, lang) });
  const number = (value: number | null, format: (v: number) => string) => <td className="numeric">{value === null ? '' : format(value)}</td>;
  return (
    <AggregatesFrame caption={t('aggregates.caption', { source: source.name, period: withChange ? range : formatPeriod(first, lang) })}>
      <thead>
        <tr>
          <th scope="col">{t('aggregates.name')}</th>
          <th scope="col">{t('aggregates.kind')}</th>
          {periods.map((period) => (
            <th key={period} scope="col" className="numeric">
              {formatPeriod(period, lang)}
            </th>
          ))}
          {withChange && (
            <th scope="col" className="numeric">
              {t('table.change')}
            </th>
          )}
          {withChange && (
            <th scope="col" className="numeric">
              {t('table.changePct')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-aggregate={row.id}>
            <NameCells name={row.name} kind={row.kind} />
            {row.values.map((value, i) => (
              <td key={periods[i]} className="numeric">
                {value === null ? '' : formatValue(value, indicator.unit, lang)}
              </td>
            ))}
            {withChange && number(row.change, (v) => formatChange(v, indicator.unit, lang))}
            {withChange && number(row.changePct, (v) => formatPercentChange(v, lang))}
          </tr>
        ))}
      </tbody>
    </AggregatesFrame>
  );
}
