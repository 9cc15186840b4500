/**
 * The view store: one zustand store holding the view, the notices about links, and (once
 * loaded) the catalog the view is kept consistent with.
 *
 * Invariants: `view` is always valid (isValidView) and, once a catalog is set, reconciled with
 * it. Every change goes through a pure transition (the exported `transitions`); a change that
 * leaves the view structurally equal is a no-op (no new object, no listeners, no history entry).
 */
import { create } from 'zustand';
import type { Catalog } from '../contract/schema';
import { reconcileView } from './reconcile';
import { MAX_IGNORED, sanitizeView, type IgnoredParam } from './urlCodec';
import {
  DEFAULT_VIEW,
  MAX_COUNTRIES,
  MAX_TOLERANCE,
  cloneView,
  isClassification,
  isIso3,
  isLanguage,
  isMapRegion,
  isOdRole,
  isPanel,
  isPeriod,
  isSeriesLines,
  isSeriesMeasure,
  isSeriesScale,
  isSlug,
  isValidView,
  viewsEqual,
  type CompareOptions,
  type Language,
  type MapOptions,
  type Panel,
  type SeriesOptions,
  type ViewState,
} from './viewState';

/** How a view change is recorded in the browser history by useUrlSync. */
export type HistoryMode = 'push' | 'replace';

export interface ChangeOptions {
  /** 'replace' for rapid changes (a playing time slider) that should not each add a history entry. Default 'push'. */
  history?: HistoryMode;
}

export type CompareSelection = ViewState['compare'];

export interface ViewStore {
  view: ViewState;
  /** How the latest view change should be recorded in the browser history (read by useUrlSync). */
  historyMode: HistoryMode;
  /** Parts of the link (or of a restored view) that were left out, for the notice banner. */
  notices: IgnoredParam[];
  /** The catalog the view is reconciled with; null until loaded (see useCatalogReconcile). */
  catalog: Catalog | null;

  /** Changes the indicator; when it changes, source, slice, period, od and compare are reset. */
  setIndicator: (indicator: string) => void;
  setSource: (source: string | null) => void;
  setPeriod: (period: string | null, options?: ChangeOptions) => void;
  setSlice: (slice: string) => void;
  /** Adds the country (at the end) or removes it; a no-op when adding to a full selection. */
  toggleCountry: (iso3: string) => void;
  /** Upper-cases, drops invalid codes and duplicates, keeps the first MAX_COUNTRIES. */
  setCountries: (iso3s: readonly string[]) => void;
  /** Switches panels; leaving the About page forgets the entry it was at. */
  setPanel: (panel: Panel) => void;
  /** Opens the About page at a source's entry (null: at the top). */
  openAbout: (source: string | null) => void;
  /** Merges the given map options; invalid ones are ignored (tolerance is rounded and clamped). */
  setMapOptions: (options: Partial<MapOptions>, change?: ChangeOptions) => void;
  /** Merges the given sides of the comparison pair (null clears a side). */
  setCompare: (compare: Partial<CompareSelection>) => void;
  /**
   * Merges the given comparison options; invalid ones are ignored (tolerance is rounded and
   * clamped, the country upper-cased) and null clears breakdown or country.
   */
  setCompareOptions: (options: Partial<CompareOptions>) => void;
  setLang: (lang: Language) => void;
  /**
   * Merges the given time-series options; invalid ones are ignored, null clears base, from or to,
   * and a reversed window (from after to) is swapped.
   */
  setSeriesOptions: (options: Partial<SeriesOptions>, change?: ChangeOptions) => void;
  /**
   * Replaces the whole view (URL sync, a reset button). An invalid view is sanitized; with a
   * catalog, what is not in it is left out and reported in notices.
   */
  replaceView: (view: ViewState, options?: ChangeOptions) => void;
  /** Sets the catalog and reconciles the view with it (replacing, not pushing, the history entry). */
  setCatalog: (catalog: Catalog | null) => void;
  setNotices: (notices: readonly IgnoredParam[]) => void;
  /** Appends notices, skipping ones already listed. */
  addNotices: (notices: readonly IgnoredParam[]) => void;
  dismissNotices: () => void;
}

// ---------------------------------------------------------------------------------------------
// Pure transitions: (view, argument) => view. They return the input view when the argument is
// invalid or changes nothing.

function withIndicator(view: ViewState, indicator: string): ViewState {
  if (!isSlug(indicator) || indicator === view.indicator) return view;
  return {
    ...view,
    indicator,
    source: null,
    slice: DEFAULT_VIEW.slice,
    period: null,
    map: { ...view.map, od: null },
    compare: { a: null, b: null },
  };
}

function withSource(view: ViewState, source: string | null): ViewState {
  return source === null || isSlug(source) ? { ...view, source } : view;
}

function withPeriod(view: ViewState, period: string | null): ViewState {
  return period === null || isPeriod(period) ? { ...view, period } : view;
}

function withSlice(view: ViewState, slice: string): ViewState {
  return isSlug(slice) ? { ...view, slice } : view;
}

/** Upper-cased ISO3 code, or null. */
function normalizeCountry(code: string): string | null {
  if (typeof code !== 'string' || !/^[A-Za-z]{3}$/.test(code)) return null;
  const upper = code.toUpperCase();
  return isIso3(upper) ? upper : null;
}

function withCountryToggled(view: ViewState, iso3: string): ViewState {
  const code = normalizeCountry(iso3);
  if (code === null) return view;
  if (view.countries.includes(code)) return { ...view, countries: view.countries.filter((c) => c !== code) };
  if (view.countries.length >= MAX_COUNTRIES) return view;
  return { ...view, countries: [...view.countries, code] };
}

function withCountries(view: ViewState, iso3s: readonly string[]): ViewState {
  const countries: string[] = [];
  for (const item of Array.isArray(iso3s) ? iso3s : []) {
    const code = normalizeCountry(item);
    if (code !== null && !countries.includes(code) && countries.length < MAX_COUNTRIES) countries.push(code);
  }
  return { ...view, countries };
}

function withPanel(view: ViewState, panel: Panel): ViewState {
  if (!isPanel(panel)) return view;
  return panel === 'about' ? { ...view, panel } : { ...view, panel, about: null };
}

function withAbout(view: ViewState, source: string | null): ViewState {
  return source === null || isSlug(source) ? { ...view, panel: 'about', about: source } : view;
}

function withMapOptions(view: ViewState, options: Partial<MapOptions>): ViewState {
  const map = { ...view.map };
  const { classification, log, tolerance, region, od } = options;
  if (isClassification(classification)) map.classification = classification;
  if (typeof log === 'boolean') map.log = log;
  if (typeof tolerance === 'number' && Number.isFinite(tolerance)) {
    map.tolerance = Math.min(MAX_TOLERANCE, Math.max(0, Math.round(tolerance)));
  }
  if (isMapRegion(region)) map.region = region;
  if (od === null) map.od = null;
  else if (od !== undefined && isOdRole(od.role)) {
    const focus = normalizeCountry(od.focus);
    if (focus !== null) map.od = { role: od.role, focus };
  }
  return { ...view, map };
}

function withCompare(view: ViewState, compare: Partial<CompareSelection>): ViewState {
  const side = (value: string | null | undefined, current: string | null) =>
    value === undefined || (value !== null && !isSlug(value)) ? current : value;
  return { ...view, compare: { a: side(compare.a, view.compare.a), b: side(compare.b, view.compare.b) } };
}

function withCompareOptions(view: ViewState, options: Partial<CompareOptions>): ViewState {
  const compareOptions = { ...view.compareOptions };
  const { tolerance, breakdown, country, nowcast } = options;
  if (typeof tolerance === 'number' && Number.isFinite(tolerance)) {
    compareOptions.tolerance = Math.min(MAX_TOLERANCE, Math.max(0, Math.round(tolerance)));
  }
  if (breakdown === null || isSlug(breakdown)) compareOptions.breakdown = breakdown;
  if (country === null) compareOptions.country = null;
  else if (country !== undefined) compareOptions.country = normalizeCountry(country) ?? compareOptions.country;
  if (typeof nowcast === 'boolean') compareOptions.nowcast = nowcast;
  return { ...view, compareOptions };
}

function withLang(view: ViewState, lang: Language): ViewState {
  return isLanguage(lang) ? { ...view, lang } : view;
}

function withSeriesOptions(view: ViewState, options: Partial<SeriesOptions>): ViewState {
  const series = { ...view.series };
  const { lines, scale, measure } = options;
  if (isSeriesLines(lines)) series.lines = lines;
  if (isSeriesScale(scale)) series.scale = scale;
  if (isSeriesMeasure(measure)) series.measure = measure;
  for (const key of ['base', 'from', 'to'] as const) {
    const value = options[key];
    if (value === null || isPeriod(value)) series[key] = value;
  }
  if (series.from !== null && series.to !== null && series.from > series.to) [series.from, series.to] = [series.to, series.from];
  return { ...view, series };
}

export const transitions = {
  setIndicator: withIndicator,
  setSource: withSource,
  setPeriod: withPeriod,
  setSlice: withSlice,
  toggleCountry: withCountryToggled,
  setCountries: withCountries,
  setPanel: withPanel,
  openAbout: withAbout,
  setMapOptions: withMapOptions,
  setCompare: withCompare,
  setCompareOptions: withCompareOptions,
  setLang: withLang,
  setSeriesOptions: withSeriesOptions,
} as const;

// ---------------------------------------------------------------------------------------------

const sameNotice = (a: IgnoredParam, b: IgnoredParam) => a.key === b.key && a.value === b.value && a.reason === b.reason;

function mergeNotices(current: IgnoredParam[], added: readonly IgnoredParam[]): IgnoredParam[] {
  const fresh = added.filter((notice, i) => !current.some((c) => sameNotice(c, notice)) && added.findIndex((n) => sameNotice(n, notice)) === i);
  if (fresh.length === 0) return current;
  return [...current, ...fresh].slice(0, MAX_IGNORED * 2);
}

function initialState(): Pick<ViewStore, 'view' | 'historyMode' | 'notices' | 'catalog'> {
  return { view: cloneView(DEFAULT_VIEW), historyMode: 'push', notices: [], catalog: null };
}

export const useViewStore = create<ViewStore>()((set, get) => {
  /**
   * Applies a candidate view: reconciles it with the catalog (reporting what was left out only
   * when asked) and sets it unless it equals the current view.
   */
  const commit = (candidate: ViewState, history: HistoryMode = 'push', report = false) => {
    const { view, catalog, notices } = get();
    let next = candidate;
    let dropped: IgnoredParam[] = [];
    if (catalog) ({ view: next, ignored: dropped } = reconcileView(candidate, catalog));
    const nextNotices = report ? mergeNotices(notices, dropped) : notices;
    const changed = !viewsEqual(view, next);
    if (!changed && nextNotices === notices) return;
    set(changed ? { view: next, historyMode: history, notices: nextNotices } : { notices: nextNotices });
  };
  const update = (transition: (view: ViewState) => ViewState, history?: HistoryMode) => {
    const { view } = get();
    const next = transition(view);
    if (next !== view && !viewsEqual(view, next)) commit(next, history);
  };

  return {
    ...initialState(),
    setIndicator: (indicator) => update((view) => withIndicator(view, indicator)),
    setSource: (source) => update((view) => withSource(view, source)),
    setPeriod: (period, options) => update((view) => withPeriod(view, period), options?.history),
    setSlice: (slice) => update((view) => withSlice(view, slice)),
    toggleCountry: (iso3) => update((view) => withCountryToggled(view, iso3)),
    setCountries: (iso3s) => update((view) => withCountries(view, iso3s)),
    setPanel: (panel) => update((view) => withPanel(view, panel)),
    openAbout: (source) => update((view) => withAbout(view, source)),
    setMapOptions: (options, change) => update((view) => withMapOptions(view, options), change?.history),
    setCompare: (compare) => update((view) => withCompare(view, compare)),
    setCompareOptions: (options) => update((view) => withCompareOptions(view, options)),
    setLang: (lang) => update((view) => withLang(view, lang)),
    setSeriesOptions: (options, change) => update((view) => withSeriesOptions(view, options), change?.history),
    replaceView: (view, options) => commit(isValidView(view) ? cloneView(view) : sanitizeView(view), options?.history, true),
    setCatalog: (catalog) => {
      if (catalog === get().catalog) return;
      set({ catalog });
      if (catalog) commit(get().view, 'replace', true);
    },
    setNotices: (notices) => {
      const current = get().notices;
      if (current.length === notices.length && current.every((n, i) => sameNotice(n, notices[i] as IgnoredParam))) return;
      set({ notices: [...notices] });
    },
    addNotices: (notices) => {
      const current = get().notices;
      const merged = mergeNotices(current, notices);
      if (merged !== current) set({ notices: merged });
    },
    dismissNotices: () => {
      if (get().notices.length > 0) set({ notices: [] });
    },
  };
});

/** Puts the store back in its initial state (tests, storybook-like harnesses). */
export function resetViewStore(): void {
  useViewStore.setState(initialState());
}
