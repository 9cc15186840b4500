/**
 * The view parameters, as one table: for each, its URL key, where it sits in the view (its
 * default is there in DEFAULT_VIEW), its value codec (read, write, check, take from a setter) and
 * the parameters it resets. The URL codec, isValidView, viewsEqual, cloneView and the store's
 * setters are all derived from it, so adding a parameter is one entry here (after its field in
 * ViewState and DEFAULT_VIEW). Pure.
 */
import {
  CLASSIFICATIONS,
  DEFAULT_VIEW,
  LANGUAGES,
  MAP_REGIONS,
  PAIR_SORTS,
  PANELS,
  SERIES_LINES,
  SERIES_MEASURES,
  SERIES_SCALES,
  type ViewState,
} from './viewState';
import {
  aggregateIds,
  coerce,
  countries,
  country,
  flag,
  mergePair,
  nullable,
  odMode,
  oneOf,
  period,
  slug,
  slugPair,
  tolerance,
  type Codec,
  type Report,
} from './paramCodecs';
import { tablePeriods } from './tablePeriods';
import { LEVEL_IDS } from '../contract/levels';

/** The parts of the view that hold options of their own (merged by one setter each). */
export type Group = 'map' | 'compareOptions' | 'series';
const GROUPS: readonly Group[] = ['map', 'compareOptions', 'series'];

interface Lens<T> {
  group: Group | null;
  field: string;
  get(view: ViewState): T;
  /** A new view with the value set (the input is not changed). */
  set(view: ViewState, value: T): ViewState;
}

type TopField = Exclude<keyof ViewState, Group>;

function top<F extends TopField>(field: F): Lens<ViewState[F]> {
  return { group: null, field, get: (view) => view[field], set: (view, value) => ({ ...view, [field]: value }) };
}

function inGroup<G extends Group, F extends keyof ViewState[G] & string>(group: G, field: F): Lens<ViewState[G][F]> {
  return {
    group,
    field,
    get: (view) => view[group][field],
    set: (view, value) => ({ ...view, [group]: { ...view[group], [field]: value } }),
  };
}

/** One view parameter, with its value type hidden behind operations on whole views. */
export interface ViewParam<K extends string = string> {
  readonly key: K;
  /** A valid URL text that is not the default. */
  readonly example: string;
  readonly group: Group | null;
  /** The field in the view (in its group, if any), as setters name it. */
  readonly field: string;
  /** The view's value of this parameter. */
  value(view: ViewState): unknown;
  /** The view with the decoded URL text read into it, or the same view with the text reported. */
  read(text: string, view: ViewState, report: Report): ViewState;
  /** The URL text of the view's value; null when it is the default (left out). */
  write(view: ViewState): string | null;
  valid(view: ViewState): boolean;
  equal(a: ViewState, b: ViewState): boolean;
  /** The view with its own copy of this value. */
  copy(view: ViewState): ViewState;
  /** The view with the default value (a copy). */
  reset(view: ViewState): ViewState;
  /**
   * The view with a setter's argument taken as the value and the dependent parameters reset, or
   * the same view when the argument is ignored.
   */
  assign(view: ViewState, input: unknown): { view: ViewState; resets: readonly string[] };
}

interface ParamSpec<T> {
  /** A valid URL text that is not the default (documentation, and the table's own test). */
  example: string;
  at: Lens<T>;
  codec: Codec<T>;
  /** A setter's argument as a value, given the current one; default: the codec's coerce. */
  merge?(input: unknown, current: T): T | undefined;
  /** The keys of the parameters set back to their defaults when this one is set to `next`. */
  resets?(next: T, previous: T): readonly string[];
}

/** Structural equality of parameter values: primitives, arrays of primitives, flat objects. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]);
  }
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

function copyValue<T>(value: T): T {
  if (Array.isArray(value)) return [...value] as T;
  if (typeof value === 'object' && value !== null) return { ...value };
  return value;
}

function param<K extends string, T>(key: K, { example, at, codec, merge, resets }: ParamSpec<T>): ViewParam<K> {
  const fallback = at.get(DEFAULT_VIEW);
  return {
    key,
    example,
    group: at.group,
    field: at.field,
    value: (view) => at.get(view),
    read: (text, view, report) => {
      const value = codec.parse(text, report);
      if (value !== undefined) return at.set(view, value);
      report('invalid-value');
      return view;
    },
    write: (view) => {
      const value = at.get(view);
      return sameValue(value, fallback) ? null : codec.format(value);
    },
    valid: (view) => codec.valid(at.get(view)),
    equal: (a, b) => sameValue(at.get(a), at.get(b)),
    copy: (view) => at.set(view, copyValue(at.get(view))),
    reset: (view) => at.set(view, copyValue(fallback)),
    assign: (view, input) => {
      const previous = at.get(view);
      const next = merge ? merge(input, previous) : coerce(codec, input);
      if (next === undefined) return { view, resets: [] };
      return { view: at.set(view, next), resets: resets?.(next, previous) ?? [] };
    },
  };
}

/** The parameters, in the order their keys are written in a URL. */
export const VIEW_PARAMS = [
  /** indicator id */
  param('indicator', {
    example: 'refugees',
    at: top('indicator'),
    codec: slug,
    resets: (next, previous) => (next === previous ? [] : ['level', 'source', 'year', 'slice', 'od', 'compare']),
  }),
  /** geographic level of the map's units: country | nuts2 | nuts3 | us-state; absent: country */
  param('level', {
    example: 'nuts2',
    at: top('level'),
    codec: oneOf(LEVEL_IDS),
    resets: (next, previous) => (next === previous ? [] : ['source', 'year', 'slice', 'od', 'compare']),
  }),
  /** source id; absent: the indicator's default source */
  param('source', { example: 'census', at: top('source'), codec: nullable(slug) }),
  /** period, YYYY or YYYY-MM (1900–2100); absent: the latest */
  param('year', { example: '2020-03', at: top('period'), codec: nullable(period) }),
  /** breakdown, e.g. sex-female; absent: total */
  param('slice', { example: 'sex-female', at: top('slice'), codec: slug }),
  /** ISO3 codes joined by '~', in selection order (at most MAX_COUNTRIES) */
  param('countries', { example: 'DEU~FRA', at: top('countries'), codec: countries }),
  /** map | series | compare | table | about; leaving the About page forgets its entry */
  param('panel', { example: 'compare', at: top('panel'), codec: oneOf(PANELS), resets: (next) => (next === 'about' ? [] : ['about']) }),
  /** map: quantile | equal | ckmeans | continuous */
  param('class', { example: 'ckmeans', at: inGroup('map', 'classification'), codec: oneOf(CLASSIFICATIONS) }),
  /** map: log scale, 1 or 0 */
  param('log', { example: '1', at: inGroup('map', 'log'), codec: flag }),
  /** map: nearest period within ±N, 0..MAX_TOLERANCE */
  param('tol', { example: '2', at: inGroup('map', 'tolerance'), codec: tolerance }),
  /** map: world | africa | americas | asia | europe | oceania | selection */
  param('region', { example: 'europe', at: inGroup('map', 'region'), codec: oneOf(MAP_REGIONS) }),
  /** map: origin–destination mode, role~ISO3 */
  param('od', { example: 'origin~SYR', at: inGroup('map', 'od'), codec: nullable(odMode) }),
  /** comparison pair a~b; either side may be empty (~b, a~); a setter merges the sides it is given */
  param('compare', { example: 'census~social-audience', at: top('compare'), codec: slugPair, merge: mergePair }),
  /** comparison: period-matching tolerance in years, 0..MAX_TOLERANCE */
  param('ctol', { example: '0', at: inGroup('compareOptions', 'tolerance'), codec: tolerance }),
  /** comparison: breakdown dimension (slug) whose groups get their own agreement */
  param('cby', { example: 'age', at: inGroup('compareOptions', 'breakdown'), codec: nullable(slug) }),
  /** comparison: the country of the per-country chart (ISO3) */
  param('cgeo', { example: 'ETH', at: inGroup('compareOptions', 'country'), codec: nullable(country) }),
  /** comparison: show the experimental nowcast and its back-test, 1 or 0 */
  param('nowcast', { example: '1', at: inGroup('compareOptions', 'nowcast'), codec: flag }),
  /** comparison: the pairs table's order, column-asc|desc (columns: country a b ratio diff pct gap); absent: gap-desc */
  param('csort', { example: 'ratio-asc', at: inGroup('compareOptions', 'sort'), codec: oneOf(PAIR_SORTS) }),
  /** time series: one line per country | source; absent: auto */
  param('lines', { example: 'source', at: inGroup('series', 'lines'), codec: oneOf(SERIES_LINES) }),
  /** time series: linear | log */
  param('scale', { example: 'log', at: inGroup('series', 'scale'), codec: oneOf(SERIES_SCALES) }),
  /** time series: absolute | per1000 | index */
  param('measure', { example: 'index', at: inGroup('series', 'measure'), codec: oneOf(SERIES_MEASURES) }),
  /** time series: base period of the index; absent: chosen from the data */
  param('base', { example: '2015', at: inGroup('series', 'base'), codec: nullable(period) }),
  /** time series: start of the window, included (see orderWindow) */
  param('from', { example: '2000', at: inGroup('series', 'from'), codec: nullable(period) }),
  /** time series: end of the window, included */
  param('to', { example: '2024-06', at: inGroup('series', 'to'), codec: nullable(period) }),
  /** table: period columns, from~to (both included) or all; absent: the view's period alone */
  param('tperiods', { example: '2000~2020', at: top('tablePeriods'), codec: nullable(tablePeriods) }),
  /** time series: aggregate lines (World, regions, EU…), contract ids joined by '~' */
  param('agg', { example: 'WLD~EU27_2020', at: inGroup('series', 'aggregates'), codec: aggregateIds }),
  /** About the data: the source (slug) whose entry the page opens at */
  param('about', { example: 'unhcr', at: top('about'), codec: nullable(slug) }),
  /** en | fr | es */
  param('lang', { example: 'fr', at: top('lang'), codec: oneOf(LANGUAGES) }),
  /** embed mode: the view's panel alone, without the app's chrome, 1 or 0 */
  param('embed', { example: '1', at: top('embed'), codec: flag }),
  /** the country whose profile card is open (ISO3); kept when the indicator changes */
  param('profile', { example: 'DEU', at: top('profile'), codec: nullable(country) }),
] as const;

export type UrlKey = (typeof VIEW_PARAMS)[number]['key'];

/** The query keys, in the order serializeView writes them. */
export const URL_KEYS: readonly UrlKey[] = VIEW_PARAMS.map((p) => p.key);

const BY_KEY: ReadonlyMap<string, ViewParam<UrlKey>> = new Map(VIEW_PARAMS.map((p) => [p.key, p]));

export function viewParam(key: UrlKey): ViewParam<UrlKey> {
  return BY_KEY.get(key) as ViewParam<UrlKey>;
}

// ---------------------------------------------------------------------------------------------
// The one rule between parameters: the time window runs forwards.

const windowOrdered = ({ series }: ViewState) => series.from === null || series.to === null || series.from <= series.to;

/** The view with a reversed time window (from after to) read as the window between the two. */
export function orderWindow(view: ViewState): ViewState {
  if (windowOrdered(view)) return view;
  return { ...view, series: { ...view.series, from: view.series.to, to: view.series.from } };
}

// ---------------------------------------------------------------------------------------------
// Derived from the table.

/**
 * Whether a view satisfies every rule the URL codec enforces (ids are slugs, countries are
 * distinct ISO3 codes, at most MAX_COUNTRIES, and so on). It says nothing about the catalog:
 * see reconcile.ts for that. parseView only ever returns valid views, and the store keeps its
 * view valid.
 */
export function isValidView(view: ViewState): boolean {
  if (typeof view !== 'object' || view === null) return false;
  if (!GROUPS.every((group) => typeof view[group] === 'object' && view[group] !== null)) return false;
  return VIEW_PARAMS.every((p) => p.valid(view)) && windowOrdered(view);
}

/** Structural equality of two views (country order matters: it is the selection order). */
export function viewsEqual(a: ViewState, b: ViewState): boolean {
  return a === b || VIEW_PARAMS.every((p) => p.equal(a, b));
}

/** A copy sharing no objects or arrays with the original. */
export function cloneView(view: ViewState): ViewState {
  return VIEW_PARAMS.reduce((copy, p) => p.copy(copy), { ...view });
}

/**
 * The view with one parameter set from a setter's argument (and the parameters it resets set
 * back to their defaults), or the very same view when the argument is ignored.
 */
export function withParam(view: ViewState, key: UrlKey, input: unknown): ViewState {
  const { view: next, resets } = viewParam(key).assign(view, input);
  return resets.reduce((out, reset) => viewParam(reset as UrlKey).reset(out), next);
}

/**
 * The view with the given options of a group merged in: a field left out (undefined) is kept,
 * an invalid one ignored. The time window is kept in order.
 */
export function withGroup<G extends Group>(view: ViewState, group: G, options: Partial<ViewState[G]>): ViewState {
  let next = view;
  for (const p of VIEW_PARAMS) {
    if (p.group !== group) continue;
    const input = (options as Record<string, unknown>)[p.field];
    if (input !== undefined) next = withParam(next, p.key, input);
  }
  return orderWindow(next);
}
