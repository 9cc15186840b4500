/**
 * Fixes a (valid) view against the catalog: what the link asks for but the data does not have
 * is left out and reported with reason 'not-in-catalog'; a source with no figure per country gets
 * the first selected country as its focus. Pure.
 *
 * Not checked here: the period (whether a source has data for it is known only from the
 * series) and the map region (a fixed list).
 */
import { viewBreakdowns } from '../contract/breakdowns';
import type { Catalog, Indicator } from '../contract/schema';
import type { IgnoredParam } from './urlCodec';
import { DEFAULT_VIEW, type ViewState } from './viewState';

export interface ReconciledView {
  /** The input view itself when nothing had to change. */
  view: ViewState;
  ignored: IgnoredParam[];
}

interface CatalogIndex {
  indicators: Map<string, Indicator>;
  countries: Set<string>;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

function indexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = {
      indicators: new Map(catalog.indicators.map((indicator) => [indicator.id, indicator])),
      countries: new Set(catalog.geographies.countries.map((country) => country.id)),
    };
    indexes.set(catalog, index);
  }
  return index;
}

/** The indicator shown when the asked-for one is not in the catalog. */
export function fallbackIndicator(catalog: Catalog): Indicator | undefined {
  return indexOf(catalog).indicators.get(DEFAULT_VIEW.indicator) ?? catalog.indicators[0];
}

export function reconcileView(view: ViewState, catalog: Catalog): ReconciledView {
  const index = indexOf(catalog);
  const ignored: IgnoredParam[] = [];
  const drop = (key: string, value: string) => ignored.push({ key, value, reason: 'not-in-catalog' });

  let indicator = index.indicators.get(view.indicator);
  if (!indicator) {
    indicator = fallbackIndicator(catalog);
    // An empty catalog has nothing to fall back on: leave the view alone.
    if (!indicator) return { view, ignored };
    drop('indicator', view.indicator);
  }
  const sources = new Map(indicator.sources.map((source) => [source.id, source]));

  let source = view.source;
  if (source !== null && !sources.has(source)) {
    drop('source', source);
    source = null;
  }

  let slice = view.slice;
  const sourceRef = source === null ? indicator.sources[0] : sources.get(source);
  const breakdowns = viewBreakdowns(sourceRef);
  if (slice !== 'total' && !breakdowns.includes(slice)) {
    drop('slice', slice);
    slice = 'total';
  }

  const countries = view.countries.filter((code) => {
    const known = index.countries.has(code);
    if (!known) drop('countries', code);
    return known;
  });

  let od = view.map.od;
  if (od !== null && (!indicator.bilateral || !index.countries.has(od.focus))) {
    drop('od', `${od.role}~${od.focus}`);
    od = null;
  }
  // A source with figures between pairs of countries only shows them for one focus country:
  // the first selected country, until one is chosen.
  if (od === null && sourceRef?.total === false && countries[0] !== undefined) od = { role: 'destination', focus: countries[0] };

  const compareSide = (side: string | null) => {
    if (side === null || sources.has(side)) return side;
    drop('compare', side);
    return null;
  };
  const compare = { a: compareSide(view.compare.a), b: compareSide(view.compare.b) };

  let about = view.about;
  if (about !== null && !catalog.sources.some((s) => s.id === about)) {
    drop('about', about);
    about = null;
  }

  if (ignored.length === 0 && od === view.map.od) return { view, ignored };
  return {
    view: {
      ...view,
      indicator: indicator.id,
      source,
      slice,
      countries: countries.length === view.countries.length ? view.countries : countries,
      map: od === view.map.od ? view.map : { ...view.map, od },
      compare: compare.a === view.compare.a && compare.b === view.compare.b ? view.compare : compare,
      about,
    },
    ignored,
  };
}
