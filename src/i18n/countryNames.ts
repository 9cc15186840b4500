import countries, { type LocaleData } from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';
import type { Language } from '../state/viewState';

// English is bundled; the other languages' names arrive with their messages (languages.ts).
countries.registerLocale(enNames);

/** Adds a language's country names (from i18n-iso-countries/langs). */
export function registerCountryNames(names: LocaleData): void {
  countries.registerLocale(names);
}

/** Codes the package does not know, with the names it has under another code. */
const ALIASES: Record<string, string> = { XKX: 'XK' };

/** The short name of a country in the language, or null when the package does not know it (or the language is not loaded yet). */
export function countryName(iso3: string, lang: Language): string | null {
  const code = ALIASES[iso3] ?? iso3;
  return countries.getName(code, lang) ?? null;
}
