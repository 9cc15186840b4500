import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../state/viewState';
import { en as enFirstLoad, type MessageKey, type Messages } from './en';
import { enCompare } from './enCompare';
import { enLevels } from './enLevels';
import { enUpload } from './enUpload';
import { LOADING_TEXT, loadLanguage, messagesOf } from './languages';
import { translate } from './translate';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort();
// Every English text: the first load's and the Compare panel's.
const en: Messages = { ...enFirstLoad, ...enCompare, ...enLevels, ...enUpload };
const keys = Object.keys(en) as MessageKey[];

/** The text with its plural arguments taken out (their braces balanced). */
function withoutPlurals(text: string): string {
  const start = text.search(/\{\w+,\s*plural,/);
  if (start < 0) return text;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return withoutPlurals(text.slice(0, start) + text.slice(i + 1));
  }
  return text;
}

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
      // English: the first load's texts with those the Compare panel brings.
      const catalog = lang === 'en' ? en : (messagesOf(lang) ?? {});
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

  it('French typography: a no-break space before : ; ? ! and inside « », never a plain one', () => {
    const catalog = messagesOf('fr') ?? {};
    const wrong: string[] = [];
    for (const [key, text] of Object.entries(catalog)) {
      const prose = text.replace(/https?:\/\/\S+/g, '');
      if (/(?<![\u202f\u00a0])[:;?!]|«(?![\u202f\u00a0])|(?<![\u202f\u00a0])»/.test(prose)) wrong.push(`${key}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it('plural arguments give each of the language’s categories a form (French "pays" needs none)', () => {
    for (const lang of LANGUAGES) {
      const catalog = messagesOf(lang) ?? {};
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => c === 'one' || c === 'other');
      for (const key of keys) {
        const text = catalog[key] ?? '';
        for (const match of text.matchAll(/\{\w+,\s*plural,(.*)$/g))
          for (const category of categories) expect(match[1], `${lang} ${key}: ${category}`).toMatch(new RegExp(`\\b${category}\\s*\\{`));
      }
    }
  });

  it('no count is said with a fixed plural: "{count} views" is a plural argument', () => {
    const nouns = 'views|countries|rows|sources|pairs|years|periods|files|days|parts|entries|problems|names|lines|warnings|predictions';
    const fixed = keys.filter((key) =>
      new RegExp(
        `\\{(?:count|n|max|total|files|rows|kept|dropped|warnings|days|shown|pairs|over|under|missing)\\} (?:[\\w’]+ ){0,2}(?:${nouns})\\b`,
      ).test(withoutPlurals(en[key])),
    );
    expect(fixed).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'filters.removeCountry', { name: 'Allemagne' })).toBe('Retirer Allemagne');
    expect(translate('es', 'state.error', {})).toBe('No se pudo cargar {what}.');
  });
});
