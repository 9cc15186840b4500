import type { Catalog, Country, Region } from '../../../src/contract/schema';
import type { LevelBoundaries } from '../../geo/levels';
import { withRegionTexts } from '../../shared/catalogTexts';
import type { Boundaries } from '../../geo/boundaries';
import type { GeoResolver } from '../codes';
import { BuildError } from './buildError';
import { byText } from './columns';

/** The map's countries, plus any country with data that has no shape, with their regions. */
export function geographies(
  boundaries: Boundaries,
  resolver: GeoResolver,
  withData: ReadonlySet<string>,
): { countries: Country[]; regions: Region[] } {
  const countries = [...boundaries.countries];
  const regions = [...boundaries.regions];
  const regionIds = new Set(regions.map((r) => r.id));
  const present = new Set(countries.map((c) => c.id));
  for (const id of [...withData].sort()) {
    if (present.has(id)) continue;
    const info = resolver.country(id);
    if (!info) throw new BuildError(`country ${id} has data but no entry in the country table`);
    countries.push({ id, name: info.name, region: info.region, subregion: info.subregion });
    if (!regionIds.has(info.region)) {
      regions.push({ id: info.region, name: info.regionName, parent: null });
      regionIds.add(info.region);
    }
    if (!regionIds.has(info.subregion)) {
      regions.push({ id: info.subregion, name: info.subregionName, parent: info.region });
      regionIds.add(info.subregion);
    }
  }
  countries.sort((a, b) => byText(a.id, b.id));
  return { countries, regions: regions.map(withRegionTexts) };
}

/** The catalog's levels below the country and their units (every unit with a shape, with or without figures); nothing without levels. */
export function levelGeographies(levels: readonly LevelBoundaries[]): Pick<Catalog['geographies'], 'levels' | 'units'> {
  if (levels.length === 0) return {};
  return { levels: levels.map((l) => l.entry), units: levels.flatMap((l) => l.units) };
}
