/**
 * Aggregates (World, regions, income groups, the EU) as the publishers give them: their rows are
 * the series' `aggregates`, apart from the countries' columns, so the map, the rankings, the
 * colour classes, the counts and the comparison, which read the countries' columns, never see
 * them. These helpers are the only way the panels read them. Pure.
 */
import type { Aggregate, AggregateKind, Catalog, Flag, Series } from '../contract/schema';
import { changeBetween } from './tableRows';

export interface AggregateRow {
  id: string;
  name: string;
  kind: AggregateKind;
  value: number;
  lower: number | null;
  upper: number | null;
  flag: Flag | null;
  period: string;
}

/** The catalog's aggregates (none for a catalog without them). */
export function aggregatesOf(catalog: Catalog): readonly Aggregate[] {
  return catalog.geographies.aggregates ?? [];
}

/** The aggregates a series has rows for, in the catalog's order; ids the catalog does not list are left out. */
export function aggregatesIn(catalog: Catalog, series: Series | undefined): Aggregate[] {
  const ids = new Set(series?.aggregates?.geo ?? []);
  return aggregatesOf(catalog).filter((a) => ids.has(a.id));
}

/** Each aggregate's figure at exactly this period, in the catalog's order. */
export function aggregateRowsAt(catalog: Catalog, series: Series, period: string): AggregateRow[] {
  const rows = series.aggregates;
  if (!rows) return [];
  const at = new Map<string, number>();
  rows.period.forEach((p, i) => {
    if (p === period) at.set(rows.geo[i] as string, i);
  });
  return aggregatesOf(catalog).flatMap((aggregate) => {
    const i = at.get(aggregate.id);
    if (i === undefined) return [];
    return [
      {
        id: aggregate.id,
        name: aggregate.name,
        kind: aggregate.kind,
        value: rows.value[i] as number,
        lower: rows.lower?.[i] ?? null,
        upper: rows.upper?.[i] ?? null,
        flag: rows.flag?.[i] ?? null,
        period,
      },
    ];
  });
}

/** An aggregate across several periods (the Table's columns), with the change from the first to the last. */
export interface AggregatePeriodRow {
  id: string;
  name: string;
  kind: AggregateKind;
  /** One per period, in the columns' order; null where the source has no figure. */
  values: (number | null)[];
  change: number | null;
  changePct: number | null;
}

/** Each aggregate the series has a figure for at one of the periods at least, in the catalog's order. */
export function aggregatePeriodRows(catalog: Catalog, series: Series, periods: readonly string[]): AggregatePeriodRow[] {
  const byPeriod = periods.map((period) => new Map(aggregateRowsAt(catalog, series, period).map((row) => [row.id, row.value])));
  return aggregatesIn(catalog, series).flatMap((aggregate) => {
    const values = byPeriod.map((at) => at.get(aggregate.id) ?? null);
    if (values.every((v) => v === null)) return [];
    const { change, changePct } = periods.length < 2 ? { change: null, changePct: null } : changeBetween(values[0] ?? null, values.at(-1) ?? null);
    return [{ id: aggregate.id, name: aggregate.name, kind: aggregate.kind, values, change, changePct }];
  });
}

/**
 * The series with its aggregate rows after the countries', for a chart that draws chosen lines by
 * id (the time series): never for a panel that ranks, counts or colours every row.
 */
export function withAggregateRows(series: Series): Series {
  const extra = series.aggregates;
  if (!extra || extra.geo.length === 0) return series;
  const { columns } = series;
  const rows = columns.geo.length;
  const optional = <T>(own: readonly (T | null)[] | undefined, added: readonly (T | null)[] | undefined, count: number) =>
    own === undefined && added === undefined
      ? undefined
      : [...(own ?? new Array<T | null>(rows).fill(null)), ...(added ?? new Array<T | null>(count).fill(null))];
  const merged: Series['columns'] = {
    geo: [...columns.geo, ...extra.geo],
    period: [...columns.period, ...extra.period],
    value: [...columns.value, ...extra.value],
  };
  const lower = optional(columns.lower, extra.lower, extra.geo.length);
  const upper = optional(columns.upper, extra.upper, extra.geo.length);
  const flag = optional(columns.flag, extra.flag, extra.geo.length);
  if (lower) merged.lower = lower;
  if (upper) merged.upper = upper;
  if (flag) merged.flag = flag;
  return { ...series, columns: merged };
}
