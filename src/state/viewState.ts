/**
 * The view: everything that decides what is on screen. Held in one store (store.ts) and
 * mirrored in the URL through one codec (urlCodec.ts), both derived from the table of its
 * parameters (viewParams.ts).
 */
// Type imports only: vite.config.ts loads this module natively (no extension-less value imports).
import type { LevelId } from '../contract/levels';

export const PANELS = ['map', 'series', 'compare', 'table', 'about'] as const;
export type Panel = (typeof PANELS)[number];

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CLASSIFICATIONS = ['quantile', 'equal', 'ckmeans', 'continuous'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const MAP_REGIONS = ['world', 'africa', 'americas', 'asia', 'europe', 'oceania', 'selection'] as const;
export type MapRegion = (typeof MAP_REGIONS)[number];

export const OD_ROLES = ['origin', 'destination'] as const;
export type OdRole = (typeof OD_ROLES)[number];

export interface MapOptions {
  classification: Classification;
  /** Log scale for counts. */
  log: boolean;
  /** Show the nearest value within this many periods when the chosen one has none (0 = off). */
  tolerance: number;
  region: MapRegion;
  /** Origin–destination mode for bilateral indicators: migrants from (origin) or in (destination) the focus country. */
  od: { role: OdRole; focus: string } | null;
}

export const SERIES_LINES = ['auto', 'country', 'source'] as const;
/** What one line of the time series stands for: auto = one per source when exactly one country is selected, else one per country. */
export type SeriesLines = (typeof SERIES_LINES)[number];

export const SERIES_SCALES = ['linear', 'log'] as const;
export type SeriesScale = (typeof SERIES_SCALES)[number];

export const SERIES_MEASURES = ['absolute', 'per1000', 'index'] as const;
/** absolute values, per 1,000 population, or indexed to 100 at a base period. */
export type SeriesMeasure = (typeof SERIES_MEASURES)[number];

export interface SeriesOptions {
  lines: SeriesLines;
  scale: SeriesScale;
  measure: SeriesMeasure;
  /** The base period of measure 'index' (YYYY or YYYY-MM); null: chosen from the data. */
  base: string | null;
  /** The time window, both ends included; null: open. When both are set, from <= to (as period text). */
  from: string | null;
  to: string | null;
  /** Aggregates (World, regions, EU…) drawn as lines of their own beside the countries, by contract id. */
  aggregates: string[];
}

/** Options of the source comparison panel (the pair itself is ViewState.compare). */
export interface CompareOptions {
  /** Each value of B is paired with A's nearest period within this many years (0: the same year only). */
  tolerance: number;
  /** A dimension of the indicator (e.g. "sex", "age") whose groups get their own agreement; null: none. */
  breakdown: string | null;
  /** The country of the per-country chart (ISO3); null: the first selected country, else the largest. */
  country: string | null;
  /** Whether the experimental nowcast and its back-test are shown. */
  nowcast: boolean;
  /** The pairs table's order, column-direction; default: the largest disagreements first. */
  sort: PairSortValue;
}

/** The pairs table's columns: country, A, B, B/A, B − A, % difference, disagreement |ln(B/A)|. */
export const PAIR_SORT_KEYS = ['country', 'a', 'b', 'ratio', 'diff', 'pct', 'gap'] as const;
export type PairSortKey = (typeof PAIR_SORT_KEYS)[number];
export type PairSortValue = `${PairSortKey}-${'asc' | 'desc'}`;
export const PAIR_SORTS: readonly PairSortValue[] = PAIR_SORT_KEYS.flatMap((key) => [`${key}-asc`, `${key}-desc`] as const);

export const DEFAULT_COMPARE_TOLERANCE = 2;

/** The periods the Table shows as columns: a range (both ends included, from <= to), every period of the source, or null: the view's period alone. */
export type TablePeriods = { from: string; to: string } | 'all' | null;

export interface ViewState {
  indicator: string;
  /** The geographic level of the map's units (countries, NUTS-2 regions, US states…): the source shown is one at this level. */
  level: LevelId;
  /** null: the indicator's default source. */
  source: string | null;
  /** YYYY or YYYY-MM; null: the latest period the source has. */
  period: string | null;
  /** A breakdown such as "sex-female"; "total" by default. */
  slice: string;
  /** Places (ISO3 codes, or region and state codes of a level), in the order they were selected. */
  countries: string[];
  panel: Panel;
  map: MapOptions;
  /** The comparison pair: a is the reference source, b the one compared with it. */
  compare: { a: string | null; b: string | null };
  /** Comparison panel options. */
  compareOptions: CompareOptions;
  /** Time-series panel options. */
  series: SeriesOptions;
  /** The Table's period columns; null: the view's period alone. */
  tablePeriods: TablePeriods;
  /** The source whose entry the About page opens at; null: the top of the page. */
  about: string | null;
  lang: Language;
  /** Embed mode (?embed=1): the view's panel alone, without the app's chrome, for an iframe. */
  embed: boolean;
  /** The country whose profile card is open (ISO3); null: none. */
  profile: string | null;
}

export const MAX_COUNTRIES = 12;
/** Most aggregate lines a time series draws at once. */
export const MAX_AGGREGATES = 6;
/** An aggregate's id in the contract: WLD, EU27_2020, HIC, M49_903. */
export const AGGREGATE_PATTERN = /^[A-Z][A-Z0-9_]{1,15}$/;
export const MAX_TOLERANCE = 10;

/** Years outside this range are rejected as nonsense (a typo such as 20200 or 0202). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Longest indicator, source or slice id (as in the contract's Slug). */
export const MAX_ID_LENGTH = 64;

/** A lower-case slug: the form of indicator, source and slice ids (as in the contract). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An ISO 3166-1 alpha-3 country code. */
export const ISO3_PATTERN = /^[A-Z]{3}$/;
const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && SLUG_PATTERN.test(value);
}

export function isIso3(value: unknown): value is string {
  return typeof value === 'string' && ISO3_PATTERN.test(value);
}

/** YYYY or YYYY-MM with MIN_YEAR <= YYYY <= MAX_YEAR and 01 <= MM <= 12. */
export function isPeriod(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = PERIOD_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export const isOdRole = (value: unknown): value is OdRole => isOneOf(OD_ROLES, value);

/**
 * The view of a link without parameters. Deeply frozen, so that an accidental in-place change
 * (view.countries.push(...) on a view that still shares this array) fails loudly instead of
 * changing the default for everyone: copy with cloneView or spread before changing.
 */
export const DEFAULT_VIEW: ViewState = Object.freeze({
  indicator: 'migrant-stock',
  level: 'country',
  source: null,
  period: null,
  slice: 'total',
  countries: Object.freeze([]) as unknown as string[],
  panel: 'map',
  map: Object.freeze({ classification: 'quantile', log: false, tolerance: 0, region: 'world', od: null }),
  compare: Object.freeze({ a: null, b: null }),
  compareOptions: Object.freeze({ tolerance: DEFAULT_COMPARE_TOLERANCE, breakdown: null, country: null, nowcast: false, sort: 'gap-desc' }),
  series: Object.freeze({
    lines: 'auto',
    scale: 'linear',
    measure: 'absolute',
    base: null,
    from: null,
    to: null,
    aggregates: Object.freeze([]) as unknown as string[],
  }),
  tablePeriods: null,
  about: null,
  lang: 'en',
  embed: false,
  profile: null,
});
