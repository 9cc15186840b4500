import type { Country, Flag, Region, Series } from '../contract/schema';
import { valuesAt } from './observations';

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

/** Sorts a copy; rows without a value always go last, whatever the direction. */
export function sortRows(rows: readonly TableRow[], key: SortKey, direction: SortDirection, locale: string): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  const byName = (a: TableRow, b: TableRow) => collator.compare(a.name, b.name);
  return [...rows].sort((a, b) => {
    if (key === 'value' || key === 'period') {
      const av = a[key];
      const bv = b[key];
      if (av === null && bv === null) return byName(a, b);
      if (av === null) return 1;
      if (bv === null) return -1;
      const order = typeof av === 'number' && typeof bv === 'number' ? av - bv : String(av).localeCompare(String(bv));
      return order === 0 ? byName(a, b) : sign * order;
    }
    const order = collator.compare(a[key], b[key]);
    return order === 0 ? byName(a, b) : sign * order;
  });
}
