import { describe, expect, it } from 'vitest';
import { filterSummaryParts, type FilterSummaryInput } from './filterSummary';

const more = (names: string, count: number) => `${names} +${count}`;
const base: FilterSummaryInput = { indicator: 'Migrant stock', breakdown: null, source: 'Census', period: '2020', countries: [] };

describe('filterSummaryParts', () => {
  it('says indicator, source and period, and leaves the countries out when none is selected', () => {
    expect(filterSummaryParts(base, more)).toEqual(['Migrant stock', 'Census', '2020']);
  });

  it('names up to two countries, then counts the others', () => {
    expect(filterSummaryParts({ ...base, countries: ['Germany'] }, more).at(-1)).toBe('Germany');
    expect(filterSummaryParts({ ...base, countries: ['Germany', 'France'] }, more).at(-1)).toBe('Germany, France');
    expect(filterSummaryParts({ ...base, countries: ['Germany', 'France', 'Italy', 'Spain', 'Chad'] }, more).at(-1)).toBe('Germany, France +3');
  });

  it('puts the breakdown with the indicator and drops a missing period', () => {
    expect(filterSummaryParts({ ...base, breakdown: 'Sex: Female', period: null, countries: ['Chad'] }, more)).toEqual([
      'Migrant stock (Sex: Female)',
      'Census',
      'Chad',
    ]);
  });
});
