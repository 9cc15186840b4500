/**
 * The one codec between the view and the query string. Pure: no React, no DOM.
 *
 * URL format: the keys of the view parameters (VIEW_PARAMS in viewParams.ts, which says what
 * each one holds) in that fixed order, defaults left out, '' for the default view, for example
 * ?indicator=refugees&year=2020&countries=DEU~FRA&panel=table&od=origin~SYR&lang=fr.
 *
 * Values use application/x-www-form-urlencoded (URLSearchParams) encoding, except that '~' is
 * left as is so that links stay readable. Parsing is lenient where it costs nothing (lower-case
 * country codes are upper-cased, '%7E' is accepted for '~', log=0 is accepted) and reports
 * everything it leaves out.
 */
import { IGNORE_REASONS, SEPARATOR, type IgnoreReason } from './paramCodecs';
import { URL_KEYS, VIEW_PARAMS, cloneView, orderWindow, viewParam, type UrlKey } from './viewParams';
import { DEFAULT_VIEW, type ViewState } from './viewState';

export { IGNORE_REASONS, URL_KEYS, type IgnoreReason, type UrlKey };

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

function parseUnchecked(search: string, reporter: Reporter): ViewState {
  let view = cloneView(DEFAULT_VIEW);
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
    view = viewParam(key).read(shortValue, view, (reason, value = shortValue) => reporter.add(key, value, reason));
  }
  // A reversed time window (from=2024&to=2000) is read as the window between the two.
  return orderWindow(view);
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
  for (const p of VIEW_PARAMS) {
    const text = p.write(view);
    if (text !== null) pairs.push([p.key, text]);
  }
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
