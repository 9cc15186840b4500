/**
 * The places the filter box finds: the peopled countries at the country level, and below it the
 * units of the view's level, each named with its country ("Stuttgart, Germany") as the map names
 * them. Pure.
 */
import type { LevelId } from '../../contract/levels';
import type { Catalog, Country } from '../../contract/schema';
import { catalogIndex } from '../../data/catalogIndex';
import { peopledCountries } from '../../data/peopled';

export function searchPlaces(catalog: Catalog, level: LevelId): Country[] {
  if (level === 'country') return peopledCountries(catalog.geographies.countries);
  const index = catalogIndex(catalog);
  return index.unitsAt(level).map((unit) => {
    const country = index.country(unit.country);
    return { id: unit.id, name: placeName(catalog, unit.id), region: country?.region ?? '', subregion: country?.subregion ?? '' };
  });
}

/** A country's name, or a unit's with its country's ("Stuttgart, Germany"); the code for a place the catalog lacks. */
export function placeName(catalog: Catalog, id: string): string {
  const index = catalogIndex(catalog);
  const unit = index.unit(id);
  if (!unit) return index.countryName(id);
  const countryName = index.countryName(unit.country);
  // "{place}, {country}" in every language (level.placeIn); a territory listed as a state and as a country is named once.
  return countryName === unit.name ? unit.name : `${unit.name}, ${countryName}`;
}
