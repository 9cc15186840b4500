import type { Flag, Series } from '../contract/schema';

/** One row of a series. */
export interface Observation {
  geo: string;
  period: string;
  value: number;
  lower: number | null;
  upper: number | null;
  flag: Flag | null;
}

export function observationAt(series: Series, row: number): Observation {
  const c = series.columns;
  return {
    geo: c.geo[row] as string,
    period: c.period[row] as string,
    value: c.value[row] as number,
    lower: c.lower?.[row] ?? null,
    upper: c.upper?.[row] ?? null,
    flag: c.flag?.[row] ?? null,
  };
}

export function observationsOf(series: Series): Observation[] {
  return series.columns.geo.map((_, row) => observationAt(series, row));
}

/** The distinct periods of a series, oldest first ("YYYY" and "YYYY-MM" both sort as text). */
export function periodsOf(series: Series): string[] {
  return [...new Set(series.columns.period)].sort();
}

export function latestPeriodOf(series: Series): string | null {
  let latest: string | null = null;
  for (const period of series.columns.period) if (latest === null || period > latest) latest = period;
  return latest;
}

/** The value of each country at exactly this period. */
export function valuesAt(series: Series, period: string): Map<string, Observation> {
  const out = new Map<string, Observation>();
  series.columns.period.forEach((p, row) => {
    if (p === period) out.set(series.columns.geo[row] as string, observationAt(series, row));
  });
  return out;
}
