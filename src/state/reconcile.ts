/**
 * Fixes a (valid) view against the catalog: what the link asks for but the data does not have
 * is left out and reported with reason 'not-in-catalog'; a source with no figure per country gets
 * the first selected country as its focus. The level follows the source: a link's source is shown
 * at its own level, and a level with no source named opens on the indicator's first source there. Pure.
 *
 * Not checked here: the period (whether a source has data for it is known only from the
 * series) and the map region (a fixed list).
 */
import { viewBreakdowns } from '../contract/breakdowns';
import type { Catalog } from '../contract/schema';
import { catalogIndex, focusLevelOfRef, levelOfRef, rolesOfRef } from '../data/catalogIndex';
import type { IgnoredParam } from './urlCodec';
import type { ViewState } from './viewState';

export interface ReconciledView {
  /** The input view itself when nothing had to change. */
  view: ViewState;
  ignored: IgnoredParam[];
}

export function reconcileView(view: ViewState, catalog: Catalog): ReconciledView {
  const index = catalogIndex(catalog);
  const ignored: IgnoredParam[] = [];
  const drop = (key: string, value: string) => ignored.push({ key, value, reason: 'not-in-catalog' });

  const indicator = index.indicatorOrFallback(view.indicator);
  // An empty catalog has nothing to fall back on: leave the view alone.
  if (!indicator) return { view, ignored };
  if (indicator.id !== view.indicator) drop('indicator', view.indicator);
  const givesIndicator = (source: string) => index.sourceRef(indicator, source) !== undefined;

  let source = view.source;
  if (source !== null && !givesIndicator(source)) {
    drop('source', source);
    source = null;
  }
  let level = view.level;
  if (source === null) {
    const atLevel = index.sourceRefsAt(indicator, level)[0];
    if (atLevel === undefined) {
      drop('level', level);
      level = levelOfRef(indicator.sources[0]);
    } else if (atLevel !== indicator.sources[0]) source = atLevel.id;
  } else level = levelOfRef(index.sourceRef(indicator, source));

  let slice = view.slice;
  const sourceRef = index.sourceRef(indicator, source);
  const breakdowns = viewBreakdowns(sourceRef);
  if (slice !== 'total' && !breakdowns.includes(slice)) {
    drop('slice', slice);
    slice = 'total';
  }

  const countries = view.countries.filter((code) => {
    const known = index.isPlace(code);
    if (!known) drop('countries', code);
    return known;
  });

  let od = view.map.od;
  if (
    od !== null &&
    (!indicator.bilateral || index.placeLevel(od.focus) !== focusLevelOfRef(sourceRef) || !rolesOfRef(sourceRef).includes(od.role))
  ) {
    drop('od', `${od.role}~${od.focus}`);
    od = null;
  }
  // A source with figures between pairs of countries only shows them for one focus country:
  // the first selected country, until one is chosen.
  const firstFocus = countries.find((code) => index.placeLevel(code) === focusLevelOfRef(sourceRef));
  if (od === null && sourceRef?.total === false && firstFocus !== undefined)
    od = { role: rolesOfRef(sourceRef).at(-1) ?? 'destination', focus: firstFocus };

  const compareSide = (side: string | null) => {
    if (side === null || (givesIndicator(side) && levelOfRef(index.sourceRef(indicator, side)) === level)) return side;
    drop('compare', side);
    return null;
  };
  const compare = { a: compareSide(view.compare.a), b: compareSide(view.compare.b) };

  let about = view.about;
  if (about !== null && index.source(about) === undefined) {
    drop('about', about);
    about = null;
  }

  let profile = view.profile;
  if (profile !== null && !index.isPlace(profile)) {
    drop('profile', profile);
    profile = null;
  }

  if (ignored.length === 0 && od === view.map.od && level === view.level && source === view.source) return { view, ignored };
  return {
    view: {
      ...view,
      indicator: indicator.id,
      level,
      source,
      slice,
      countries: countries.length === view.countries.length ? view.countries : countries,
      map: od === view.map.od ? view.map : { ...view.map, od },
      compare: compare.a === view.compare.a && compare.b === view.compare.b ? view.compare : compare,
      about,
      profile,
    },
    ignored,
  };
}
