import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/languages';
import { translate } from '../i18n/translate';
import { summarizeSelected, summarizeView } from './viewSummary';

beforeAll(() => loadLanguage('fr'));

const values = [
  { name: 'Germany', value: 15_800_000 },
  { name: 'Tuvalu', value: 120 },
  { name: 'Atlantis', value: null },
  { name: 'France', value: 8_500_000 },
];
const input = { indicator: 'International migrant stock', unit: 'persons' as const, unitLabel: 'persons', period: '2020', values };

describe('summarizeView', () => {
  it('names the highest and lowest values and the coverage', () => {
    const { key, params } = summarizeView(input, 'en');
    expect(translate('en', key, params)).toBe(
      'International migrant stock, 2020: highest in Germany (15,800,000 persons), lowest in Tuvalu (120 persons); 3 of 4 countries have a value.',
    );
  });

  it('speaks the language, numbers included', () => {
    const { key, params } = summarizeView({ ...input, indicator: 'Stock de migrants internationaux', unitLabel: 'personnes' }, 'fr');
    const sentence = translate('fr', key, params);
    expect(sentence).toContain('le plus élevé en Germany (15\u202f800\u202f000 personnes)');
    expect(sentence).toContain('3 pays sur 4 ont une valeur');
  });

  it('says when only one country or none has a value', () => {
    const one = summarizeView(
      {
        ...input,
        values: [
          { name: 'France', value: 2.5 },
          { name: 'Spain', value: null },
        ],
        unit: 'percent',
        unitLabel: '% of population',
      },
      'en',
    );
    expect(translate('en', one.key, one.params)).toBe('International migrant stock, 2020: only France has a value (2.5 % of population).');
    const none = summarizeView({ ...input, values: [{ name: 'Spain', value: null }] }, 'en');
    expect(translate('en', none.key, none.params)).toBe('International migrant stock, 2020: no country has a value.');
  });

  it('breaks ties by name and leaves the unit word out for money', () => {
    const tied = summarizeView(
      {
        ...input,
        unit: 'usd',
        unitLabel: 'US dollars',
        values: [
          { name: 'B', value: 5 },
          { name: 'A', value: 5 },
          { name: 'C', value: 1 },
        ],
      },
      'en',
    );
    expect(tied.params).toMatchObject({ highName: 'A', highValue: '$5', lowName: 'C', lowValue: '$1' });
  });

  it('speaks of the ties of a focus country as an index, strongest and weakest, never of people', () => {
    const ties = {
      indicator: 'Social connectedness',
      unit: 'index' as const,
      unitLabel: 'index of ties (relative), not a number of migrants',
      period: '2026',
      tiesOf: 'Germany',
    };
    const range = summarizeView(
      {
        ...ties,
        values: [
          { name: 'Austria', value: 132_496 },
          { name: 'Tuvalu', value: 155 },
          { name: 'Atlantis', value: null },
        ],
      },
      'en',
    );
    expect(translate('en', range.key, range.params)).toBe(
      'Ties of Germany, 2026: strongest with Austria (132,496), weakest with Tuvalu (155); 2 of 3 countries have a value. Values are an index of ties (relative), not a number of migrants.',
    );
    const none = summarizeView({ ...ties, values: [{ name: 'Atlantis', value: null }] }, 'en');
    expect(translate('en', none.key, none.params)).toBe('Ties of Germany, 2026: no country has a value.');
  });
});

describe('summarizeSelected', () => {
  it('names the selected country with its value and unit, or says it has none', () => {
    const selected = summarizeSelected({ name: 'Germany', value: 15_800_000, unit: 'persons', unitLabel: 'persons', period: '2020' }, 'en');
    expect(translate('en', selected.key, selected.params)).toBe('Germany: 15,800,000 persons, 2020.');
    const none = summarizeSelected({ name: 'Tuvalu', value: null, unit: 'persons', unitLabel: 'persons', period: '2020' }, 'fr');
    expect(translate('fr', none.key, none.params)).toBe('Tuvalu\u202f: pas de valeur pour 2020.');
    const money = summarizeSelected({ name: 'India', value: 1_000, unit: 'usd', unitLabel: 'US dollars', period: '2021' }, 'en');
    expect(translate('en', money.key, money.params)).toBe('India: $1,000, 2021.');
  });
});
