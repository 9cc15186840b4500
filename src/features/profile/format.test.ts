import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../i18n/languages';
import { translate } from '../../i18n/translate';
import type { Language } from '../../state/viewState';
import { formatPercent, formatRatio, formatSigned, rankMessage } from './format';

beforeAll(async () => {
  await loadLanguage('fr');
  await loadLanguage('es');
});

const rank = (n: number, of: number, lang: Language) => {
  const message = rankMessage(n, of, lang);
  return translate(lang, message.key, message.params);
};

describe('the profile card’s numbers', () => {
  it('says a rank in each language’s ordinal form', () => {
    expect([1, 2, 3, 4, 8, 11, 21, 22, 23].map((n) => rank(n, 232, 'en'))).toEqual([
      '1st of 232',
      '2nd of 232',
      '3rd of 232',
      '4th of 232',
      '8th of 232',
      '11th of 232',
      '21st of 232',
      '22nd of 232',
      '23rd of 232',
    ]);
    expect([1, 2, 8].map((n) => rank(n, 232, 'fr'))).toEqual(['1er sur 232', '2e sur 232', '8e sur 232']);
    expect([1, 8].map((n) => rank(n, 232, 'es'))).toEqual(['1.º de 232', '8.º de 232']);
    expect(rank(1200, 1500, 'en')).toBe('1,200th of 1,500');
  });

  it('signs changes and percentages, in the language', () => {
    expect(formatSigned(3_800_000, 'persons', 'en')).toBe('+3,800,000');
    expect(formatSigned(-300, 'persons', 'en')).toBe('-300');
    expect(formatSigned(0, 'persons', 'en')).toBe('0');
    expect(formatSigned(1.25, 'percent', 'en')).toBe('+1.3');
    expect(formatSigned(1_000, 'usd', 'en')).toBe('+$1,000');
    expect(formatPercent(0.3167, 'en', true)).toBe('+31.7%');
    expect(formatPercent(-0.25, 'en', true)).toBe('-25%');
    expect(formatPercent(0.72, 'en')).toBe('72%');
    expect(formatPercent(0.72, 'fr')).toBe('72\u00a0%');
    expect(formatRatio(0.7342, 'en')).toBe('0.73');
    expect(formatRatio(12.34, 'fr')).toBe('12,3');
  });
});
