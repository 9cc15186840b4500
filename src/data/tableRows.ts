import type { Country, Flag, Region, Series } from '../contract/schema';
import type { TablePeriods } from '../state/viewState';
import { periodsOf, valuesAt } from './observations';

export interface TableRow {
  geo: string;
  name: string;
  region: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  period: string | null;
  flag: Flag | null;
  selected: boolean;
}

export const SORT_KEYS = ['name', 'region', 'value', 'period'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** One row per country of the catalog: its value at the period, or null where it has none. */
export function buildTableRows(
  countries: readonly Country[],
  regions: readonly Region[],
  series: Series,
  period: string,
  selected: readonly string[],
): TableRow[] {
  const values = valuesAt(series, period);
  const regionNames = new Map(regions.map((r) => [r.id, r.name]));
  const chosen = new Set(selected);
  return countries.map((country) => {
    const observation = values.get(country.id);
    return {
      geo: country.id,
      name: country.name,
      region: regionNames.get(country.region) ?? country.region,
      value: observation?.value ?? null,
      lower: observation?.lower ?? null,
      upper: observation?.upper ?? null,
      period: observation?.period ?? null,
      flag: observation?.flag ?? null,
      selected: chosen.has(country.id),
    };
  });
}

/** Compares two optional values (numbers or text) in a direction; a missing one always goes last, whatever the direction. */
function compareMissingLast(av: number | string | null, bv: number | string | null, sign: number): number {
  if (av === null && bv === null) return 0;
  if (av === null) return 1;
  if (bv === null) return -1;
  return sign * (typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv)));
}

/** Sorts a copy; rows without a value always go last, whatever the direction. */
export function sortRows(rows: readonly TableRow[], key: SortKey, direction: SortDirection, locale: string): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  const byName = (a: TableRow, b: TableRow) => collator.compare(a.name, b.name);
  return [...rows].sort((a, b) => {
    const order = key === 'value' || key === 'period' ? compareMissingLast(a[key], b[key], sign) : sign * collator.compare(a[key], b[key]);
    return order === 0 ? byName(a, b) : order;
  });
}

// ---------------------------------------------------------------------------------------------
// Several periods as columns (view parameter tperiods).

/** One row of the multi-period table: the country's value at each shown period, and the change from the first to the last. */
export interface PeriodRow {
  geo: string;
  name: string;
  /** One per shown period, in the order of the columns; null where the country has no value. */
  values: (number | null)[];
  /** Last shown period minus the first; null when either is missing or only one period is shown. */
  change: number | null;
  /** The change as a percentage of the first period's value (of its magnitude, so a rise is positive); null when that is 0 or missing. */
  changePct: number | null;
  selected: boolean;
}

/** What the multi-period table sorts by: the country, a period column, the change or the % change. */
export type PeriodSortKey = 'name' | 'change' | 'changePct' | { period: string };

/** Whether a period lies in a range, both ends included; a year end takes in its months ("2020" to "2020-12"). */
function inRange(period: string, from: string, to: string): boolean {
  return period >= from && (period <= to || period.startsWith(`${to}-`));
}

/** The periods of the series shown as columns, oldest first: every one, or those in the range. */
export function shownPeriods(series: Series, spec: Exclude<TablePeriods, null>): string[] {
  const all = periodsOf(series);
  return spec === 'all' ? all : all.filter((p) => inRange(p, spec.from, spec.to));
}

/** Change and % change from a first to a last value (see PeriodRow). */
export function changeBetween(first: number | null, last: number | null): { change: number | null; changePct: number | null } {
  if (first === null || last === null) return { change: null, changePct: null };
  const change = last - first;
  return { change, changePct: first === 0 ? null : (change / Math.abs(first)) * 100 };
}

/** One row per country, with its value at each of the periods (one column each, in that order). */
export function buildPeriodRows(countries: readonly Country[], series: Series, periods: readonly string[], selected: readonly string[]): PeriodRow[] {
  const byPeriod = periods.map((period) => valuesAt(series, period));
  const chosen = new Set(selected);
  return countries.map((country) => {
    const values = byPeriod.map((values) => values.get(country.id)?.value ?? null);
    const { change, changePct } = periods.length < 2 ? { change: null, changePct: null } : changeBetween(values[0] ?? null, values.at(-1) ?? null);
    return { geo: country.id, name: country.name, values, change, changePct, selected: chosen.has(country.id) };
  });
}

/** The sort of the multi-period table to use: the one asked for, unless its period is not a column (then: the last period, largest first). */
export function effectivePeriodSort(
  sort: { key: PeriodSortKey; direction: SortDirection } | null,
  periods: readonly string[],
): { key: PeriodSortKey; direction: SortDirection } {
  const last = periods.at(-1);
  const fallback: { key: PeriodSortKey; direction: SortDirection } =
    last === undefined ? { key: 'name', direction: 'ascending' } : { key: { period: last }, direction: 'descending' };
  if (sort === null) return fallback;
  if (typeof sort.key === 'object' && !periods.includes(sort.key.period)) return fallback;
  return sort;
}

/** Sorts a copy of the rows of the periods' columns; rows without the value sorted by always go last. Ties by name. */
export function sortPeriodRows(
  rows: readonly PeriodRow[],
  periods: readonly string[],
  key: PeriodSortKey,
  direction: SortDirection,
  locale: string,
): PeriodRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  const column = typeof key === 'object' ? periods.indexOf(key.period) : -1;
  const valueOf = (row: PeriodRow): number | null =>
    key === 'change' ? row.change : key === 'changePct' ? row.changePct : column === -1 ? null : (row.values[column] ?? null);
  return [...rows].sort((a, b) => {
    const order = key === 'name' ? sign * collator.compare(a.name, b.name) : compareMissingLast(valueOf(a), valueOf(b), sign);
    return order === 0 ? collator.compare(a.name, b.name) : order;
  });
}
