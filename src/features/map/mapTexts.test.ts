import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import type { TFunction } from '../../i18n/useT';
import { mapTexts } from './mapTexts';

const t: TFunction = (key, params) => translate('en', key, params);
const base = { indicator: 'International migrant stock', ties: false, focusName: 'Mexico' };

describe('the words of the map', () => {
  it('name the breakdown of the figures per country and between two countries, in the title and in each tooltip', () => {
    expect(mapTexts(t, { ...base, role: null, breakdown: 'Sex: Female' })).toEqual({
      subject: 'International migrant stock (Sex: Female)',
      context: null,
    });
    expect(mapTexts(t, { ...base, role: 'origin', breakdown: 'Sex: Male' })).toEqual({
      subject: 'Migrants from Mexico by country of residence (Sex: Male)',
      context: 'Migrants from Mexico living here (Sex: Male)',
    });
    expect(mapTexts(t, { ...base, role: 'destination', focusName: 'United States', breakdown: 'Sex: Female' })).toEqual({
      subject: 'Migrants in United States by country of origin (Sex: Female)',
      context: 'Migrants from here living in United States (Sex: Female)',
    });
  });

  it('say nothing of a breakdown for the total, and speak of ties, never migrants, for an index of ties', () => {
    expect(mapTexts(t, { ...base, role: 'destination', breakdown: null }).subject).toBe('Migrants in Mexico by country of origin');
    expect(mapTexts(t, { ...base, role: 'destination', ties: true, breakdown: null })).toEqual({
      subject: 'Ties of Mexico with other countries',
      context: 'Ties with Mexico: index of ties (relative), not a number of migrants',
    });
  });
});
