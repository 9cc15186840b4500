/**
 * The view store: one zustand store holding the view, the notices about links, and (once
 * loaded) the index of the catalog the view is kept consistent with. The catalog itself is held
 * by react-query (data/queries.ts useCatalog): read it there, not here.
 *
 * Invariants: `view` is always valid (isValidView) and, once a catalog is set, reconciled with
 * it. Every change goes through a pure transition (the exported `transitions`); a change that
 * leaves the view structurally equal is a no-op (no new object, no listeners, no history entry).
 */
import { create } from 'zustand';
import type { Catalog } from '../contract/schema';
import type { LevelId } from '../contract/levels';
import { catalogIndex, type CatalogIndex } from '../data/catalogIndex';
import { reconcileView } from './reconcile';
import { MAX_IGNORED, sanitizeView, type IgnoredParam } from './urlCodec';
import { normalizeCountry } from './paramCodecs';
import { cloneView, isValidView, viewsEqual, withGroup, withParam } from './viewParams';
import {
  DEFAULT_VIEW,
  MAX_COUNTRIES,
  type CompareOptions,
  type Language,
  type MapOptions,
  type Panel,
  type SeriesOptions,
  type TablePeriods,
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
  /** The index of the catalog the view is reconciled with; null until loaded (see useCatalogReconcile). */
  catalogIndex: CatalogIndex | null;

  /** Changes the indicator; when it changes, source, slice, period, od and compare are reset. */
  setIndicator: (indicator: string) => void;
  setSource: (source: string | null) => void;
  /** Changes the geographic level of the map's places; when it changes, source, period, slice, od and compare are reset. */
  setLevel: (level: LevelId) => void;
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
   * Selecting a country where a click or Enter picks one (map, its list, the Countries box): toggles
   * it in the selection and opens its profile when it was not selected (closes it when it was).
   */
  pickCountry: (iso3: string) => void;
  /** Opens the profile card of a country (ISO3, upper-cased; an invalid code is ignored). */
  openProfile: (iso3: string) => void;
  closeProfile: () => void;
  /**
   * Merges the given time-series options; invalid ones are ignored, null clears base, from or to,
   * and a reversed window (from after to) is swapped.
   */
  setSeriesOptions: (options: Partial<SeriesOptions>, change?: ChangeOptions) => void;
  /** Sets the Table's period columns (a reversed range is swapped; null: the view's period alone). */
  setTablePeriods: (periods: TablePeriods) => void;
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
// Pure transitions: (view, argument) => view, derived from the parameter table (viewParams.ts).
// They return the input view when the argument is invalid.

function withCountryToggled(view: ViewState, iso3: string): ViewState {
  const code = normalizeCountry(iso3);
  if (code === null) return view;
  if (view.countries.includes(code))
    return withParam(
      view,
      'countries',
      view.countries.filter((c) => c !== code),
    );
  if (view.countries.length >= MAX_COUNTRIES) return view;
  return withParam(view, 'countries', [...view.countries, code]);
}

function withCountryPicked(view: ViewState, iso3: string): ViewState {
  const code = normalizeCountry(iso3);
  if (code === null) return view;
  const next = withCountryToggled(view, code);
  if (!view.countries.includes(code)) return withParam(next, 'profile', code);
  return view.profile === code ? withParam(next, 'profile', null) : next;
}

function withAbout(view: ViewState, source: string | null): ViewState {
  const next = withParam(view, 'about', source);
  return next === view ? view : withParam(next, 'panel', 'about');
}

export const transitions = {
  setIndicator: (view: ViewState, indicator: string) => withParam(view, 'indicator', indicator),
  setSource: (view: ViewState, source: string | null) => withParam(view, 'source', source),
  setLevel: (view: ViewState, level: LevelId) => withParam(view, 'level', level),
  setPeriod: (view: ViewState, period: string | null) => withParam(view, 'year', period),
  setSlice: (view: ViewState, slice: string) => withParam(view, 'slice', slice),
  toggleCountry: withCountryToggled,
  pickCountry: withCountryPicked,
  setCountries: (view: ViewState, iso3s: readonly string[]) => withParam(view, 'countries', iso3s),
  setPanel: (view: ViewState, panel: Panel) => withParam(view, 'panel', panel),
  openAbout: withAbout,
  setMapOptions: (view: ViewState, options: Partial<MapOptions>) => withGroup(view, 'map', options),
  setCompare: (view: ViewState, compare: Partial<CompareSelection>) => withParam(view, 'compare', compare),
  setCompareOptions: (view: ViewState, options: Partial<CompareOptions>) => withGroup(view, 'compareOptions', options),
  setLang: (view: ViewState, lang: Language) => withParam(view, 'lang', lang),
  openProfile: (view: ViewState, iso3: string) => withParam(view, 'profile', iso3),
  closeProfile: (view: ViewState, _?: void) => withParam(view, 'profile', null),
  setSeriesOptions: (view: ViewState, options: Partial<SeriesOptions>) => withGroup(view, 'series', options),
  setTablePeriods: (view: ViewState, periods: TablePeriods) => withParam(view, 'tperiods', periods),
} as const;

type Transitions = typeof transitions;
type Setters = { [K in keyof Transitions]: (argument: Parameters<Transitions[K]>[1], change?: ChangeOptions) => void };
type AnyTransition = (view: ViewState, argument: unknown) => ViewState;

/** One store setter per transition, recording the change in the history as the caller asks. */
function settersOf(update: (transition: (view: ViewState) => ViewState, history?: HistoryMode) => void): Setters {
  const entries = Object.entries(transitions as Record<keyof Transitions, AnyTransition>).map(([name, transition]) => [
    name,
    (argument: unknown, change?: ChangeOptions) => update((view) => transition(view, argument), change?.history),
  ]);
  return Object.fromEntries(entries) as Setters;
}

// ---------------------------------------------------------------------------------------------

const sameNotice = (a: IgnoredParam, b: IgnoredParam) => a.key === b.key && a.value === b.value && a.reason === b.reason;

function mergeNotices(current: IgnoredParam[], added: readonly IgnoredParam[]): IgnoredParam[] {
  const fresh = added.filter((notice, i) => !current.some((c) => sameNotice(c, notice)) && added.findIndex((n) => sameNotice(n, notice)) === i);
  if (fresh.length === 0) return current;
  return [...current, ...fresh].slice(0, MAX_IGNORED * 2);
}

function initialState(): Pick<ViewStore, 'view' | 'historyMode' | 'notices' | 'catalogIndex'> {
  return { view: cloneView(DEFAULT_VIEW), historyMode: 'push', notices: [], catalogIndex: null };
}

export const useViewStore = create<ViewStore>()((set, get) => {
  /**
   * Applies a candidate view: reconciles it with the catalog (reporting what was left out only
   * when asked) and sets it unless it equals the current view.
   */
  const commit = (candidate: ViewState, history: HistoryMode = 'push', report = false) => {
    const { view, catalogIndex: index, notices } = get();
    let next = candidate;
    let dropped: IgnoredParam[] = [];
    if (index) ({ view: next, ignored: dropped } = reconcileView(candidate, index.catalog));
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
    ...settersOf(update),
    replaceView: (view, options) => commit(isValidView(view) ? cloneView(view) : sanitizeView(view), options?.history, true),
    setCatalog: (catalog) => {
      const index = catalog ? catalogIndex(catalog) : null;
      if (index === get().catalogIndex) return;
      set({ catalogIndex: index });
      if (index) commit(get().view, 'replace', true);
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
