import type { LocaleData } from 'i18n-iso-countries';
import codes from 'i18n-iso-countries/codes.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import type { Language } from '../state/viewState';

// The package's tables read directly: its index also carries a diacritics table the first load does not need.
const ALPHA2_OF_ALPHA3 = new Map<string, string>((codes as string[][]).map(([alpha2, alpha3]) => [alpha3!, alpha2!]));
const registered = new Map<string, LocaleData['countries']>();

/** Adds a language's country names (from i18n-iso-countries/langs). */
export function registerCountryNames(names: LocaleData): void {
  registered.set(names.locale.toLowerCase(), names.countries);
}

// English is bundled; the other languages' names arrive with their messages (languages.ts).
registerCountryNames(enNames as LocaleData);

/** Codes the package does not know, with the names it has under another code. */
const ALIASES: Record<string, string> = { XKX: 'XK' };

/** The short name of a country in the language, or null when the package does not know it (or the language is not loaded yet). */
export function countryName(iso3: string, lang: Language): string | null {
  const alpha2 = ALIASES[iso3] ?? ALPHA2_OF_ALPHA3.get(iso3.toUpperCase());
  const names = alpha2 === undefined ? undefined : registered.get(lang)?.[alpha2];
  return (Array.isArray(names) ? names[0] : names) ?? null;
}
