/**
 * The rows of the table for a series' level: the peopled countries, or the units of a level below
 * (regions, states), each with the country it lies in where a country has its world region. Pure.
 */
import type { LevelId } from '../../contract/levels';
import type { Catalog, Country } from '../../contract/schema';
import { catalogIndex } from '../../data/catalogIndex';
import { peopledCountries } from '../../data/peopled';

export function tablePlaces(catalog: Catalog, level: LevelId): Country[] {
  if (level === 'country') return peopledCountries(catalog.geographies.countries);
  const index = catalogIndex(catalog);
  return index.unitsAt(level).map((unit) => ({
    id: unit.id,
    name: unit.name,
    // The second column names the unit's country (not a region id: the table shows it as it is).
    region: index.countryName(unit.country),
    subregion: index.country(unit.country)?.subregion ?? '',
  }));
}
