/**
 * Lookups in a catalog by id, with the defaults and fallbacks a view gets: the one place that
 * says which indicator and source are shown when a view names none, or one the catalog does not
 * have. Pure; built once per catalog object.
 */
import { DEFAULT_LEVEL, type LevelId } from '../contract/levels';
import type { Catalog, Country, GeoUnit, Indicator, Level, Source } from '../contract/schema';
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
  /** The name of a country or of a region or state in the catalog, or the code itself when it has none. */
  countryName(id: string): string;
  /** A region or state (a unit below the country level). */
  unit(id: unknown): GeoUnit | undefined;
  /** Whether the catalog knows a code as a country or a unit of a level. */
  isPlace(id: unknown): boolean;
  /** The level of a known place (country or unit). */
  placeLevel(id: unknown): LevelId | undefined;
  /** The country a place lies in: itself for a country, the unit's country for a region or state. */
  placeCountry(id: unknown): string | undefined;
  /** The levels below the country that the catalog lists (with their boundaries). */
  levels: readonly Level[];
  level(id: unknown): Level | undefined;
  /** The units of a level, in catalog order (for country: none; countries are catalog.geographies.countries). */
  unitsAt(level: LevelId): readonly GeoUnit[];
  /** The levels a country has units at (the regions the map can offer when zooming in). */
  levelsIn(country: string): readonly LevelId[];
  /** The levels an indicator has sources at, country first when it has one. */
  levelsOf(indicator: Indicator): LevelId[];
  /** The indicator's sources at a level, its default first. */
  sourceRefsAt(indicator: Indicator, level: LevelId): SourceRef[];
}

/** The level of the units a source's figures are for. */
export const levelOfRef = (ref: SourceRef | undefined): LevelId => ref?.level ?? DEFAULT_LEVEL;
/** The focus roles a bilateral source has files for (both unless it says). */
export const rolesOfRef = (ref: SourceRef | undefined): readonly ('origin' | 'destination')[] => ref?.roles ?? ['origin', 'destination'];
/** The level of a bilateral source's focus units. */
export const focusLevelOfRef = (ref: SourceRef | undefined): LevelId => ref?.focusLevel ?? levelOfRef(ref);

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
  const units = catalog.geographies.units ?? [];
  const unit = byId(units);
  const levels = catalog.geographies.levels ?? [];
  const unitsByLevel = new Map<LevelId, GeoUnit[]>();
  const levelsByCountry = new Map<string, LevelId[]>();
  for (const u of units) {
    const atLevel = unitsByLevel.get(u.level);
    if (atLevel) atLevel.push(u);
    else unitsByLevel.set(u.level, [u]);
    const known = levelsByCountry.get(u.country);
    if (!known) levelsByCountry.set(u.country, [u.level]);
    else if (!known.includes(u.level)) known.push(u.level);
  }
  const placeLevel = (id: unknown): LevelId | undefined => (country(id) ? DEFAULT_LEVEL : unit(id)?.level);
  return {
    catalog,
    indicator,
    indicatorOrFallback: (id) => indicator(id) ?? fallback,
    source,
    sourceRef: sourceRefOf,
    sourcesOf: (of) => of.sources.map((ref) => source(ref.id)).filter((s): s is Source => s !== undefined),
    country,
    countryName: (id) => country(id)?.name ?? unit(id)?.name ?? id,
    unit,
    isPlace: (id) => placeLevel(id) !== undefined,
    placeLevel,
    placeCountry: (id) => (country(id) ? (id as string) : unit(id)?.country),
    levels,
    level: byId(levels),
    unitsAt: (level) => unitsByLevel.get(level) ?? [],
    levelsIn: (code) => levelsByCountry.get(code) ?? [],
    levelsOf: (of) => [...new Set(of.sources.map(levelOfRef))].sort((a, b) => Number(b === DEFAULT_LEVEL) - Number(a === DEFAULT_LEVEL)),
    sourceRefsAt: (of, level) => of.sources.filter((ref) => levelOfRef(ref) === level),
  };
}

/** The index of a catalog (the same object for the same catalog). */
export const catalogIndex: (catalog: Catalog) => CatalogIndex = memoByObject(build);
