import { useMemo, useState } from 'react';
import type { Catalog, Series } from '../../contract/schema';
import { breakdownText, type ResolvedView } from '../../data/resolveView';
import { formatPeriod, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { EmptyState } from '../../components/PanelStatus';
import { buildPeriodRows, buildTableRows, shownPeriods, sortRows, type SortDirection, type SortKey } from '../../data/tableRows';
import { periodsOf } from '../../data/observations';
import { measuresTies, unitKey } from '../../data/ties';
import { catalogIndex } from '../../data/catalogIndex';
import { PeriodsControl } from './PeriodsControl';
import { tablePlaces } from './tablePlaces';
import { DEFAULT_LEVEL } from '../../contract/levels';
import { ViewSummary } from '../../components/ViewSummary';
import { PeriodsTable } from './PeriodsTable';
import { SortHeader } from './SortHeader';
import './table.css';
import { AggregatesPeriodsSection, AggregatesSection } from './AggregatesSection';
import '../../i18n/enLevels';

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  series: Series;
  period: string | null;
}

const COLUMNS: { key: SortKey; label: 'table.country' | 'table.region' | 'table.value' | 'table.period' }[] = [
  { key: 'name', label: 'table.country' },
  { key: 'region', label: 'table.region' },
  { key: 'value', label: 'table.value' },
  { key: 'period', label: 'table.period' },
];

export function TablePanel(props: Props) {
  const { catalog, resolved, series, period } = props;
  const { t } = useT();
  const level = series.level ?? DEFAULT_LEVEL;
  const places = useMemo(
    () => (level === DEFAULT_LEVEL ? null : { list: tablePlaces(catalog, level), words: t(`level.units.${level}`) }),
    [catalog, level, t],
  );
  // At the country level the app's panel shows the summary (src/app/panels.tsx); below it, its words come with this panel's code.
  return (
    <>
      {places && <ViewSummary catalog={catalog} resolved={resolved} series={series} period={period} places={places} />}
      <TableBody {...props} />
    </>
  );
}

function TableBody({ catalog, resolved, series, period }: Props) {
  const { t, lang } = useT();
  const selected = useViewStore((s) => s.view.countries);
  const toggleCountry = useViewStore((s) => s.toggleCountry);
  const tablePeriods = useViewStore((s) => s.view.tablePeriods);
  const setTablePeriods = useViewStore((s) => s.setTablePeriods);
  const openProfile = useViewStore((s) => s.openProfile);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'value', direction: 'descending' });
  const [selectedOnly, setSelectedOnly] = useState(false);
  const { indicator, source } = resolved;

  // A bilateral slice gives the focus country's figures with the others: the focus is not one of them.
  const focus = series.focus?.geo ?? null;
  const level = series.level ?? DEFAULT_LEVEL;
  const countries = useMemo(() => tablePlaces(catalog, level).filter((c) => c.id !== focus), [catalog, level, focus]);
  const unitWord = t(`level.unit.${level}`);
  // The row counts in the level's words ("12 regions with a value, 3 without").
  const rowsText = (count: number, missing: number) =>
    level === DEFAULT_LEVEL ? t('table.rows', { count, missing }) : t('table.rowsAt', { counted: t(`level.count.${level}`, { count }), missing });
  // Below the country, the first column is the level's unit and the second the country it lies in.
  const columnLabel = (label: (typeof COLUMNS)[number]['label']) =>
    level === DEFAULT_LEVEL
      ? t(label)
      : label === 'table.country'
        ? unitWord.charAt(0).toLocaleUpperCase(lang) + unitWord.slice(1)
        : label === 'table.region'
          ? t('table.country')
          : t(label);
  const rows = useMemo(() => {
    if (period === null) return [];
    const all = buildTableRows(countries, catalog.geographies.regions, series, period, selected);
    return sortRows(all, sort.key, sort.direction, lang);
  }, [catalog, countries, series, period, selected, sort, lang]);
  const withValue = rows.filter((r) => r.value !== null).length;
  const allPeriods = useMemo(() => periodsOf(series), [series]);
  const columns = useMemo(() => (tablePeriods === null ? [] : shownPeriods(series, tablePeriods)), [series, tablePeriods]);
  const periodRows = useMemo(() => buildPeriodRows(countries, series, columns, selected), [countries, series, columns, selected]);

  const unit = t(unitKey(indicator, source));
  const ties = focus !== null && measuresTies(source);
  const breakdown = breakdownText(indicator, resolved.slice, t);
  const title = breakdown ? `${indicator.label} (${breakdown})` : indicator.label;
  const periodsControl = <PeriodsControl value={tablePeriods} periods={allPeriods} period={period} onChange={setTablePeriods} />;
  const selectedOnlyBox = selected.length > 0 && (
    <label className="checkbox">
      <input type="checkbox" checked={selectedOnly} onChange={(e) => setSelectedOnly(e.target.checked)} />
      {t('table.selectedOnly')}
    </label>
  );

  if (tablePeriods !== null) {
    const first = columns[0];
    const last = columns.at(-1);
    const from = formatPeriod(tablePeriods === 'all' ? (allPeriods[0] ?? '') : tablePeriods.from, lang);
    const to = formatPeriod(tablePeriods === 'all' ? (allPeriods.at(-1) ?? '') : tablePeriods.to, lang);
    const counted = periodRows.filter((r) => r.values.some((v) => v !== null)).length;
    return (
      <div className="table-panel">
        <div className="table-panel__tools">
          {periodsControl}
          {first !== undefined && <p className="muted">{rowsText(counted, periodRows.length - counted)}</p>}
          {selectedOnlyBox}
        </div>
        {first === undefined || last === undefined ? (
          <EmptyState>{t('table.noPeriods', { indicator: title, source: source.name, from, to })}</EmptyState>
        ) : (
          <PeriodsTable
            rows={periodRows}
            periods={columns}
            unit={indicator.unit}
            caption={t('table.caption.periods', {
              indicator: title,
              unit,
              source: source.name,
              from: formatPeriod(first, lang),
              to: formatPeriod(last, lang),
            })}
            selectedOnly={selectedOnly && selected.length > 0}
            onToggle={toggleCountry}
            onOpen={openProfile}
            nameLabel={columnLabel('table.country')}
          />
        )}
        <AggregatesPeriodsSection catalog={catalog} indicator={indicator} source={source} series={series} periods={columns} />
      </div>
    );
  }

  if (period === null || withValue === 0) {
    return (
      <EmptyState>
        {t('state.empty', { indicator: indicator.label, source: source.name, period: period ? formatPeriod(period, lang) : '—' })}
      </EmptyState>
    );
  }

  const shown = selectedOnly && selected.length > 0 ? rows.filter((r) => r.selected) : rows;
  const caption = ties
    ? t('table.caption.ties', { focus: catalogIndex(catalog).countryName(focus), unit, source: source.name, period: formatPeriod(period, lang) })
    : t('table.caption', { indicator: title, unit, source: source.name, period: formatPeriod(period, lang) });

  function sortBy(key: SortKey) {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'value' ? 'descending' : 'ascending' },
    );
  }

  return (
    <div className="table-panel">
      <div className="table-panel__tools">
        {periodsControl}
        <p className="muted">{rowsText(withValue, rows.length - withValue)}</p>
        {selectedOnlyBox}
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('filters.selected')}</span>
              </th>
              {COLUMNS.map((column) => (
                <SortHeader
                  key={column.key}
                  label={columnLabel(column.label)}
                  suffix={column.key === 'value' ? ` (${ties ? t('unit.tiesShort') : unit})` : undefined}
                  sortLabel={t('table.sortBy', { column: columnLabel(column.label) })}
                  direction={sort.key === column.key ? sort.direction : null}
                  numeric={column.key === 'value'}
                  onSort={() => sortBy(column.key)}
                />
              ))}
              <th scope="col" className="numeric">
                {t('table.bounds')}
              </th>
              <th scope="col">{t('table.flag')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.geo} className={row.selected ? 'selected' : undefined} data-geo={row.geo}>
                <td>
                  <input
                    type="checkbox"
                    checked={row.selected}
                    aria-label={t('table.select', { name: row.name })}
                    onChange={() => toggleCountry(row.geo)}
                  />
                </td>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => openProfile(row.geo)} title={t('profile.open', { name: row.name })}>
                    {row.name}
                  </button>
                </th>
                <td>{row.region}</td>
                <td className="numeric">
                  {row.value === null ? <span className="muted">{t('table.noValue')}</span> : formatValue(row.value, indicator.unit, lang)}
                </td>
                <td>{row.period ? formatPeriod(row.period, lang) : ''}</td>
                <td className="numeric">
                  {row.lower !== null && row.upper !== null
                    ? `${formatValue(row.lower, indicator.unit, lang)} – ${formatValue(row.upper, indicator.unit, lang)}`
                    : ''}
                </td>
                <td>{row.flag ? t(`flag.${row.flag}`) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AggregatesSection catalog={catalog} indicator={indicator} source={source} series={series} period={period} />
    </div>
  );
}
