import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixtureSeries } from '../../../mocks/fixtures/dataset';
import type { Series } from '../../contract/schema';
import { readCsvDocument } from './readCsvDocument.test-utils';
import { DELIMITERS, formulaCells } from './formulaCells.test-utils';
import { buildCsv, csvHeader, exportFileName, fileSlug, fullRows, isoDay, shownFilePeriod, shownRows, type ExportContext } from './exportData';

const census = fixtureSeries[0] as Series;
const indicator = fixtureCatalog.indicators[0]!;
const source = fixtureCatalog.sources[0]!;

function context(overrides: Partial<ExportContext> = {}): ExportContext {
  return {
    catalog: fixtureCatalog,
    indicator,
    source,
    slice: 'total',
    series: census,
    period: '2020',
    selected: ['FRA'],
    link: 'https://lens.example/?year=2020&countries=FRA',
    today: '2026-11-02',
    unitLabel: 'persons',
    lang: 'en',
    ...overrides,
  };
}

describe('data shown', () => {
  it('has one row per country as in the Table: value descending, countries without a value last', () => {
    const rows = shownRows(context());
    expect(rows.map((r) => r[0])).toEqual(['USA', 'DEU', 'FRA', 'IND', 'ETH', 'CIV']);
    expect(rows[2]).toEqual(['FRA', 'France', 'Europe', '2020', 8_500_000, null, null, 'provisional', true]);
    expect(rows[5]).toEqual(['CIV', "Côte d'Ivoire", 'Africa', '2020', null, null, null, null, false]);
  });

  it('writes the header block, the columns and the rows', () => {
    const { header, columns, rows } = readCsvDocument(buildCsv(context(), 'shown'));
    expect(header.get('indicator')).toBe('International migrant stock (migrant-stock)');
    expect(header.get('unit')).toBe('persons (persons)');
    expect(header.get('source')).toBe('Census & registers (demo) (census)');
    expect(header.get('publisher')).toBe('Migration Lens test fixture');
    expect(header.get('definition')).toBe(source.definition);
    expect(header.get('licence')).toBe('CC0 1.0');
    expect(header.get('release-date')).toBe('2025-01-15');
    expect(header.get('retrieved')).toBe('2026-11-02');
    expect(header.get('view')).toBe('https://lens.example/?year=2020&countries=FRA');
    expect(header.get('period')).toBe('2020');
    expect(header.get('breakdown')).toBe('total (total)');
    expect(header.get('note')).toMatch(/Demo data/);
    expect(columns).toEqual(['iso3', 'country', 'region', 'period', 'value', 'lower', 'upper', 'flag', 'selected']);
    expect(rows[0]).toEqual(['USA', 'United States', 'Americas', '2020', '50600000', '', '', '', 'false']);
    expect(rows).toHaveLength(6);
  });

  it('leaves the focus country out in origin–destination mode and says so', () => {
    const ctx = context({ focus: { role: 'destination', geo: 'DEU', name: 'Germany' } });
    expect(shownRows(ctx).map((r) => r[0])).not.toContain('DEU');
    expect(new Map(csvHeader(ctx, 'shown')).get('focus')).toBe('migrants in Germany (destination DEU)');
  });

  it('calls the figures of an index of ties ties, not migrants', () => {
    const ctx = context({ source: { ...source, counts: 'ties' }, focus: { role: 'destination', geo: 'DEU', name: 'Germany' } });
    expect(new Map(csvHeader(ctx, 'shown')).get('focus')).toBe(
      'ties of Germany (DEU) with each country: an index of ties (relative), not a number of migrants',
    );
  });

  it('is empty without a period', () => {
    expect(shownRows(context({ period: null }))).toEqual([]);
  });
});

describe('full series', () => {
  it('has every observation, by country then period, with the period range in the header', () => {
    const rows = fullRows(context());
    expect(rows).toHaveLength(census.columns.geo.length);
    expect(rows.slice(0, 2)).toEqual([
      ['DEU', 'Germany', '2015', 12_000_000, null, null, null],
      ['DEU', 'Germany', '2020', 15_800_000, null, null, null],
    ]);
    expect(new Map(csvHeader(context(), 'full')).get('period')).toBe('2015/2020');
  });
});

describe('hostile names and catalog texts', () => {
  // An uploaded file's default source name is its file name; the rest comes from a data server's catalog.
  const hostileSource = {
    ...source,
    name: "report;=cmd|' calc'!A0",
    publisher: 'Census;=HYPERLINK("http://evil.example","click")',
    licence: 'Office;@SUM(1+1)',
    definition: 'Born abroad\t=1+1',
    caveats: ['Estimates; -2+3', 'Revised,\t+cmd'],
  };
  const hostileCatalog = {
    ...fixtureCatalog,
    geographies: {
      ...fixtureCatalog.geographies,
      countries: fixtureCatalog.geographies.countries.map((c) => (c.id === 'DEU' ? { ...c, name: 'Germany;=1+1' } : c)),
    },
  };
  const { geo, period } = census.columns;
  const negative: Series = {
    ...census,
    columns: { ...census.columns, value: census.columns.value.map((v, i) => (geo[i] === 'DEU' && period[i] === '2020' ? -1200 : v)) },
  };
  const hostile = context({
    catalog: hostileCatalog,
    source: hostileSource,
    indicator: { ...indicator, label: 'Stock;@A1', description: 'All ages;\t=2' },
    series: negative,
  });

  it('give no formula cell in "data shown" of the Table with several periods either', () => {
    const text = buildCsv({ ...hostile, tablePeriods: 'all' }, 'shown');
    expect(formulaCells(text)).toEqual([]);
    const { columns, rows } = readCsvDocument(text);
    expect(columns).toEqual(['iso3', 'country', '2015', '2020', 'change', 'change_pct', 'selected']);
    expect(rows.find((row) => row[0] === 'DEU')).toEqual(['DEU', "Germany;'=1+1", '12000000', '-1200', '-12001200', '-100.01', 'false']);
  });

  it.each(['shown', 'full'] as const)('give no formula cell when any line of "%s" is split at a comma, a semicolon or a tab', (kind) => {
    const text = buildCsv(hostile, kind);
    expect(DELIMITERS).toEqual([',', ';', '\t']);
    expect(formulaCells(text)).toEqual([]);
    // The text is still there, guarded, and negative numbers stay numbers.
    const { header, rows } = readCsvDocument(text);
    expect(header.get('source')).toBe("report;'=cmd|' calc'!A0 (census)");
    expect(header.get('definition')).toBe("Born abroad\t'=1+1");
    expect(rows.some((row) => row.includes('-1200'))).toBe(true);
    expect(rows.find((row) => row[0] === 'DEU')?.[1]).toBe("Germany;'=1+1");
  });
});

describe('data shown on the Table with several periods', () => {
  it('has the columns on screen: each period, the change and the % change, in the Table’s order (last period, largest first)', () => {
    const { header, columns, rows } = readCsvDocument(buildCsv(context({ tablePeriods: 'all' }), 'shown'));
    expect(columns).toEqual(['iso3', 'country', '2015', '2020', 'change', 'change_pct', 'selected']);
    expect(rows.map((r) => r[0])).toEqual(['USA', 'DEU', 'FRA', 'IND', 'ETH', 'CIV']);
    expect(rows[1]).toEqual(['DEU', 'Germany', '12000000', '15800000', '3800000', '31.67', 'false']);
    expect(rows[2]).toEqual(['FRA', 'France', '7900000', '8500000', '600000', '7.59', 'true']);
    expect(rows[4]).toEqual(['ETH', 'Ethiopia', '1100000', '1090000', '-10000', '-0.91', 'false']);
    expect(rows[5]).toEqual(['CIV', "Côte d'Ivoire", '', '', '', '', 'false']);
    // The existing header block, with the span of the columns as the period, and what the columns mean.
    expect(header.get('period')).toBe('2015/2020');
    expect(header.get('source')).toBe('Census & registers (demo) (census)');
    expect(header.get('rows')).toMatch(/a column per period.*change_pct/);
  });

  it('shows only the periods of a range, with no change for a single one', () => {
    const { header, columns, rows } = readCsvDocument(buildCsv(context({ tablePeriods: { from: '2016', to: '2024' } }), 'shown'));
    expect(columns).toEqual(['iso3', 'country', '2020', 'change', 'change_pct', 'selected']);
    expect(rows[0]).toEqual(['USA', 'United States', '50600000', '', '', 'false']);
    expect(header.get('period')).toBe('2020');
  });

  it('leaves "full series" and the single-period table as they were', () => {
    expect(buildCsv(context({ tablePeriods: 'all' }), 'full')).toBe(buildCsv(context(), 'full'));
    expect(buildCsv(context({ tablePeriods: null }), 'shown')).toBe(buildCsv(context(), 'shown'));
  });
});

describe('file names', () => {
  it('say what is inside', () => {
    expect(exportFileName({ indicator: 'migrant-stock', source: 'census', period: '2020', extension: 'csv' })).toBe(
      'migration-lens_migrant-stock_census_2020.csv',
    );
    expect(exportFileName({ indicator: 'migrant-stock', source: 'census', slice: 'total', period: 'all-periods', extension: 'csv' })).toBe(
      'migration-lens_migrant-stock_census_all-periods.csv',
    );
    expect(
      exportFileName({
        panel: 'map',
        indicator: 'migrant-stock',
        source: 'census',
        slice: 'sex-female',
        focus: { role: 'origin', geo: 'SYR' },
        period: '2020-03',
        extension: 'png',
      }),
    ).toBe('migration-lens_map_migrant-stock_census_sex-female_origin-syr_2020-03.png');
  });

  it('name the Table’s period columns in "data shown"', () => {
    expect(shownFilePeriod('2020', null)).toBe('2020');
    expect(shownFilePeriod('2020', { from: '2000', to: '2020-06' })).toBe('2000-2020-06');
    expect(shownFilePeriod('2020', 'all')).toBe('all-periods');
  });

  it('keep only safe characters whatever the ids say', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.string()), (a, b, c) => {
        const name = exportFileName({ indicator: a, source: b, period: c, extension: 'svg' });
        expect(name).toMatch(/^migration-lens(_[a-z0-9-]+)*\.svg$/);
        expect(name.length).toBeLessThan(200);
      }),
    );
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileSlug('Côte d’Ivoire')).toBe('cote-d-ivoire');
  });

  it('date the retrieval in local time', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
