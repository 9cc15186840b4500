/**
 * Coverage and freshness of the two sources: which countries and periods each covers, each
 * one's latest period and release, and the lag between them. Pure.
 */
import type { Source } from '../../contract/schema';
import { periodSpan } from '../../lib/period';
import { periodsIn, type CountryObservations } from './periods';

export interface SourceCoverage {
  /** Countries with at least one value. */
  countries: Set<string>;
  /** Periods with at least one value, oldest first. */
  periods: string[];
  /** How many countries have a value, by period. */
  countsByPeriod: Map<string, number>;
  /** The latest period in this indicator's data (may be older than the source's latestPeriod for other indicators). */
  latest: string | null;
}

const known = new WeakMap<ReadonlyMap<string, CountryObservations>, SourceCoverage>();

/** Records the coverage of a grouped map counted where it was built (grouping a series, see compareModel.ts). */
export function rememberCoverage(grouped: ReadonlyMap<string, CountryObservations>, countsByPeriod: Map<string, number>): void {
  const countries = new Set([...grouped].filter(([, periods]) => periods.size > 0).map(([geo]) => geo));
  const periods = periodsIn(grouped);
  known.set(grouped, { countries, periods, countsByPeriod, latest: periods[periods.length - 1] ?? null });
}

export function coverageOf(grouped: ReadonlyMap<string, CountryObservations>): SourceCoverage {
  const remembered = known.get(grouped);
  if (remembered)
    return {
      ...remembered,
      countries: new Set(remembered.countries),
      periods: [...remembered.periods],
      countsByPeriod: new Map(remembered.countsByPeriod),
    };
  const countsByPeriod = new Map<string, number>();
  const countries = new Set<string>();
  for (const [geo, periods] of grouped) {
    if (periods.size > 0) countries.add(geo);
    for (const period of periods.keys()) countsByPeriod.set(period, (countsByPeriod.get(period) ?? 0) + 1);
  }
  const periods = periodsIn(grouped);
  return { countries, periods, countsByPeriod, latest: periods[periods.length - 1] ?? null };
}

export interface CountrySplit {
  both: string[];
  onlyA: string[];
  onlyB: string[];
  /** Countries of the catalog neither source covers. */
  neither: string[];
}

/** Which countries each source covers (in any period), in the order of `countries`. */
export function splitCountries(countries: readonly string[], a: ReadonlySet<string>, b: ReadonlySet<string>): CountrySplit {
  const split: CountrySplit = { both: [], onlyA: [], onlyB: [], neither: [] };
  for (const geo of countries) {
    const inA = a.has(geo);
    const inB = b.has(geo);
    (inA && inB ? split.both : inA ? split.onlyA : inB ? split.onlyB : split.neither).push(geo);
  }
  return split;
}

export interface Freshness {
  /** Latest period with data for the indicator (falling back on the catalog's latestPeriod). */
  latestA: string;
  latestB: string;
  releaseA: string;
  releaseB: string;
  /** How many years B's latest period is after A's (negative: before). */
  periodLagYears: number | null;
  /** How many days B's release is after A's (negative: before). */
  releaseLagDays: number | null;
}

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number | null {
  const p = Date.parse(`${from}T00:00:00Z`);
  const q = Date.parse(`${to}T00:00:00Z`);
  return Number.isNaN(p) || Number.isNaN(q) ? null : Math.round((q - p) / DAY_MS);
}

/**
 * The two sources' freshness. Periods come from the loaded data when there is some (the
 * indicator's own latest period), release dates from the series payload when loaded, else both
 * from the catalog.
 */
export function freshness(
  a: { source: Source; latest: string | null; releaseDate: string | null },
  b: { source: Source; latest: string | null; releaseDate: string | null },
): Freshness {
  const latestA = a.latest ?? a.source.latestPeriod;
  const latestB = b.latest ?? b.source.latestPeriod;
  const releaseA = a.releaseDate ?? a.source.releaseDate;
  const releaseB = b.releaseDate ?? b.source.releaseDate;
  const span = periodSpan(latestA, latestB);
  return {
    latestA,
    latestB,
    releaseA,
    releaseB,
    periodLagYears: span,
    releaseLagDays: daysBetween(releaseA, releaseB),
  };
}
