import { describe, expect, it } from 'vitest';
import { matchCountries } from './countryMatch';

const countries = [
  { id: 'CIV', name: "Côte d'Ivoire", region: 'africa', subregion: 'western-africa' },
  { id: 'DEU', name: 'Germany', region: 'europe', subregion: 'western-europe' },
  { id: 'NER', name: 'Niger', region: 'africa', subregion: 'western-africa' },
  { id: 'NGA', name: 'Nigeria', region: 'africa', subregion: 'western-africa' },
  { id: 'PNG', name: 'Papua New Guinea', region: 'oceania', subregion: 'melanesia' },
  { id: 'GIN', name: 'Guinea', region: 'africa', subregion: 'western-africa' },
];

describe('matchCountries', () => {
  it('ranks names that start with the query before names with a matching word', () => {
    expect(matchCountries(countries, 'gu').map((c) => c.id)).toEqual(['GIN', 'PNG']);
  });
  it('ignores case and accents', () => {
    expect(matchCountries(countries, 'COTE').map((c) => c.id)).toEqual(['CIV']);
  });
  it('finds a country by its ISO3 code first', () => {
    expect(matchCountries(countries, 'nga').map((c) => c.id)).toEqual(['NGA']);
    expect(matchCountries(countries, 'deu')[0]?.id).toBe('DEU');
  });
  it('orders equal matches alphabetically and respects the limit', () => {
    expect(matchCountries(countries, 'nig').map((c) => c.id)).toEqual(['NER', 'NGA']);
    expect(matchCountries(countries, 'n', 2)).toHaveLength(2);
  });
  it('returns nothing for an empty or blank query', () => {
    expect(matchCountries(countries, '   ')).toEqual([]);
  });
});
