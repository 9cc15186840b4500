import { describe, expect, it } from 'vitest';
import { languageFromBrowser } from './initialLanguage';

describe('languageFromBrowser', () => {
  it('takes the first preferred language the app speaks', () => {
    expect(languageFromBrowser('', ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(languageFromBrowser('?year=2020', ['es-419'])).toBe('es');
    expect(languageFromBrowser('', ['EN-gb'])).toBe('en');
  });
  it('lets a link that names a language win', () => {
    expect(languageFromBrowser('?lang=en', ['fr'])).toBeNull();
    expect(languageFromBrowser('?year=2020&lang=es', ['fr'])).toBeNull();
  });
  it('gives nothing when no preferred language is spoken', () => {
    expect(languageFromBrowser('', ['de', 'zh-Hans'])).toBeNull();
    expect(languageFromBrowser('', [])).toBeNull();
  });
});
