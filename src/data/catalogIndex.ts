/**
 * Lookups in a catalog by id, with the defaults and fallbacks a view gets: the one place that
 * says which indicator and source are shown when a view names none, or one the catalog does not
 * have. Pure; built once per catalog object.
 */
import type { Catalog, Country, Indicator, Source } from '../contract/schema';
import { memoByObject } from '../lib/memoByObject';
import { DEFAULT_VIEW } from '../state/viewState';

/** An indicator's entry for one of its sources: the breakdowns that source has for it. */
export type SourceRef = Indicator['sources'][number];

export interface CatalogIndex {
  readonly catalog: Catalog;
  indicator(id: unknown): Indicator | undefined;
  /**
   * The indicator a view shows for an id: that one when the catalog has it, else the default
   * view's, else the catalog's first (undefined only for a catalog without indicators).
   */
  indicatorOrFallback(id: unknown): Indicator | undefined;
  source(id: unknown): Source | undefined;
  /** The indicator's entry for a source; for null, its default source's (the first it lists). */
  sourceRef(indicator: Indicator, sourceId: string | null): SourceRef | undefined;
  /** The sources that give an indicator, its default first. */
  sourcesOf(indicator: Indicator): Source[];
  country(id: unknown): Country | undefined;
  /** The country's name in the catalog, or the code itself when it has none. */
  countryName(id: string): string;
}

/** An indicator's entry for a source; for null, its default source's (the first it lists). */
export function sourceRefOf(indicator: Indicator, sourceId: string | null): SourceRef | undefined {
  return sourceId === null ? indicator.sources[0] : indicator.sources.find((ref) => ref.id === sourceId);
}

/** Lookups take any value (a query key part, a link's id) and find nothing for a non-string. */
function byId<T extends { id: string }>(items: readonly T[]): (id: unknown) => T | undefined {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => (typeof id === 'string' ? map.get(id) : undefined);
}

function build(catalog: Catalog): CatalogIndex {
  const indicator = byId(catalog.indicators);
  const source = byId(catalog.sources);
  const country = byId(catalog.geographies.countries);
  const fallback = indicator(DEFAULT_VIEW.indicator) ?? catalog.indicators[0];
  return {
    catalog,
    indicator,
    indicatorOrFallback: (id) => indicator(id) ?? fallback,
    source,
    sourceRef: sourceRefOf,
    sourcesOf: (of) => of.sources.map((ref) => source(ref.id)).filter((s): s is Source => s !== undefined),
    country,
    countryName: (id) => country(id)?.name ?? id,
  };
}

/** The index of a catalog (the same object for the same catalog). */
export const catalogIndex: (catalog: Catalog) => CatalogIndex = memoByObject(build);
