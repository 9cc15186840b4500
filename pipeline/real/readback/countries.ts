/**
 * Country codes for the read-back test, found without the pipeline's code module (codes.ts):
 * i18n-iso-countries for codes and the names it knows, and a hand-written list of the spellings of
 * the UN DESA and Eurostat files that it does not know. A name that is neither (a region, the
 * Channel Islands) gives undefined: its figures are not expected as a country's.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

const SPELLINGS: Record<string, string> = {
  // UN DESA 2019 tidy CSV
  'Bolivia (Plurinational State of)': 'BOL',
  'Cabo Verde': 'CPV',
  'China, Hong Kong SAR': 'HKG',
  'China, Macao SAR': 'MAC',
  "Dem. People's Republic of Korea": 'PRK',
  'Holy See': 'VAT',
  'Iran (Islamic Republic of)': 'IRN',
  'Micronesia (Fed. States of)': 'FSM',
  'Republic of Moldova': 'MDA',
  Réunion: 'REU',
  'United States Virgin Islands': 'VIR',
  'Venezuela (Bolivarian Republic of)': 'VEN',
  'Viet Nam': 'VNM',
  'Wallis and Futuna Islands': 'WLF',
  // UN DESA 2020 JSON (short names)
  'British Virgin Islands': 'VGB',
  Brunei: 'BRN',
  'Caribbean Netherlands': 'BES',
  Curacao: 'CUW',
  'DR Congo': 'COD',
  'Falkland Islands': 'FLK',
  'FS Micronesia': 'FSM',
  'Hong Kong SAR': 'HKG',
  Laos: 'LAO',
  'Macao SAR': 'MAC',
  Moldova: 'MDA',
  'Sint Maarten': 'SXM',
  'St. Vincent & Grenadines': 'VCT',
  Syria: 'SYR',
  'U.S. Virgin Islands': 'VIR',
  'Vatican City': 'VAT',
};

/** Eurostat's two-letter codes that are not ISO 3166-1. */
const EUROSTAT_CODES: Record<string, string> = { EL: 'GRC', UK: 'GBR', XK: 'XKX' };

const memo = new Map<string, string | undefined>();

export function iso3OfName(name: string): string | undefined {
  if (!memo.has(name)) {
    const plain = name.replace(/&/g, 'and').replace(/^St\. /, 'Saint ');
    memo.set(name, SPELLINGS[name] ?? countries.getAlpha3Code(name, 'en') ?? countries.getAlpha3Code(plain, 'en'));
  }
  return memo.get(name);
}

export const iso3OfAlpha2 = (code: string): string | undefined => EUROSTAT_CODES[code] ?? countries.alpha2ToAlpha3(code);

/** A UN M49 country code (below 900: the codes from 900 up are UN DESA's groups, which i18n-iso-countries would cut to three digits). */
export const iso3OfM49 = (code: string | number): string | undefined =>
  /^\d{1,3}$/.test(String(code)) ? countries.numericToAlpha3(String(code).padStart(3, '0')) : undefined;

/** An ISO3 code as it is, when it is one (Kosovo's XKX, which the World Bank uses, is not in ISO 3166-1). */
export const iso3OfAlpha3 = (code: string): string | undefined =>
  code === 'XKX' || (/^[A-Z]{3}$/.test(code) && countries.isValid(code)) ? code : undefined;
