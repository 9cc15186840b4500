import { useMemo, useState } from 'react';
import type { Unit } from '../../contract/schema';
import { formatChange, formatPercentChange, formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { effectivePeriodSort, sortPeriodRows, type PeriodRow, type PeriodSortKey, type SortDirection } from '../../data/tableRows';
import { SortHeader } from './SortHeader';

interface Props {
  rows: readonly PeriodRow[];
  /** The periods shown as columns, oldest first. */
  periods: readonly string[];
  unit: Unit;
  caption: string;
  selectedOnly: boolean;
  onToggle: (geo: string) => void;
  onOpen: (geo: string) => void;
  /** The first column's header below the country level (the level's unit); absent: Country. */
  nameLabel?: string;
}

type Sort = { key: PeriodSortKey; direction: SortDirection };

const sameKey = (a: PeriodSortKey, b: PeriodSortKey) => (typeof a === 'object' && typeof b === 'object' ? a.period === b.period : a === b);

/** The Table with one column per period, then the change and % change from the first to the last; sortable by every column. */
export function PeriodsTable({ rows, periods, unit, caption, selectedOnly, onToggle, onOpen, nameLabel }: Props) {
  const { t, lang } = useT();
  const [asked, setAsked] = useState<Sort | null>(null);
  const sort = effectivePeriodSort(asked, periods);
  const sorted = useMemo(() => sortPeriodRows(rows, periods, sort.key, sort.direction, lang), [rows, periods, sort.key, sort.direction, lang]);
  const shown = selectedOnly ? sorted.filter((r) => r.selected) : sorted;
  const withChange = periods.length > 1;
  const first = periods[0];
  const last = periods.at(-1);
  const span =
    first !== undefined && last !== undefined ? t('table.changeOf', { first: formatPeriod(first, lang), last: formatPeriod(last, lang) }) : '';

  function sortBy(key: PeriodSortKey) {
    setAsked(
      sameKey(sort.key, key)
        ? { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'name' ? 'ascending' : 'descending' },
    );
  }
  const header = (key: PeriodSortKey, label: string, suffix?: string) => (
    <SortHeader
      key={typeof key === 'object' ? key.period : key}
      label={label}
      suffix={suffix && <span className="table-span"> ({suffix})</span>}
      sortLabel={t('table.sortBy', { column: suffix ? `${label} (${suffix})` : label })}
      direction={sameKey(sort.key, key) ? sort.direction : null}
      numeric={key !== 'name'}
      className={key === 'name' ? 'table-sticky table-sticky--name' : undefined}
      onSort={() => sortBy(key)}
    />
  );
  const value = (v: number | null) => (v === null ? <span className="muted">{t('table.noValue')}</span> : formatValue(v, unit, lang));

  return (
    <div className="table-scroll">
      <table className="data-table data-table--periods">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="table-sticky table-sticky--check">
              <span className="visually-hidden">{t('filters.selected')}</span>
            </th>
            {header('name', nameLabel ?? t('table.country'))}
            {periods.map((period) => header({ period }, formatPeriod(period, lang)))}
            {withChange && header('change', t('table.change'), span)}
            {withChange && header('changePct', t('table.changePct'), span)}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.geo} className={row.selected ? 'selected' : undefined} data-geo={row.geo}>
              <td className="table-sticky table-sticky--check">
                <input type="checkbox" checked={row.selected} aria-label={t('table.select', { name: row.name })} onChange={() => onToggle(row.geo)} />
              </td>
              <th scope="row" className="table-sticky table-sticky--name">
                <button type="button" className="link-button" onClick={() => onOpen(row.geo)} title={t('profile.open', { name: row.name })}>
                  {row.name}
                </button>
              </th>
              {row.values.map((v, i) => (
                <td key={periods[i]} className="numeric">
                  {value(v)}
                </td>
              ))}
              {withChange && <td className="numeric">{row.change === null ? '' : formatChange(row.change, unit, lang)}</td>}
              {withChange && <td className="numeric">{row.changePct === null ? '' : formatPercentChange(row.changePct, lang)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
