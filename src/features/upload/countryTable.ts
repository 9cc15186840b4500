import countries from 'i18n-iso-countries';
import esNames from 'i18n-iso-countries/langs/es.json';
import frNames from 'i18n-iso-countries/langs/fr.json';
import type { Country } from '../../contract/schema';
import { countryName, registerCountryNames } from '../../i18n/countryNames';
import type { Language } from '../../state/viewState';
import type { CountryTable } from './countryResolver';

/** Codes outside ISO 3166-1 that statistical offices use for countries. */
const EXTRA_CODES: Record<string, string[]> = {
  GRC: ['EL'], // Eurostat
  GBR: ['UK'], // Eurostat
  XKX: ['XK', 'KOS'], // Kosovo: user-assigned code, IOC code (UNHCR)
  ROU: ['ROM'],
  COD: ['ZAR'],
  TLS: ['TMP'],
};

/** Extra spellings seen in statistical files, by ISO3. */
const EXTRA_NAMES: Record<string, string[]> = {
  COD: ['DR Congo', 'Congo, Dem. Rep.', 'Congo DR', 'République démocratique du Congo', 'República Democrática del Congo', 'Congo-Kinshasa'],
  COG: ['Congo, Rep.', 'Congo-Brazzaville', 'Republic of Congo', 'República del Congo'],
  USA: ['Estados Unidos', 'États-Unis', 'Etats-Unis'],
  GBR: ['Royaume-Uni', 'Reino Unido', 'Britain'],
  KOR: ['Korea, Rep.', 'Corée du Sud', 'Corea del Sur'],
  PRK: ['Korea, Dem. People’s Rep.', 'Corée du Nord', 'Corea del Norte'],
  RUS: ['Russia', 'Russie', 'Rusia'],
  IRN: ['Iran, Islamic Rep.'],
  EGY: ['Egypt, Arab Rep.'],
  VEN: ['Venezuela, RB'],
  SYR: ['Syria', 'Syrie', 'Siria'],
  TUR: ['Türkiye', 'Turkiye', 'Turquie', 'Turquía'],
  CZE: ['Czechia', 'Tchéquie', 'Chequia'],
  XKX: ['Kosovo'],
};

const WORLD_LANGUAGES: Language[] = ['en', 'fr', 'es'];
// A file may name countries in any of them, whatever the language on screen (which alone is loaded up front).
registerCountryNames(frNames);
registerCountryNames(esNames);

/**
 * The keys a file may use for each catalog country: codes (ISO3, ISO2, numeric, aliases) and names
 * in English, French and Spanish (every variant i18n-iso-countries has), plus the catalog name.
 */
export function buildCountryTable(catalogCountries: readonly Country[], lang: Language): CountryTable {
  return {
    countries: catalogCountries.map((country) => {
      const alpha2 = countries.alpha3ToAlpha2(country.id);
      const numeric = countries.alpha3ToNumeric(country.id);
      const names = new Set<string>([country.name, ...(EXTRA_NAMES[country.id] ?? [])]);
      if (alpha2) {
        for (const language of WORLD_LANGUAGES) {
          const all = countries.getNames(language, { select: 'all' })[alpha2] as string[] | string | undefined;
          for (const name of Array.isArray(all) ? all : all ? [all] : []) names.add(name);
        }
      }
      const codes = [country.id, ...(alpha2 ? [alpha2] : []), ...(numeric ? [numeric] : []), ...(EXTRA_CODES[country.id] ?? [])];
      return { id: country.id, name: countryName(country.id, lang) ?? country.name, names: [...names], codes };
    }),
  };
}
