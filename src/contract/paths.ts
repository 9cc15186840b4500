/** Relative paths of the contract's files under a base URL. */
export const TOTAL_SLICE = 'total';

export const catalogPath = (): string => 'catalog.json';
/** The release files beside the contract (src/contract/release.ts). */
export const manifestPath = (): string => 'manifest.json';
export const changesPath = (): string => 'changes.json';

export function seriesPath(indicator: string, source: string, slice: string = TOTAL_SLICE): string {
  return slice === TOTAL_SLICE ? `series/${indicator}/${source}.json` : `series/${indicator}/${source}/${slice}.json`;
}

/** The directory of one role's bilateral files: the total's under `{source}/`, a breakdown's under `{source}/{slice}/`, as series nest a slice under its source. */
export function bilateralDir(indicator: string, source: string, role: 'origin' | 'destination', slice: string = TOTAL_SLICE): string {
  return slice === TOTAL_SLICE ? `bilateral/${indicator}/${source}/${role}` : `bilateral/${indicator}/${source}/${slice}/${role}`;
}

export function bilateralPath(indicator: string, source: string, role: 'origin' | 'destination', geo: string, slice: string = TOTAL_SLICE): string {
  return `${bilateralDir(indicator, source, role, slice)}/${geo}.json`;
}

/** "sex-female" for the female breakdown of the sex dimension. */
export const sliceId = (dimension: string, value: string): string => `${dimension}-${value}`;

/** The country boundaries (world-atlas shapes, one object "countries", ids ISO3), under the app's base, not the data's. */
export const COUNTRY_BOUNDARIES = 'geo/countries.topo.json';

/**
 * The boundaries file of a level: the country one, or the file a catalog level names (one object
 * "units", ids the units' codes), both under the app's geo/ directory.
 */
export function boundariesPath(level: { boundaries: string } | 'country'): string {
  return level === 'country' ? COUNTRY_BOUNDARIES : `geo/${level.boundaries}`;
}

/** The name of the one object in a boundaries topology. */
export const boundariesObject = (level: 'country' | string): 'countries' | 'units' => (level === 'country' ? 'countries' : 'units');
