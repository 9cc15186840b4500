/**
 * The one codec between the view and the query string. Pure: no React, no DOM.
 *
 * URL format (keys in this fixed order, defaults left out, '' for the default view):
 *
 *   ?indicator=migrant-stock   indicator id (slug)
 *   &source=census             source id (slug); absent: the indicator's default source
 *   &year=2020                 period, YYYY or YYYY-MM (1900–2100); absent: latest
 *   &slice=sex-female          breakdown (slug); absent: total
 *   &countries=DEU~FRA         ISO3 codes, '~'-separated, in selection order (at most MAX_COUNTRIES)
 *   &panel=table               map | series | compare | table | about
 *   &class=ckmeans             quantile | equal | ckmeans | continuous
 *   &log=1                     log scale (1 or 0)
 *   &tol=2                     period tolerance, 0..MAX_TOLERANCE
 *   &region=europe             world | africa | americas | asia | europe | oceania | selection
 *   &od=origin~SYR             origin–destination mode: role~focus
 *   &compare=census~social-audience   comparison pair a~b; either side may be empty (~b, a~)
 *   &ctol=1                    comparison: period-matching tolerance in years, 0..MAX_TOLERANCE; absent: 2
 *   &cby=age                   comparison: breakdown dimension (slug) whose groups get their own agreement
 *   &cgeo=DEU                  comparison: the country of the per-country chart (ISO3)
 *   &nowcast=1                 comparison: show the experimental nowcast and its back-test (1 or 0)
 *   &lines=source              time series: one line per country | source; absent: auto (per source for one country)
 *   &scale=log                 time series: linear | log
 *   &measure=per1000           time series: absolute | per1000 | index
 *   &base=2015                 time series: base period of the index, YYYY or YYYY-MM; absent: chosen from the data
 *   &from=2000&to=2024         time series: time window, YYYY or YYYY-MM, both ends included; a reversed pair is swapped
 *   &about=unhcr               About the data: the source (slug) whose entry the page opens at
 *   &lang=fr                   en | fr | es
 *   &embed=1                   embed mode: the view's panel alone, without the app's chrome (1 or 0)
 *
 * Values use application/x-www-form-urlencoded (URLSearchParams) encoding, except that '~' is
 * left as is so that links stay readable. Parsing is lenient where it costs nothing (lower-case
 * country codes are upper-cased, '%7E' is accepted for '~', log=0 is accepted) and reports
 * everything it leaves out.
 */
import {
  DEFAULT_VIEW,
  MAX_COUNTRIES,
  MAX_TOLERANCE,
  cloneView,
  isClassification,
  isLanguage,
  isMapRegion,
  isOdRole,
  isPanel,
  isPeriod,
  isSeriesLines,
  isSeriesMeasure,
  isSeriesScale,
  isSlug,
  type ViewState,
} from './viewState';

/** Why part of a link was left out; the UI translates these as notice.reason.{reason}. */
export const IGNORE_REASONS = [
  'unknown-parameter',
  'invalid-value',
  'too-long',
  'too-many',
  'duplicate',
  'not-in-catalog',
] as const;
export type IgnoreReason = (typeof IGNORE_REASONS)[number];

/**
 * A part of a link that was left out. key and value are what the link said (decoded when
 * possible), shortened to at most REPORTED_TEXT_LENGTH characters, for display only.
 * For countries, value is the one code left out (or, for 'too-many', the extra codes joined by '~').
 * When there is too much to report, the last entry is { key: '…', value: '<how many more>', reason: 'too-many' }.
 */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: IgnoreReason;
}

export interface ParsedView {
  view: ViewState;
  ignored: IgnoredParam[];
}

/** The query keys, in the order serializeView writes them. */
export const URL_KEYS = [
  'indicator',
  'source',
  'year',
  'slice',
  'countries',
  'panel',
  'class',
  'log',
  'tol',
  'region',
  'od',
  'compare',
  'ctol',
  'cby',
  'cgeo',
  'nowcast',
  'lines',
  'scale',
  'measure',
  'base',
  'from',
  'to',
  'about',
  'lang',
  'embed',
] as const;
export type UrlKey = (typeof URL_KEYS)[number];

/** Longest accepted parameter value (after decoding). */
export const MAX_VALUE_LENGTH = 200;
/** Parameters read from one query string; the rest are reported in one summary entry. */
export const MAX_PARAMS = 50;
/** Entries in one ignored list before the rest are summarised in one entry. */
export const MAX_IGNORED = 50;
/** Reported keys and values are shortened to this many characters. */
export const REPORTED_TEXT_LENGTH = 80;
/** Key of the summary entry that stands for reports left out. */
export const MORE_IGNORED_KEY = '…';

/** A percent-encoded UTF-16 unit takes at most 9 characters (%E2%82%AC), so longer raw text is surely too long. */
const MAX_RAW_VALUE_LENGTH = MAX_VALUE_LENGTH * 9;
const MAX_RAW_KEY_LENGTH = 16 * 9;
const SEPARATOR = '~';
const LOOSE_ISO3 = /^[A-Za-z]{3}$/;

const URL_KEY_SET: ReadonlySet<string> = new Set(URL_KEYS);
const isUrlKey = (key: string): key is UrlKey => URL_KEY_SET.has(key);

function shorten(text: string): string {
  return text.length <= REPORTED_TEXT_LENGTH ? text : `${text.slice(0, REPORTED_TEXT_LENGTH - 1)}…`;
}

/** application/x-www-form-urlencoded decoding; null for malformed percent-encoding. */
function decode(raw: string): string | null {
  const text = raw.includes('+') ? raw.replace(/\+/g, ' ') : raw;
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Collects reports, bounded: past MAX_IGNORED they are only counted. */
class Reporter {
  readonly list: IgnoredParam[] = [];
  private more = 0;

  add(key: string, value: string, reason: IgnoreReason): void {
    if (this.list.length < MAX_IGNORED) this.list.push({ key: shorten(key), value: shorten(value), reason });
    else this.more += 1;
  }

  addMore(count: number): void {
    this.more += count;
  }

  finish(): IgnoredParam[] {
    if (this.more > 0) this.list.push({ key: MORE_IGNORED_KEY, value: String(this.more), reason: 'too-many' });
    return this.list;
  }
}

/** Reads one parameter value into the view, or reports it. */
type Reader = (value: string, view: ViewState, report: (reason: IgnoreReason, value?: string) => void) => void;

function splitPair(value: string): [string, string] | null {
  const parts = value.split(SEPARATOR);
  return parts.length === 2 ? [parts[0] as string, parts[1] as string] : null;
}

function enumReader<T extends string>(guard: (value: unknown) => value is T, write: (view: ViewState, value: T) => void): Reader {
  return (value, view, report) => {
    if (guard(value)) write(view, value);
    else report('invalid-value');
  };
}

const readers: Record<UrlKey, Reader> = {
  indicator: (value, view, report) => {
    if (isSlug(value)) view.indicator = value;
    else report('invalid-value');
  },
  source: (value, view, report) => {
    if (isSlug(value)) view.source = value;
    else report('invalid-value');
  },
  year: (value, view, report) => {
    if (isPeriod(value)) view.period = value;
    else report('invalid-value');
  },
  slice: (value, view, report) => {
    if (isSlug(value)) view.slice = value;
    else report('invalid-value');
  },
  countries: (value, view, report) => {
    // An empty value is the empty selection (the default), not an error.
    const codes: string[] = [];
    const extra: string[] = [];
    if (value !== '') {
      for (const item of value.split(SEPARATOR)) {
        if (!LOOSE_ISO3.test(item)) {
          report('invalid-value', item);
          continue;
        }
        const code = item.toUpperCase();
        if (codes.includes(code) || extra.includes(code)) report('duplicate', item);
        else if (codes.length >= MAX_COUNTRIES) extra.push(code);
        else codes.push(code);
      }
    }
    if (extra.length > 0) report('too-many', extra.join(SEPARATOR));
    view.countries = codes;
  },
  panel: enumReader(isPanel, (view, value) => (view.panel = value)),
  class: enumReader(isClassification, (view, value) => (view.map.classification = value)),
  log: (value, view, report) => {
    if (value === '1' || value === 'true') view.map.log = true;
    else if (value === '0' || value === 'false') view.map.log = false;
    else report('invalid-value');
  },
  tol: (value, view, report) => {
    const tolerance = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    if (tolerance >= 0 && tolerance <= MAX_TOLERANCE) view.map.tolerance = tolerance;
    else report('invalid-value');
  },
  region: enumReader(isMapRegion, (view, value) => (view.map.region = value)),
  od: (value, view, report) => {
    const pair = splitPair(value);
    if (pair && isOdRole(pair[0]) && LOOSE_ISO3.test(pair[1])) view.map.od = { role: pair[0], focus: pair[1].toUpperCase() };
    else report('invalid-value');
  },
  compare: (value, view, report) => {
    const pair = splitPair(value);
    const valid = (side: string) => side === '' || isSlug(side);
    if (pair && valid(pair[0]) && valid(pair[1])) view.compare = { a: pair[0] || null, b: pair[1] || null };
    else report('invalid-value');
  },
  ctol: (value, view, report) => {
    const tolerance = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    if (tolerance >= 0 && tolerance <= MAX_TOLERANCE) view.compareOptions.tolerance = tolerance;
    else report('invalid-value');
  },
  cby: enumReader(isSlug, (view, value) => (view.compareOptions.breakdown = value)),
  cgeo: (value, view, report) => {
    if (LOOSE_ISO3.test(value)) view.compareOptions.country = value.toUpperCase();
    else report('invalid-value');
  },
  nowcast: (value, view, report) => {
    if (value === '1' || value === 'true') view.compareOptions.nowcast = true;
    else if (value === '0' || value === 'false') view.compareOptions.nowcast = false;
    else report('invalid-value');
  },
  lines: enumReader(isSeriesLines, (view, value) => (view.series.lines = value)),
  scale: enumReader(isSeriesScale, (view, value) => (view.series.scale = value)),
  measure: enumReader(isSeriesMeasure, (view, value) => (view.series.measure = value)),
  base: enumReader(isPeriod, (view, value) => (view.series.base = value)),
  from: enumReader(isPeriod, (view, value) => (view.series.from = value)),
  to: enumReader(isPeriod, (view, value) => (view.series.to = value)),
  about: enumReader(isSlug, (view, value) => (view.about = value)),
  lang: enumReader(isLanguage, (view, value) => (view.lang = value)),
  embed: (value, view, report) => {
    if (value === '1' || value === 'true') view.embed = true;
    else if (value === '0' || value === 'false') view.embed = false;
    else report('invalid-value');
  },
};

function parseUnchecked(search: string, reporter: Reporter): ViewState {
  const view = cloneView(DEFAULT_VIEW);
  const seen = new Set<UrlKey>();
  let start = search.startsWith('?') ? 1 : 0;
  let read = 0;
  while (start <= search.length) {
    let end = search.indexOf('&', start);
    if (end < 0) end = search.length;
    const piece = search.slice(start, end);
    start = end + 1;
    if (piece === '') continue;
    if (read >= MAX_PARAMS) {
      reporter.addMore(1);
      continue;
    }
    read += 1;

    const equals = piece.indexOf('=');
    const rawKey = equals < 0 ? piece : piece.slice(0, equals);
    const rawValue = equals < 0 ? '' : piece.slice(equals + 1);
    const key = rawKey.length <= MAX_RAW_KEY_LENGTH ? decode(rawKey) : null;
    const shortValue = rawValue.length <= MAX_RAW_VALUE_LENGTH ? decode(rawValue) : null;
    // For reports only: the decoded value where possible, else the raw text.
    const shown = shortValue ?? rawValue.slice(0, REPORTED_TEXT_LENGTH + 1);

    if (key === null || !isUrlKey(key)) {
      reporter.add(key ?? rawKey.slice(0, REPORTED_TEXT_LENGTH + 1), shown, 'unknown-parameter');
      continue;
    }
    if (seen.has(key)) {
      reporter.add(key, shown, 'duplicate');
      continue;
    }
    seen.add(key);
    if (rawValue.length > MAX_RAW_VALUE_LENGTH || (shortValue !== null && shortValue.length > MAX_VALUE_LENGTH)) {
      reporter.add(key, shown, 'too-long');
      continue;
    }
    if (shortValue === null) {
      reporter.add(key, rawValue, 'invalid-value');
      continue;
    }
    readers[key](shortValue, view, (reason, value = shortValue) => reporter.add(key, value, reason));
  }
  // A reversed time window (from=2024&to=2000) is read as the window between the two.
  const { series } = view;
  if (series.from !== null && series.to !== null && series.from > series.to) [series.from, series.to] = [series.to, series.from];
  return view;
}

/**
 * Reads a query string (with or without the leading '?') into a valid view. Never throws:
 * whatever cannot be used is left out (the default is kept) and listed in ignored.
 * The first occurrence of a repeated key is the one used.
 */
export function parseView(search: string): ParsedView {
  const reporter = new Reporter();
  try {
    const view = parseUnchecked(typeof search === 'string' ? search : '', reporter);
    return { view, ignored: reporter.finish() };
  } catch {
    // Not expected: the parser is written not to throw. Fail safe to the default view.
    reporter.add(MORE_IGNORED_KEY, '', 'invalid-value');
    return { view: cloneView(DEFAULT_VIEW), ignored: reporter.finish() };
  }
}

/**
 * The canonical query string of a view: '' for the default view, else '?' followed by the
 * non-default parameters in URL_KEYS order. parseView(serializeView(v)).view equals v for every
 * valid view v (see isValidView), so two valid views are equal exactly when their serializations are.
 */
export function serializeView(view: ViewState): string {
  const pairs: [UrlKey, string][] = [];
  const { map, compare } = view;
  if (view.indicator !== DEFAULT_VIEW.indicator) pairs.push(['indicator', view.indicator]);
  if (view.source !== null) pairs.push(['source', view.source]);
  if (view.period !== null) pairs.push(['year', view.period]);
  if (view.slice !== DEFAULT_VIEW.slice) pairs.push(['slice', view.slice]);
  if (view.countries.length > 0) pairs.push(['countries', view.countries.join(SEPARATOR)]);
  if (view.panel !== DEFAULT_VIEW.panel) pairs.push(['panel', view.panel]);
  if (map.classification !== DEFAULT_VIEW.map.classification) pairs.push(['class', map.classification]);
  if (map.log !== DEFAULT_VIEW.map.log) pairs.push(['log', map.log ? '1' : '0']);
  if (map.tolerance !== DEFAULT_VIEW.map.tolerance) pairs.push(['tol', String(map.tolerance)]);
  if (map.region !== DEFAULT_VIEW.map.region) pairs.push(['region', map.region]);
  if (map.od !== null) pairs.push(['od', `${map.od.role}${SEPARATOR}${map.od.focus}`]);
  if (compare.a !== null || compare.b !== null) pairs.push(['compare', `${compare.a ?? ''}${SEPARATOR}${compare.b ?? ''}`]);
  const { compareOptions } = view;
  if (compareOptions.tolerance !== DEFAULT_VIEW.compareOptions.tolerance) pairs.push(['ctol', String(compareOptions.tolerance)]);
  if (compareOptions.breakdown !== null) pairs.push(['cby', compareOptions.breakdown]);
  if (compareOptions.country !== null) pairs.push(['cgeo', compareOptions.country]);
  if (compareOptions.nowcast !== DEFAULT_VIEW.compareOptions.nowcast) pairs.push(['nowcast', compareOptions.nowcast ? '1' : '0']);
  const { series } = view;
  if (series.lines !== DEFAULT_VIEW.series.lines) pairs.push(['lines', series.lines]);
  if (series.scale !== DEFAULT_VIEW.series.scale) pairs.push(['scale', series.scale]);
  if (series.measure !== DEFAULT_VIEW.series.measure) pairs.push(['measure', series.measure]);
  if (series.base !== null) pairs.push(['base', series.base]);
  if (series.from !== null) pairs.push(['from', series.from]);
  if (series.to !== null) pairs.push(['to', series.to]);
  if (view.about !== null) pairs.push(['about', view.about]);
  if (view.lang !== DEFAULT_VIEW.lang) pairs.push(['lang', view.lang]);
  if (view.embed) pairs.push(['embed', '1']);
  if (pairs.length === 0) return '';
  // '%' is always encoded as %25, so every %7E stands for a '~'.
  return `?${new URLSearchParams(pairs).toString().replace(/%7E/gi, SEPARATOR)}`;
}

/** The valid view closest to a possibly invalid one (what a round trip through the URL would give). */
export function sanitizeView(view: ViewState): ViewState {
  try {
    return parseView(serializeView(view)).view;
  } catch {
    // Not even view-shaped (an untyped caller): fall back to the default.
    return cloneView(DEFAULT_VIEW);
  }
}
