/**
 * The view: everything that decides what is on screen. Held in one store (store.ts) and
 * mirrored in the URL through one codec (urlCodec.ts).
 */

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
}

export const DEFAULT_COMPARE_TOLERANCE = 2;

export interface ViewState {
  indicator: string;
  /** null: the indicator's default source. */
  source: string | null;
  /** YYYY or YYYY-MM; null: the latest period the source has. */
  period: string | null;
  /** A breakdown such as "sex-female"; "total" by default. */
  slice: string;
  /** ISO3 codes, in the order they were selected. */
  countries: string[];
  panel: Panel;
  map: MapOptions;
  /** The comparison pair: a is the reference source, b the one compared with it. */
  compare: { a: string | null; b: string | null };
  /** Comparison panel options. */
  compareOptions: CompareOptions;
  /** Time-series panel options. */
  series: SeriesOptions;
  /** The source whose entry the About page opens at; null: the top of the page. */
  about: string | null;
  lang: Language;
  /** Embed mode (?embed=1): the view's panel alone, without the app's chrome, for an iframe. */
  embed: boolean;
}

export const MAX_COUNTRIES = 12;
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

export const isPanel = (value: unknown): value is Panel => isOneOf(PANELS, value);
export const isLanguage = (value: unknown): value is Language => isOneOf(LANGUAGES, value);
export const isClassification = (value: unknown): value is Classification => isOneOf(CLASSIFICATIONS, value);
export const isMapRegion = (value: unknown): value is MapRegion => isOneOf(MAP_REGIONS, value);
export const isOdRole = (value: unknown): value is OdRole => isOneOf(OD_ROLES, value);

export const isSeriesLines = (value: unknown): value is SeriesLines => isOneOf(SERIES_LINES, value);
export const isSeriesScale = (value: unknown): value is SeriesScale => isOneOf(SERIES_SCALES, value);
export const isSeriesMeasure = (value: unknown): value is SeriesMeasure => isOneOf(SERIES_MEASURES, value);

/** Whether time-series options are valid: known enums, periods in range, from <= to when both are set. */
export function isValidSeriesOptions(series: SeriesOptions): boolean {
  if (typeof series !== 'object' || series === null) return false;
  const { from, to } = series;
  return (
    isSeriesLines(series.lines) &&
    isSeriesScale(series.scale) &&
    isSeriesMeasure(series.measure) &&
    (series.base === null || isPeriod(series.base)) &&
    (from === null || isPeriod(from)) &&
    (to === null || isPeriod(to)) &&
    (from === null || to === null || from <= to)
  );
}

export function isTolerance(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TOLERANCE;
}

/** Whether comparison options are valid: tolerance 0..MAX_TOLERANCE, breakdown a slug, country an ISO3 code. */
export function isValidCompareOptions(options: CompareOptions): boolean {
  if (typeof options !== 'object' || options === null) return false;
  return (
    isTolerance(options.tolerance) &&
    (options.breakdown === null || isSlug(options.breakdown)) &&
    (options.country === null || isIso3(options.country)) &&
    typeof options.nowcast === 'boolean'
  );
}

/**
 * Whether a view satisfies every rule the URL codec enforces (ids are slugs, countries are
 * distinct ISO3 codes, at most MAX_COUNTRIES, and so on). It says nothing about the catalog:
 * see reconcile.ts for that. parseView only ever returns valid views, and the store keeps its
 * view valid.
 */
export function isValidView(view: ViewState): boolean {
  if (typeof view !== 'object' || view === null) return false;
  const { map, compare, countries } = view;
  if (typeof map !== 'object' || map === null || typeof compare !== 'object' || compare === null) return false;
  return (
    isSlug(view.indicator) &&
    (view.source === null || isSlug(view.source)) &&
    (view.period === null || isPeriod(view.period)) &&
    isSlug(view.slice) &&
    Array.isArray(countries) &&
    countries.length <= MAX_COUNTRIES &&
    countries.every(isIso3) &&
    new Set(countries).size === countries.length &&
    isPanel(view.panel) &&
    isClassification(map.classification) &&
    typeof map.log === 'boolean' &&
    isTolerance(map.tolerance) &&
    isMapRegion(map.region) &&
    (map.od === null || (typeof map.od === 'object' && isOdRole(map.od.role) && isIso3(map.od.focus))) &&
    (compare.a === null || isSlug(compare.a)) &&
    (compare.b === null || isSlug(compare.b)) &&
    isValidCompareOptions(view.compareOptions) &&
    isValidSeriesOptions(view.series) &&
    (view.about === null || isSlug(view.about)) &&
    isLanguage(view.lang) &&
    typeof view.embed === 'boolean'
  );
}

/** Structural equality of two views (country order matters: it is the selection order). */
export function viewsEqual(a: ViewState, b: ViewState): boolean {
  if (a === b) return true;
  const odA = a.map.od;
  const odB = b.map.od;
  return (
    a.indicator === b.indicator &&
    a.source === b.source &&
    a.period === b.period &&
    a.slice === b.slice &&
    a.countries.length === b.countries.length &&
    a.countries.every((code, i) => code === b.countries[i]) &&
    a.panel === b.panel &&
    a.map.classification === b.map.classification &&
    a.map.log === b.map.log &&
    a.map.tolerance === b.map.tolerance &&
    a.map.region === b.map.region &&
    (odA === odB || (odA !== null && odB !== null && odA.role === odB.role && odA.focus === odB.focus)) &&
    a.compare.a === b.compare.a &&
    a.compare.b === b.compare.b &&
    a.compareOptions.tolerance === b.compareOptions.tolerance &&
    a.compareOptions.breakdown === b.compareOptions.breakdown &&
    a.compareOptions.country === b.compareOptions.country &&
    a.compareOptions.nowcast === b.compareOptions.nowcast &&
    a.series.lines === b.series.lines &&
    a.series.scale === b.series.scale &&
    a.series.measure === b.series.measure &&
    a.series.base === b.series.base &&
    a.series.from === b.series.from &&
    a.series.to === b.series.to &&
    a.about === b.about &&
    a.lang === b.lang &&
    a.embed === b.embed
  );
}

/** A copy sharing no objects or arrays with the original. */
export function cloneView(view: ViewState): ViewState {
  return {
    ...view,
    countries: [...view.countries],
    map: { ...view.map, od: view.map.od ? { ...view.map.od } : null },
    compare: { ...view.compare },
    compareOptions: { ...view.compareOptions },
    series: { ...view.series },
  };
}

/**
 * The view of a link without parameters. Deeply frozen, so that an accidental in-place change
 * (view.countries.push(...) on a view that still shares this array) fails loudly instead of
 * changing the default for everyone: copy with cloneView or spread before changing.
 */
export const DEFAULT_VIEW: ViewState = Object.freeze({
  indicator: 'migrant-stock',
  source: null,
  period: null,
  slice: 'total',
  countries: Object.freeze([]) as unknown as string[],
  panel: 'map',
  map: Object.freeze({ classification: 'quantile', log: false, tolerance: 0, region: 'world', od: null }),
  compare: Object.freeze({ a: null, b: null }),
  compareOptions: Object.freeze({ tolerance: DEFAULT_COMPARE_TOLERANCE, breakdown: null, country: null, nowcast: false }),
  series: Object.freeze({ lines: 'auto', scale: 'linear', measure: 'absolute', base: null, from: null, to: null }),
  about: null,
  lang: 'en',
  embed: false,
});
