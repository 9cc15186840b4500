import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import esNames from 'i18n-iso-countries/langs/es.json';
import frNames from 'i18n-iso-countries/langs/fr.json';
import type { Language } from '../state/viewState';

countries.registerLocale(enNames);
countries.registerLocale(frNames);
countries.registerLocale(esNames);

/** Codes the package does not know, with the names it has under another code. */
const ALIASES: Record<string, string> = { XKX: 'XK' };

/** The short name of a country in the language, or null when the package does not know it. */
export function countryName(iso3: string, lang: Language): string | null {
  const code = ALIASES[iso3] ?? iso3;
  return countries.getName(code, lang) ?? null;
}
