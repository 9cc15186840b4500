import { describe, expect, it } from 'vitest';
import { fixtureCatalog, fixtureSeries } from '../../../mocks/fixtures/dataset';
import type { Catalog, Indicator, Series, Source } from '../../contract/schema';
import { buildPairModel, chooseCountry, chooseSources, commonDimensions, comparableIndicators, groupSeries } from './compareModel';
import { coverageOf, daysBetween, freshness, splitCountries } from './coverage';
import { peopledCountries } from '../../data/peopled';

const seriesOf = (indicator: string, source: string, slice = 'total') =>
  fixtureSeries.find((s) => s.indicator === indicator && s.source === source && s.slice === slice) as Series;
const stock = fixtureCatalog.indicators[0] as Indicator;
const source = (id: string) => fixtureCatalog.sources.find((s) => s.id === id) as Source;

describe('chooseSources', () => {
  it('defaults A to the first official source and B to the first digital-trace one', () => {
    const choice = chooseSources(fixtureCatalog, stock, { a: null, b: null });
    expect([choice.a?.id, choice.b?.id]).toEqual(['census', 'social-audience']);
  });

  it("keeps the view's choice when the indicator has it, and never defaults B to A", () => {
    expect(chooseSources(fixtureCatalog, stock, { a: 'social-audience', b: null })).toMatchObject({
      a: { id: 'social-audience' },
      b: { id: 'census' },
    });
    expect(chooseSources(fixtureCatalog, stock, { a: 'nope', b: 'census' })).toMatchObject({ a: { id: 'census' }, b: { id: 'census' } });
    const single = fixtureCatalog.indicators[1] as Indicator;
    expect(chooseSources(fixtureCatalog, single, { a: null, b: null })).toMatchObject({ a: { id: 'model' }, b: null });
    expect(comparableIndicators(fixtureCatalog).map((i) => i.id)).toEqual(['migrant-stock']);
  });

  it('opens a digital trace against the official source the catalog pairs it with', () => {
    const registers: Source = { ...source('census'), id: 'registers', name: 'Registers' };
    const audience: Source = { ...source('social-audience'), comparesWith: 'registers' };
    const catalog: Catalog = { ...fixtureCatalog, sources: [source('census'), registers, audience] };
    const indicator: Indicator = {
      ...stock,
      sources: [
        { id: 'census', breakdowns: [] },
        { id: 'registers', breakdowns: [] },
        { id: 'social-audience', breakdowns: [] },
      ],
    };
    expect(chooseSources(catalog, indicator, { a: null, b: null })).toMatchObject({ a: { id: 'registers' }, b: { id: 'social-audience' } });
    // The view's own choice of A wins; a pairing with a source the indicator lacks is ignored.
    expect(chooseSources(catalog, indicator, { a: 'census', b: null })).toMatchObject({ a: { id: 'census' }, b: { id: 'social-audience' } });
    const elsewhere: Catalog = { ...catalog, sources: [source('census'), registers, { ...audience, comparesWith: 'nowhere' }] };
    expect(chooseSources(elsewhere, indicator, { a: null, b: null })).toMatchObject({ a: { id: 'census' }, b: { id: 'social-audience' } });
  });
});

describe('commonDimensions', () => {
  it('lists the groups both sources break down by', () => {
    expect(commonDimensions(stock, 'census', 'social-audience')).toEqual([]);
    const both: Indicator = { ...stock, sources: [stock.sources[0]!, { id: 'social-audience', breakdowns: ['sex-male'] }] };
    expect(commonDimensions(both, 'census', 'social-audience').map((d) => [d.dimension.id, d.groups])).toEqual([
      ['sex', [{ slice: 'sex-male', label: 'Male' }]],
    ]);
  });
});

describe('buildPairModel', () => {
  const a = groupSeries(seriesOf('migrant-stock', 'census'));
  const b = groupSeries(seriesOf('migrant-stock', 'social-audience'));

  it('pairs the fixture at 2020: Germany, France and the United States', () => {
    const model = buildPairModel(a, b, '2020', 2);
    expect(model?.period).toBe('2020');
    expect(model?.pairs.map((p) => [p.geo, p.a.value, p.b.value])).toEqual([
      ['DEU', 15_800_000, 11_000_000],
      ['FRA', 8_500_000, 6_100_000],
      ['USA', 50_600_000, 61_000_000],
    ]);
    expect(model?.agreement.n).toBe(3);
    expect(model?.pairs[2]?.ratio).toBeCloseTo(61 / 50.6, 12);
  });

  it('defaults to the latest B period with a same-year A value, and replaces a period B lacks', () => {
    expect(buildPairModel(a, b, null, 2)?.period).toBe('2020');
    const replaced = buildPairModel(a, b, '2015', 2);
    expect(replaced).toMatchObject({ period: '2020', periodReplaced: true });
    // 2021: A's 2020 values, one year away; Ethiopia too.
    const next = buildPairModel(a, b, '2021', 2);
    expect(next?.pairs.map((p) => p.geo)).toEqual(['DEU', 'FRA', 'USA', 'ETH']);
    expect(next?.pairing.shifted).toBe(4);
    expect(buildPairModel(a, b, '2021', 0)?.pairs).toEqual([]);
  });

  it('chooses the chart country: chosen, else selected, else the largest paired, else the largest latest', () => {
    const pairs = buildPairModel(a, b, '2020', 2)?.pairs ?? [];
    expect(chooseCountry('FRA', ['DEU'], a, b, pairs)).toBe('FRA');
    expect(chooseCountry('CIV', ['CIV', 'ETH'], a, b, pairs)).toBe('ETH');
    expect(chooseCountry(null, [], a, b, pairs)).toBe('USA');
    expect(chooseCountry(null, [], a, null, [])).toBe('USA');
    expect(chooseCountry(null, [], null, b, [])).toBe('USA');
    expect(chooseCountry(null, [], null, null, [])).toBeNull();
  });
});

describe('coverage and freshness', () => {
  const a = groupSeries(seriesOf('migrant-stock', 'census'));
  const b = groupSeries(seriesOf('migrant-stock', 'social-audience'));

  it('counts countries and periods', () => {
    const covA = coverageOf(a);
    const covB = coverageOf(b);
    expect(covA.periods).toEqual(['2015', '2020']);
    expect(covA.countries.size).toBe(5);
    expect(covB.countsByPeriod.get('2021')).toBe(4);
    expect(covB.latest).toBe('2021');
    const ids = peopledCountries((fixtureCatalog as Catalog).geographies.countries).map((c) => c.id);
    expect(splitCountries(ids, covA.countries, covB.countries)).toEqual({
      both: ['DEU', 'FRA', 'ETH', 'USA'],
      onlyA: ['IND'],
      onlyB: [],
      neither: ['CIV'],
    });
  });

  it('measures the lag between the latest periods and the releases', () => {
    const result = freshness(
      { source: source('census'), latest: '2020', releaseDate: '2025-01-15' },
      { source: source('social-audience'), latest: '2021', releaseDate: null },
    );
    expect(result).toEqual({
      latestA: '2020',
      latestB: '2021',
      releaseA: '2025-01-15',
      releaseB: '2026-10-20',
      periodLagYears: 1,
      releaseLagDays: daysBetween('2025-01-15', '2026-10-20'),
    });
    expect(daysBetween('2025-01-15', '2025-01-20')).toBe(5);
    expect(
      freshness(
        { source: source('census'), latest: null, releaseDate: null },
        { source: source('social-audience'), latest: '2026-10', releaseDate: null },
      ).periodLagYears,
    ).toBeCloseTo(2026 + 9.5 / 12 - 2020.5, 9);
  });
});
