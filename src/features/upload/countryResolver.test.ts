import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../contract/schema';
import { createCountryResolver } from './countryResolver';
import { buildCountryTable } from './countryTable';
import { testResolver } from './testTable.test-utils';

describe('the upload’s country resolver (the one shared with the pipeline)', () => {
  it('reads the names the pipeline reads', () => {
    const names: [string, string][] = [
      ['Myanmar (Burma)', 'MMR'],
      ['Palestinian Territories', 'PSE'],
      ['Hong Kong SAR China', 'HKG'],
      ['Macao SAR China', 'MAC'],
      ['St. Lucia', 'LCA'],
      ['St. Vincent & Grenadines', 'VCT'],
      ['U.S. Virgin Islands', 'VIR'],
      ['Virgin Islands, U.S.', 'VIR'],
      ['Virgin Islands, British', 'VGB'],
      ['ALLEMAGNE', 'DEU'],
      ['cote d ivoire', 'CIV'],
    ];
    for (const [name, id] of names) expect(testResolver.resolve(name), name).toEqual({ kind: 'country', id });
  });

  it('reads every name the app shows for a country as that country, "Micronesia" too (in a UN table, the region)', () => {
    for (const file of ['public/data/catalog.json', 'mocks/demo-data/catalog.json']) {
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Catalog;
      const resolver = createCountryResolver(buildCountryTable(catalog.geographies.countries, 'en'));
      const wrong = catalog.geographies.countries.filter((c) => {
        const hit = resolver.resolve(c.name);
        return hit.kind !== 'country' || hit.id !== c.id;
      });
      expect(wrong.map((c) => `${file}: ${c.name}`)).toEqual([]);
    }
  });

  it('calls aggregates groups, not unknown countries', () => {
    for (const raw of [
      'EU27',
      'EU27_2020',
      'EU-27',
      'European Union',
      'World',
      'WLD',
      'High income',
      'Sub-Saharan Africa',
      'EA20',
      'OECD',
      'Monde',
    ]) {
      expect(testResolver.resolve(raw), raw).toEqual({ kind: 'aggregate' });
    }
  });

  it('never suggests one of the Virgin Islands for the other', () => {
    for (const raw of ['US Virgin Isles', 'U.S. Virgn Islands', 'Virgin Islands (US)x', 'United States Virgin Isles']) {
      expect(
        testResolver.suggest(raw).map((s) => s.id),
        raw,
      ).not.toContain('VGB');
    }
    for (const raw of ['British Virgin Isles', 'Virgin Islands, Britsh']) {
      expect(
        testResolver.suggest(raw).map((s) => s.id),
        raw,
      ).not.toContain('VIR');
    }
    expect(testResolver.suggest('Virgin Islands, Britsh')[0]?.id).toBe('VGB');
  });
});
