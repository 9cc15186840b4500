import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../state/viewState';
import { en, type MessageKey } from './en';
import { LOADING_TEXT, loadLanguage, messagesOf } from './languages';
import { translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as MessageKey[];

describe('languages before they are loaded', () => {
  it('English is there at once; French shows English until it arrives, then French', async () => {
    // Node test files share a worker (isolate: false), and another may have loaded French already.
    vi.resetModules();
    const { languageStatus, loadLanguage } = await import('./languages');
    const { translate } = await import('./translate');
    const { countryName } = await import('./countryNames');
    expect(languageStatus('en')).toBe('ready');
    expect(languageStatus('fr')).toBe('idle');
    expect(translate('fr', 'filters.removeCountry', { name: 'Germany' })).toBe('Remove Germany');
    const loading = loadLanguage('fr');
    expect(languageStatus('fr')).toBe('loading');
    await loading;
    expect(languageStatus('fr')).toBe('ready');
    expect(translate('fr', 'filters.removeCountry', { name: 'Allemagne' })).toBe('Retirer Allemagne');
    expect(countryName('DEU', 'fr')).toBe('Allemagne');
  });
});

describe('message catalogs', () => {
  beforeAll(() => Promise.all(LANGUAGES.map(loadLanguage)));

  for (const lang of LANGUAGES) {
    it(`${lang} has every key, with the same placeholders as English`, () => {
      const catalog = messagesOf(lang) ?? {};
      const missing = keys.filter((key) => typeof catalog[key] !== 'string' || catalog[key]?.trim() === '');
      expect(missing, `keys missing in ${lang}`).toEqual([]);
      const mismatched = keys.filter((key) => placeholders(catalog[key] ?? '').join() !== placeholders(en[key]).join());
      expect(mismatched, `placeholders that differ in ${lang}`).toEqual([]);
      const extra = Object.keys(catalog).filter((key) => !(key in en));
      expect(extra, `keys in ${lang} that English does not have`).toEqual([]);
    });

    it(`${lang}: the loading line shown before its messages arrive is its own`, () => {
      expect(LOADING_TEXT[lang]).toBe(messagesOf(lang)?.['state.loading']);
    });
  }

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'filters.removeCountry', { name: 'Allemagne' })).toBe('Retirer Allemagne');
    expect(translate('es', 'state.error', {})).toBe('No se pudo cargar {what}.');
  });
});
