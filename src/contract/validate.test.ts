import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixtureSeries } from '../../mocks/fixtures/dataset';
import { aggregatesCatalog, censusWithAggregates } from '../../mocks/fixtures/aggregates';
import { contractError } from './contractError.test-utils';
import { ContractError } from './errors';
import { parseCatalog, parseSeries } from './validate';

const clone = <T>(value: T): T => structuredClone(value);

describe('parseCatalog', () => {
  it('accepts a catalog that fits the contract', () => {
    const catalog = parseCatalog(clone(fixtureCatalog));
    expect(catalog.sources.map((s) => s.id)).toEqual(['census', 'social-audience', 'model']);
  });

  it('names the file and the field of a payload that does not fit', () => {
    const bad = clone(fixtureCatalog) as unknown as { sources: { kind: string }[] };
    bad.sources[1]!.kind = 'rumour';
    const error = contractError(() => parseCatalog(bad, 'catalog.json'));
    expect(error.file).toBe('catalog.json');
    expect(error.field).toBe('sources.1.kind');
    expect(error.message).toContain('catalog.json: sources.1.kind');
  });

  it('rejects a version it does not speak', () => {
    expect(contractError(() => parseCatalog({ ...clone(fixtureCatalog), contract: 'migration-lens/3' })).field).toBe('contract');
  });

  it('rejects an indicator that names an unknown source', () => {
    const bad = clone(fixtureCatalog);
    bad.indicators[0]!.sources.push({ id: 'ghost', breakdowns: [] });
    expect(contractError(() => parseCatalog(bad)).field).toBe('indicators.0.sources.2.id');
  });

  it('accepts bilateral breakdowns on a bilateral indicator only', () => {
    const catalog = clone(fixtureCatalog);
    const bilateral = catalog.indicators.findIndex((i) => i.bilateral);
    const other = catalog.indicators.findIndex((i) => !i.bilateral);
    catalog.indicators[bilateral]!.sources[0]!.bilateralBreakdowns = ['sex-female'];
    expect(parseCatalog(catalog).indicators[bilateral]!.sources[0]!.bilateralBreakdowns).toEqual(['sex-female']);
    catalog.indicators[other]!.sources[0]!.bilateralBreakdowns = ['sex-female'];
    expect(contractError(() => parseCatalog(catalog)).field).toBe(`indicators.${other}.sources.0.bilateralBreakdowns`);
  });

  it('rejects a source link that is not http(s), so it can never run script', () => {
    const bad = clone(fixtureCatalog) as unknown as { sources: { url: string }[] };
    bad.sources[0]!.url = 'javascript:alert(1)';
    expect(contractError(() => parseCatalog(bad)).field).toBe('sources.0.url');
  });

  it('accepts aggregates beside the countries, and a catalog without them', () => {
    expect(parseCatalog(clone(aggregatesCatalog)).geographies.aggregates?.map((a) => a.id)).toEqual(['WLD', 'EU27_2020']);
    expect(parseCatalog(clone(fixtureCatalog)).geographies.aggregates).toBeUndefined();
  });

  it('refuses an aggregate that is also a country, repeated, of an unknown kind or with an unknown member', () => {
    const asCountry = clone(aggregatesCatalog);
    asCountry.geographies.aggregates![1]!.id = 'DEU';
    const error = contractError(() => parseCatalog(asCountry, 'catalog.json'));
    expect(error.message).toContain('catalog.json: geographies.aggregates.1.id');
    expect(error.reason).toContain(`"DEU" is also a country's id`);

    const repeated = clone(aggregatesCatalog);
    repeated.geographies.aggregates![1]!.id = 'WLD';
    expect(contractError(() => parseCatalog(repeated)).field).toBe('geographies.aggregates.1.id');

    const kind = clone(aggregatesCatalog) as unknown as { geographies: { aggregates: { kind: string }[] } };
    kind.geographies.aggregates[0]!.kind = 'continent';
    expect(contractError(() => parseCatalog(kind)).field).toBe('geographies.aggregates.0.kind');

    const member = clone(aggregatesCatalog);
    member.geographies.aggregates![1]!.members = ['DEU', 'ITA'];
    expect(contractError(() => parseCatalog(member)).field).toBe('geographies.aggregates.1.members.1');

    const code = clone(aggregatesCatalog);
    code.geographies.aggregates![0]!.id = 'world';
    expect(contractError(() => parseCatalog(code)).field).toBe('geographies.aggregates.0.id');
  });

  it('rejects non-objects without throwing anything but a ContractError', () => {
    for (const payload of [null, 42, 'catalog', [], { contract: 'migration-lens/1' }]) {
      expect(() => parseCatalog(payload)).toThrow(ContractError);
    }
  });
});

describe('parseSeries', () => {
  const file = 'series/migrant-stock/census.json';

  it('accepts a series that fits', () => {
    expect(parseSeries(clone(fixtureSeries[0]!), file).columns.geo).toHaveLength(10);
  });

  it('rejects text in a number column, naming the row', () => {
    const bad = clone(fixtureSeries[0]!) as unknown as { columns: { value: unknown[] } };
    bad.columns.value[3] = 'n/a';
    const error = contractError(() => parseSeries(bad, file));
    expect(error.file).toBe(file);
    expect(error.field).toBe('columns.value.3');
  });

  it('rejects columns of different lengths instead of reading undefined as a value', () => {
    const bad = clone(fixtureSeries[0]!);
    bad.columns.value.pop();
    const error = contractError(() => parseSeries(bad, file));
    expect(error.field).toBe('columns.value');
    expect(error.reason).toContain('9 rows where geo has 10');
  });

  it('rejects periods and codes in the wrong form', () => {
    const badPeriod = clone(fixtureSeries[0]!);
    badPeriod.columns.period[0] = '2020-13';
    expect(contractError(() => parseSeries(badPeriod, file)).field).toBe('columns.period.0');
    const badGeo = clone(fixtureSeries[0]!);
    badGeo.columns.geo[1] = 'de';
    expect(contractError(() => parseSeries(badGeo, file)).field).toBe('columns.geo.1');
  });

  it('accepts aggregate rows apart from the countries, and checks them as it checks the countries', () => {
    const series = parseSeries(clone(censusWithAggregates), file);
    expect(series.aggregates?.geo).toEqual(['EU27_2020', 'EU27_2020', 'WLD', 'WLD']);
    expect(series.columns.geo).not.toContain('WLD');

    const short = clone(censusWithAggregates);
    short.aggregates!.period.pop();
    const error = contractError(() => parseSeries(short, file));
    expect(error.message).toContain(`${file}: aggregates.period`);
    expect(error.reason).toContain('3 rows where geo has 4');

    const text = clone(censusWithAggregates) as unknown as { aggregates: { value: unknown[] } };
    text.aggregates.value[2] = 'n/a';
    expect(contractError(() => parseSeries(text, file)).field).toBe('aggregates.value.2');
  });

  it('rejects an unknown flag', () => {
    const bad = clone(fixtureSeries[0]!) as unknown as { columns: { flag: unknown[] } };
    bad.columns.flag[0] = 'guess';
    expect(contractError(() => parseSeries(bad, file)).field).toBe('columns.flag.0');
  });
});
