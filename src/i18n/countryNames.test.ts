import frNames from 'i18n-iso-countries/langs/fr.json';
import { describe, expect, it, vi } from 'vitest';
import { countryName, registerCountryNames } from './countryNames';

describe('countryName', () => {
  it('names a country by its ISO3 code in English, with the official (first) name where the package lists several', () => {
    expect(countryName('DEU', 'en')).toBe('Germany');
    expect(countryName('USA', 'en')).toBe('United States of America');
    expect(countryName('XKX', 'en')).toBe('Kosovo');
  });

  it('has no name for a code the package does not know, nor for a language not loaded yet', async () => {
    expect(countryName('WLD', 'en')).toBeNull();
    // Fresh modules: other test files in the same worker may have loaded Spanish already.
    vi.resetModules();
    const fresh = await import('./countryNames');
    expect(fresh.countryName('DEU', 'es')).toBeNull();
  });

  it('names countries in a language once its names are registered', () => {
    registerCountryNames(frNames);
    expect(countryName('DEU', 'fr')).toBe('Allemagne');
  });
});
