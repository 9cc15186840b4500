import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import type { Country } from '../../contract/schema';
import { createCountryResolver, type CountryResolver, type CountryTable } from './countryResolver';
import { buildCountryTable } from './countryTable';

countries.registerLocale(enNames);

/** Every ISO 3166-1 country (as a catalog would list them), with Kosovo. */
export const allCountries: Country[] = [
  ...Object.keys(countries.getAlpha3Codes()).map((id) => ({ id, name: countries.getName(id, 'en') ?? id, region: 'world', subregion: 'world' })),
  { id: 'XKX', name: 'Kosovo', region: 'europe', subregion: 'southern-europe' },
];

export const testTable: CountryTable = buildCountryTable(allCountries, 'en');
export const testResolver: CountryResolver = createCountryResolver(testTable);
