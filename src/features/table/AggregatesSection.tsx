import type { Catalog, Indicator, Series, Source } from '../../contract/schema';
import { aggregateRowsAt } from '../../data/aggregates';
import { formatPeriod, formatRange, formatValue } from '../../i18n/format';
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
    <section className="table-aggregates" aria-labelledby="table-aggregates-title">
      <h3 id="table-aggregates-title">{t('aggregates.title')}</h3>
      <div className="table-scroll">
        <table className="data-table data-table--aggregates">
          <caption>{t('aggregates.caption', { source: source.name, period: formatPeriod(period, lang) })}</caption>
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
                <th scope="row">
                  {row.name} <span className="aggregate-mark">{t('aggregates.mark')}</span>
                </th>
                <td>{t(`aggregates.kind.${row.kind}`)}</td>
                <td className="numeric">{formatValue(row.value, indicator.unit, lang)}</td>
                <td className="numeric">{formatRange(row.lower, row.upper, indicator.unit, lang)}</td>
                <td>{row.flag ? t(`flag.${row.flag}`) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
