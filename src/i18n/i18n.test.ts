import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../state/viewState';
import { en, type MessageKey } from './en';
import { catalogs, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as MessageKey[];

describe('message catalogs', () => {
  for (const lang of LANGUAGES) {
    it(`${lang} has every key, with the same placeholders as English`, () => {
      const catalog = catalogs[lang];
      const missing = keys.filter((key) => typeof catalog[key] !== 'string' || catalog[key]?.trim() === '');
      expect(missing, `keys missing in ${lang}`).toEqual([]);
      const mismatched = keys.filter((key) => placeholders(catalog[key] ?? '').join() !== placeholders(en[key]).join());
      expect(mismatched, `placeholders that differ in ${lang}`).toEqual([]);
      const extra = Object.keys(catalog).filter((key) => !(key in en));
      expect(extra, `keys in ${lang} that English does not have`).toEqual([]);
    });
  }

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'filters.removeCountry', { name: 'Allemagne' })).toBe('Retirer Allemagne');
    expect(translate('es', 'state.error', {})).toBe('No se pudo cargar {what}.');
  });
});
