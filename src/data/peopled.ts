import type { Country } from '../contract/schema';

/**
 * The countries that can have figures: every country of the catalog except territories with no
 * permanent population (Antarctica, Bouvet Island, Heard and McDonald Islands…), which are never
 * listed, ranked or counted as "no data".
 */
export function peopledCountries<C extends Pick<Country, 'uninhabited'>>(countries: readonly C[]): C[] {
  return countries.filter((country) => country.uninhabited !== true);
}
