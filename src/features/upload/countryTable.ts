import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import esNames from 'i18n-iso-countries/langs/es.json';
import frNames from 'i18n-iso-countries/langs/fr.json';
import type { Country, GeoUnit } from '../../contract/schema';
import { countryName, registerCountryNames } from '../../i18n/countryNames';
import type { Language } from '../../state/viewState';
import type { CountryTable } from './countryResolver';

const WORLD_LANGUAGES: Language[] = ['en', 'fr', 'es'];
// A file may name countries in any of them, whatever the language on screen (which alone is loaded up front).
for (const names of [enNames, frNames, esNames]) {
  countries.registerLocale(names);
  registerCountryNames(names);
}

/**
 * The keys a file may use for each catalog country: codes (ISO3, ISO2, numeric) and names in
 * English, French and Spanish (every variant i18n-iso-countries has), plus the catalog name, which like the name
 * shown in the app's language means that country even where a group has the same name. The
 * resolver (lib/countries) adds the aliases, spellings and groups it shares with the pipeline.
 */
export function buildCountryTable(catalogCountries: readonly Country[], lang: Language, units: readonly GeoUnit[] = []): CountryTable {
  return {
    // The regions and states of the catalog's levels below the country (NUTS and FIPS codes, US state names and postal codes).
    units: units.flatMap((unit) => (unit.level === 'country' ? [] : [{ id: unit.id, level: unit.level, name: unit.name, country: unit.country }])),
    countries: catalogCountries.map((country) => {
      const alpha2 = countries.alpha3ToAlpha2(country.id);
      const numeric = countries.alpha3ToNumeric(country.id);
      const names = new Set<string>([country.name]);
      if (alpha2) {
        for (const language of WORLD_LANGUAGES) {
          const all = countries.getNames(language, { select: 'all' })[alpha2] as string[] | string | undefined;
          for (const name of Array.isArray(all) ? all : all ? [all] : []) names.add(name);
        }
      }
      const codes = [country.id, ...(alpha2 ? [alpha2] : []), ...(numeric ? [numeric] : [])];
      const name = countryName(country.id, lang) ?? country.name;
      return { id: country.id, name, names: [...names], codes, shown: [country.name, name] };
    }),
  };
}
