import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixtureSeries } from '../../mocks/fixtures/dataset';
import { contractError } from './contractError.test-utils';
import type { Catalog, Series } from './schema';
import { parseCatalog, parseSeries } from './validate';

const clone = <T>(value: T): T => structuredClone(value);

/** The fixture catalog in version 2, with US states and one source of the first indicator at that level. */
function withStates(): Catalog {
  const catalog = clone(fixtureCatalog) as Catalog;
  catalog.contract = 'migration-lens/2';
  catalog.geographies.countries.push({ id: 'USA', name: 'United States', region: 'americas', subregion: 'northern-america' });
  catalog.geographies.levels = [
    { id: 'us-state', name: 'US states', codes: 'US Census FIPS state codes', boundaries: 'us-state.topo.json', attribution: 'US Census Bureau' },
  ];
  catalog.geographies.units = [
    { id: '06', level: 'us-state', name: 'California', country: 'USA' },
    { id: '48', level: 'us-state', name: 'Texas', country: 'USA' },
  ];
  catalog.indicators[0]!.sources[0]!.level = 'us-state';
  return catalog;
}

function stateSeries(): Series {
  const series = clone(fixtureSeries[0]!) as Series;
  series.contract = 'migration-lens/2';
  series.level = 'us-state';
  series.columns = { geo: ['06', '48'], period: ['2020', '2020'], value: [10, 20] };
  return series;
}

describe('geographic levels in the catalog', () => {
  it('accepts levels and their units in version 2, and version 1 catalogs without them', () => {
    const catalog = parseCatalog(withStates());
    expect(catalog.geographies.units?.map((u) => u.name)).toEqual(['California', 'Texas']);
    expect(parseCatalog({ ...clone(fixtureCatalog), contract: 'migration-lens/1' }).contract).toBe('migration-lens/1');
  });

  it('refuses levels in a version 1 catalog, naming the field', () => {
    const catalog = withStates();
    catalog.contract = 'migration-lens/1';
    const error = contractError(() => parseCatalog(catalog, 'catalog.json'));
    expect(error.message).toBe('catalog.json: geographies.levels needs contract migration-lens/2 (geographic levels)');
  });

  it('refuses a unit whose code does not fit its level, or whose country or level is unknown', () => {
    const badCode = withStates();
    badCode.geographies.units![1]!.id = 'TX';
    expect(contractError(() => parseCatalog(badCode)).message).toBe(
      'catalog.json: geographies.units.1.id must be a two-digit US state FIPS code, e.g. 06',
    );
    const badCountry = withStates();
    badCountry.geographies.units![0]!.country = 'XXX';
    expect(contractError(() => parseCatalog(badCountry)).field).toBe('geographies.units.0.country');
    const unlisted = withStates();
    unlisted.geographies.units![0]!.level = 'nuts2';
    unlisted.geographies.units![0]!.id = 'DE11';
    expect(contractError(() => parseCatalog(unlisted)).message).toContain('names the level "nuts2", which geographies.levels does not list');
    const repeated = withStates();
    repeated.geographies.units![1]!.id = '06';
    expect(contractError(() => parseCatalog(repeated)).field).toBe('geographies.units.1.id');
  });

  it('refuses a source at a level the catalog does not list, and a focus level on a one-country indicator', () => {
    const catalog = withStates();
    catalog.indicators[0]!.sources[0]!.level = 'nuts3';
    expect(contractError(() => parseCatalog(catalog)).field).toBe('indicators.0.sources.0.level');
    const focus = withStates();
    const notBilateral = focus.indicators.findIndex((i) => !i.bilateral);
    focus.indicators[notBilateral]!.sources[0]!.focusLevel = 'country';
    expect(contractError(() => parseCatalog(focus)).message).toContain('gives a focus level for an indicator that is not bilateral');
  });
});

describe('geographic levels in a series', () => {
  const file = 'series/x/y.json';

  it('reads a series of US states, and a bilateral one whose focus is a country', () => {
    expect(parseSeries(stateSeries(), file).columns.geo).toEqual(['06', '48']);
    const bilateral = stateSeries();
    bilateral.focus = { geo: 'MEX', role: 'origin', level: 'country' };
    expect(parseSeries(bilateral, file).focus).toEqual({ geo: 'MEX', role: 'origin', level: 'country' });
  });

  it('names the row whose code is not of the series level', () => {
    const series = stateSeries();
    series.columns.geo[1] = 'USA';
    expect(contractError(() => parseSeries(series, file)).message).toBe(
      `${file}: columns.geo.1 must be a two-digit US state FIPS code, e.g. 06 (the series' level is us-state)`,
    );
    const countries = clone(fixtureSeries[0]!) as Series;
    countries.columns.geo[0] = 'DE11';
    expect(contractError(() => parseSeries(countries, file)).message).toContain('columns.geo.0 must be an ISO 3166-1 alpha-3 code');
  });

  it('checks the focus against its own level', () => {
    const series = stateSeries();
    series.focus = { geo: '06', role: 'origin', level: 'country' };
    expect(contractError(() => parseSeries(series, file)).field).toBe('focus.geo');
  });

  it('refuses a level in a version 1 series', () => {
    const series = stateSeries();
    series.contract = 'migration-lens/1';
    expect(contractError(() => parseSeries(series, file)).message).toBe(`${file}: level needs contract migration-lens/2 (geographic levels)`);
  });
});
