import { describe, expect, it } from 'vitest';
import { bornInMexico, levelsCatalog, REGIONAL_CENSUS } from '../../../mocks/fixtures/levels';
import { readCsvDocument } from './readCsvDocument.test-utils';
import { buildCsv, type ExportContext } from './exportData';

const indicator = levelsCatalog.indicators[0]!;

function context(overrides: Partial<ExportContext> = {}): ExportContext {
  return {
    catalog: levelsCatalog,
    indicator,
    source: levelsCatalog.sources.find((s) => s.id === 'regional-census')!,
    slice: 'total',
    series: REGIONAL_CENSUS,
    period: '2020',
    selected: ['DE11'],
    link: 'https://lens.example/?level=nuts2&year=2020',
    today: '2026-12-03',
    unitLabel: 'persons',
    lang: 'en',
    ...overrides,
  };
}

describe('CSV exports below the country level', () => {
  it('data shown: one row per region with its code, name and country; the header says the level and its boundaries', () => {
    const { header, columns, rows } = readCsvDocument(buildCsv(context(), 'shown'));
    expect(header.get('level')).toBe('NUTS-2 regions (nuts2; codes: NUTS 2024)');
    expect(header.get('boundaries')).toBe('© EuroGeographics for the administrative boundaries');
    expect(header.get('rows')).toBe('one per unit of the level, at the period above; value empty where none');
    expect(columns).toEqual(['code', 'name', 'country', 'period', 'value', 'lower', 'upper', 'flag', 'selected']);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ['DE21', 'Oberbayern', 'Germany', '2020', '1120000'],
      ['DE11', 'Stuttgart', 'Germany', '2020', '760000'],
      ['FR10', 'Ile-de-France', 'France', '2020', ''],
    ]);
  });

  it('full series of people born in a country, by US state: the states with their country, not the focus country', () => {
    const { header, columns, rows } = readCsvDocument(
      buildCsv(
        context({
          source: levelsCatalog.sources.find((s) => s.id === 'fb-states')!,
          series: bornInMexico('fb-states'),
          focus: { role: 'origin', geo: 'MEX', name: 'Mexico' },
        }),
        'full',
      ),
    );
    expect(header.get('level')).toBe('US states (us-state; codes: US Census FIPS state codes)');
    expect(header.get('focus')).toBe('migrants from Mexico (origin MEX)');
    expect(columns).toEqual(['code', 'name', 'country', 'period', 'value', 'lower', 'upper', 'flag']);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['04', 'Arizona', 'United States'],
      ['06', 'California', 'United States'],
      ['12', 'Florida', 'United States'],
      ['17', 'Illinois', 'United States'],
      ['48', 'Texas', 'United States'],
    ]);
  });
});
