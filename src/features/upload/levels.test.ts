import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../contract/schema';
import { parseSeries } from '../../contract/validate';
import { mergeCatalog } from '../../data/localSources';
import { translate } from '../../i18n/translate';
import type { TFunction } from '../../i18n/useT';
import { buildLocalSource } from './buildSource';
import { createCountryResolver } from './countryResolver';
import { buildCountryTable } from './countryTable';
import { createCsvParser } from './csvParser';
import { issueText } from './uploadModel';

const demo = JSON.parse(readFileSync('mocks/demo-data/catalog.json', 'utf8')) as Catalog;
const resolver = createCountryResolver(buildCountryTable(demo.geographies.countries, 'en', demo.geographies.units));
const t: TFunction = (key, params) => translate('en', key, params);

function parse(lines: string[]) {
  const parser = createCsvParser(resolver);
  parser.push(lines.join('\n'));
  return parser.finish();
}
const rows = (r: ReturnType<typeof parse>) => r.columns.geo.map((geo, i) => `${geo} ${r.columns.period[i]}`).sort();
const problems = (r: ReturnType<typeof parse>) => r.issues.map((i) => [i.line, i.value, issueText(t, i)]);

describe('a file of regions or states', () => {
  it('reads US states by postal code, FIPS code and name, "CA" as California when the other rows are states', () => {
    const r = parse(['geo,year,value', 'TX,2020,1', 'CA,2020,2', 'ny,2020,3', '6,2021,4', 'Florida,2020,5', 'GA,2020,6']);
    expect(r.level).toBe('us-state');
    expect(rows(r)).toEqual(['06 2020', '06 2021', '12 2020', '13 2020', '36 2020', '48 2020']);
    expect(r.dropped).toBe(0);
  });

  it('reads "CA" as Canada when the other rows are countries', () => {
    const r = parse(['country,year,value', 'FR,2020,1', 'CA,2020,2', 'Georgia,2020,3', 'MEX,2020,4']);
    expect(r.level).toBe('country');
    expect(rows(r)).toEqual(['CAN 2020', 'FRA 2020', 'GEO 2020', 'MEX 2020']);
  });

  it('reads places that could be either as states when the column header names states', () => {
    const r = parse(['state,year,value', 'CA,2020,1', 'DE,2020,2', 'GA,2020,3', 'PA,2020,4']);
    expect(r.level).toBe('us-state');
    expect(rows(r)).toEqual(['06 2020', '10 2020', '13 2020', '42 2020']);
    const fips = parse(['STATEFP,year,value', '12,2020,1', '4,2020,2']);
    expect(rows(fips)).toEqual(['04 2020', '12 2020']);
    // Without such a header, the same rows are countries (Canada, Germany, Gabon, Panama).
    expect(rows(parse(['geo,year,value', 'CA,2020,1', 'DE,2020,2', 'GA,2020,3', 'PA,2020,4']))).toEqual([
      'CAN 2020',
      'DEU 2020',
      'GAB 2020',
      'PAN 2020',
    ]);
  });

  it('reads NUTS-2 codes in any case and leaves out, by line, the rows of another level', () => {
    const r = parse(['geo,year,value', 'de11,2020,1', 'EL30,2020,2', 'FRA,2020,3', 'DE111,2020,4', 'ITC4,2021,5']);
    expect(r.level).toBe('nuts2');
    expect(r.columns.geo).toEqual(['DE11', 'EL30', 'ITC4']);
    expect(r.dropped).toBe(2);
    expect(problems(r)).toEqual([
      [4, 'FRA', 'a country, while the file’s other rows are NUTS-2 regions'],
      [5, 'DE111', 'a NUTS-3 region, while the file’s other rows are NUTS-2 regions'],
    ]);
  });

  it('names unknown regions and states by row, with the closest of the file’s level to take', () => {
    const states = parse(['geo,year,value', 'TX,2020,1', 'Californa,2020,2', 'NY,2020,3']);
    expect(problems(states)).toEqual([[3, 'Californa', 'region or state not recognised']]);
    expect(states.unknownCountries[0]).toMatchObject({ raw: 'Californa', suggestions: [{ id: '06', name: 'California' }] });
    const nuts = parse(['geo,year,value', 'DE11,2020,1', 'DE1Z,2020,2']);
    expect(problems(nuts)).toEqual([[3, 'DE1Z', 'region or state not recognised']]);
    expect(nuts.unknownCountries[0]!.suggestions.map((s) => s.id)).toEqual(['DE11', 'DE12', 'DE13']);
    // Aggregate codes shaped like NUTS-2 codes stay groups.
    expect(problems(parse(['geo,year,value', 'EU27,2020,1', 'DEU,2020,2']))).toEqual([[2, 'EU27', 'a group of countries, not a country']]);
  });

  it('builds a source that declares its level, in its series and in its catalog ref', () => {
    const r = parse(['state,year,value', 'CA,2020,10', 'TX,2020,20', 'NY,2021,30']);
    const indicator = demo.indicators.find((i) => i.id === 'migrant-share')!;
    const { entry } = buildLocalSource(
      r,
      { name: 'State shares', indicator, counts: 'country-of-birth', kind: 'survey', definition: '' },
      { name: 's.csv', bytes: 40 },
    );
    expect(entry.series.level).toBe('us-state');
    expect(parseSeries(entry.series, 's.csv').columns.geo.sort()).toEqual(['06', '36', '48']);
    const merged = mergeCatalog(demo, [entry]);
    expect(merged.indicators.find((i) => i.id === 'migrant-share')!.sources.at(-1)).toEqual({
      id: entry.source.id,
      breakdowns: [],
      level: 'us-state',
    });
    // A catalog without that level leaves the source out.
    const countriesOnly = { ...demo, geographies: { ...demo.geographies, levels: [], units: [] } };
    expect(mergeCatalog(countriesOnly, [entry]).sources.some((s) => s.id === entry.source.id)).toBe(false);
  });
});
