import { describe, expect, it } from 'vitest';
import {
  breaksOf,
  buildChart,
  defaultBase,
  indexSeries,
  pointAt,
  pointsWithGaps,
  topCountries,
  type LineInput,
  type MeasureOptions,
} from './buildSeries';
import { audienceSeries, censusSeries, makeSeries, netMigrationSeries, populationSeries, searchSeries } from './seriesFixture.test-utils';

const plain: MeasureOptions = { scale: 'linear', measure: 'absolute', base: null, from: null, to: null };
const input = (series: LineInput['series'], geo: string): LineInput => ({ key: `${geo}|${series.source}`, geo, sourceId: series.source, series });

describe('indexSeries', () => {
  it('sorts each country by period, keeps the first of a repeated period, and lists every period', () => {
    const series = makeSeries('x', 's', [
      ['DEU', '2020', 3],
      ['DEU', '2010', 1],
      ['DEU', '2020', 99],
      ['FRA', '2015', 2],
    ]);
    const index = indexSeries(series);
    expect(index.byGeo.get('DEU')?.map((r) => [r.period, r.value])).toEqual([
      ['2010', 1],
      ['2020', 3],
    ]);
    expect(index.periods).toEqual(['2010', '2015', '2020']);
    expect(indexSeries(series)).toBe(index); // cached
  });
});

describe('aligning cadences on one time axis', () => {
  it('puts 5-yearly, yearly and monthly lines on one axis, years mid-year and months mid-month', () => {
    const model = buildChart([input(censusSeries, 'DEU'), input(audienceSeries, 'DEU'), input(searchSeries, 'DEU')], plain);
    const stop = (period: string) => model.periods.find((p) => p.period === period)?.t;
    expect(stop('2020')).toBe(Date.UTC(2020, 6, 1));
    expect(stop('2020-01')).toBe(Date.UTC(2020, 0, 15));
    expect(stop('2015')).toBe(Date.UTC(2015, 6, 1));
    // One sorted list of stops, monthly ones around their year's mid-year point.
    expect(model.periods.map((p) => p.period)).toEqual(['2010', '2015', '2016', '2017', '2018', '2019', '2020-01', '2020-02', '2020-03', '2020']);
    expect(model.monthly).toBe(true);
    expect(model.x).toEqual([Date.UTC(2010, 6, 1), Date.UTC(2020, 6, 1)]);
    // The census and the audience value of 2020 share one x.
    const census = model.lines[0]?.points.find((p) => p.period === '2020');
    const audience = model.lines[1]?.points.find((p) => p.period === '2020');
    expect(census?.t).toBe(audience?.t);
  });

  it('reads a yearly line under a monthly crosshair as that year, and nothing else across cadences', () => {
    const model = buildChart([input(audienceSeries, 'DEU'), input(searchSeries, 'DEU')], plain);
    const [yearly, monthly] = model.lines;
    expect(pointAt(yearly!, '2020-02')?.period).toBe('2020');
    expect(pointAt(monthly!, '2020-02')?.value).toBe(55);
    expect(pointAt(monthly!, '2020')).toBeNull();
    expect(pointAt(yearly!, '2012')).toBeNull();
  });
});

describe('gaps', () => {
  it('marks a period the source has but the country lacks as a gap, never interpolated', () => {
    const fra = pointsWithGaps(censusSeries, 'FRA');
    expect(fra.map((p) => [p.period, p.raw, p.value])).toEqual([
      ['2010', 7_000_000, 7_000_000],
      ['2015', null, null],
      ['2020', 8_000_000, 8_000_000],
    ]);
    const line = buildChart([input(audienceSeries, 'FRA')], plain).lines[0]!;
    expect(line.missing).toBe(1);
    expect(line.points.find((p) => p.period === '2017')).toMatchObject({ raw: null, value: null, lower: null, upper: null });
  });

  it('adds no gap before a country starts or after it ends, nor between census rounds that exist', () => {
    expect(pointsWithGaps(censusSeries, 'USA').map((p) => p.period)).toEqual(['2015', '2020']);
    expect(pointsWithGaps(censusSeries, 'DEU').every((p) => p.raw !== null)).toBe(true);
    expect(pointsWithGaps(censusSeries, 'XXX')).toEqual([]);
  });
});

describe('time window', () => {
  it('keeps whole periods between from and to, both ends included', () => {
    const line = buildChart([input(audienceSeries, 'DEU')], { ...plain, from: '2017', to: '2019' }).lines[0]!;
    expect(line.points.map((p) => p.period)).toEqual(['2017', '2018', '2019']);
    const months = buildChart([input(searchSeries, 'DEU')], { ...plain, from: '2020-02', to: '2020' }).lines[0]!;
    expect(months.points.map((p) => p.period)).toEqual(['2020-02', '2020-03']);
  });

  it('gives no extents when nothing is in the window', () => {
    const model = buildChart([input(audienceSeries, 'DEU')], { ...plain, from: '2030' });
    expect(model.x).toBeNull();
    expect(model.y).toBeNull();
    expect(model.lines[0]?.drawn).toBe(false);
  });
});

describe('index to 100 at a base period', () => {
  it('divides by the value at the base, bounds too, and keeps the published value', () => {
    const line = buildChart([input(audienceSeries, 'DEU')], { ...plain, measure: 'index', base: '2016' }).lines[0]!;
    expect(line.baseValue).toBe(9_000_000);
    expect(line.points[0]).toMatchObject({ period: '2016', value: 100, raw: 9_000_000 });
    expect(line.points.find((p) => p.period === '2020')?.value).toBeCloseTo(133.33, 2);
    expect(line.points[0]?.lower).toBeCloseTo(88.89, 2);
  });

  it('leaves out a line with no value at the base period (a gap), and says why', () => {
    const model = buildChart([input(audienceSeries, 'DEU'), input(audienceSeries, 'FRA')], { ...plain, measure: 'index', base: '2017' });
    const [deu, fra] = model.lines;
    expect(deu?.drawn).toBe(true);
    expect(fra?.drawn).toBe(false);
    expect(fra?.baseValue).toBeNull();
    expect(fra?.excluded.noBase).toBe(5);
    expect(fra?.points.every((p) => p.value === null)).toBe(true);
    expect(fra?.points.find((p) => p.period === '2016')).toMatchObject({ raw: 6_000_000, excluded: 'noBase' });
  });

  it('uses the base even when it lies outside the window', () => {
    const line = buildChart([input(audienceSeries, 'DEU')], { ...plain, measure: 'index', base: '2016', from: '2019' }).lines[0]!;
    expect(line.points.map((p) => p.period)).toEqual(['2019', '2020']);
    expect(line.points[1]?.value).toBeCloseTo(133.33, 2);
  });

  it('cannot index to a base at or below zero', () => {
    const model = buildChart([input(netMigrationSeries, 'ETH')], { ...plain, measure: 'index', base: '2019' });
    expect(model.lines[0]?.drawn).toBe(false);
    expect(model.lines[0]?.baseValue).toBeNull();
  });

  it('chooses by default the earliest period in the window where the most lines have a value', () => {
    const inputs = [input(censusSeries, 'DEU'), input(audienceSeries, 'DEU'), input(censusSeries, 'FRA')];
    // 2010: two lines, 2015: one, 2016–2019: one, 2020: all three.
    expect(defaultBase(inputs, null, null)).toBe('2020');
    // A tie (two lines in 2010 and in 2020) goes to the earliest.
    expect(defaultBase([input(censusSeries, 'DEU'), input(censusSeries, 'FRA')], null, null)).toBe('2010');
    expect(defaultBase([input(censusSeries, 'DEU'), input(censusSeries, 'FRA')], '2011', null)).toBe('2020');
    const model = buildChart(inputs, { ...plain, measure: 'index' });
    expect(model.base).toBe('2020');
    expect(model.lines.every((l) => l.points.find((p) => p.period === '2020')?.value === 100)).toBe(true);
    expect(defaultBase([input(audienceSeries, 'DEU')], '2030', null)).toBeNull();
  });

  it('keeps 100 on a linear axis', () => {
    const model = buildChart([input(audienceSeries, 'DEU')], { ...plain, measure: 'index', base: '2016' });
    expect(model.y?.[0]).toBeCloseTo(88.89, 2);
    expect(model.y?.[1]).toBeCloseTo(146.67, 2);
    const later = buildChart([input(audienceSeries, 'DEU')], { ...plain, measure: 'index', base: '2016', from: '2019' });
    expect(later.y?.[0]).toBe(100);
  });
});

describe('per 1,000 population', () => {
  it('divides by the population of the same year', () => {
    const line = buildChart([input(audienceSeries, 'DEU')], { ...plain, measure: 'per1000' }, populationSeries).lines[0]!;
    expect(line.points[0]).toMatchObject({ period: '2016', value: 112.5, lower: 100, upper: 125 });
  });

  it('uses the year’s population for a monthly value', () => {
    const population = makeSeries('population', 'model', [['DEU', '2020', 80_000_000]]);
    const line = buildChart([input(searchSeries, 'DEU')], { ...plain, measure: 'per1000' }, population).lines[0]!;
    const expected = [0.0005, 0.0006875, 0.00125];
    line.points.forEach((p, i) => expect(p.value).toBeCloseTo(expected[i] as number, 12));
  });

  it('leaves out values whose year has no population, and counts them', () => {
    const model = buildChart([input(audienceSeries, 'FRA'), input(censusSeries, 'ETH')], { ...plain, measure: 'per1000' }, populationSeries);
    const [fra, eth] = model.lines;
    expect(fra?.points.find((p) => p.period === '2021')).toMatchObject({ raw: 6_800_000, value: null, excluded: 'noPopulation' });
    expect(fra?.excluded.noPopulation).toBe(1);
    expect(eth?.excluded.noPopulation).toBe(2);
    expect(eth?.points.find((p) => p.period === '2020')?.value).toBeCloseTo(12, 9);
  });

  it('leaves out everything when there is no population series at all', () => {
    const line = buildChart([input(audienceSeries, 'DEU')], { ...plain, measure: 'per1000' }, null).lines[0]!;
    expect(line.drawn).toBe(false);
    expect(line.excluded.noPopulation).toBe(5);
  });
});

describe('log scale', () => {
  it('leaves out zeros and negatives, counts them, and keeps the axis positive', () => {
    const model = buildChart([input(netMigrationSeries, 'DEU'), input(netMigrationSeries, 'ETH')], { ...plain, scale: 'log' });
    const [deu, eth] = model.lines;
    expect(deu?.excluded.nonPositive).toBe(0);
    expect(eth?.excluded.nonPositive).toBe(2);
    expect(eth?.drawn).toBe(false);
    expect(eth?.points.map((p) => p.excluded)).toEqual(['nonPositive', 'nonPositive']);
    expect(model.y).toEqual([250_000, 300_000]);
  });

  it('drops a bound at or below zero but keeps its value', () => {
    const series = makeSeries('x', 's', [['DEU', '2020', 5, -1, 9]]);
    const p = buildChart([input(series, 'DEU')], { ...plain, scale: 'log' }).lines[0]?.points[0];
    expect(p).toMatchObject({ value: 5, lower: null, upper: 9 });
  });

  it('draws a linear axis from zero, or below it for negative values', () => {
    expect(buildChart([input(netMigrationSeries, 'DEU')], plain).y).toEqual([0, 300_000]);
    expect(buildChart([input(netMigrationSeries, 'ETH')], plain).y).toEqual([-12_000, 0]);
  });
});

describe('breaks and defaults', () => {
  it('lists each break once per source and period', () => {
    const model = buildChart([input(audienceSeries, 'DEU'), input(audienceSeries, 'FRA'), input(censusSeries, 'DEU')], plain);
    expect(breaksOf(model)).toEqual([{ sourceId: 'audience', period: '2018', t: Date.UTC(2018, 6, 1) }]);
    expect(breaksOf(buildChart([input(audienceSeries, 'DEU')], { ...plain, to: '2017' }))).toEqual([]);
  });

  it('picks the countries with the largest values at the latest period (by size when signed)', () => {
    expect(topCountries(censusSeries, 2, false)).toEqual({ geos: ['USA', 'DEU'], period: '2020' });
    expect(topCountries(netMigrationSeries, 2, true)).toEqual({ geos: ['DEU', 'ETH'], period: '2020' });
    expect(topCountries(audienceSeries, 5, false)).toEqual({ geos: ['FRA'], period: '2021' });
    expect(topCountries(makeSeries('x', 's', []), 5, false)).toEqual({ geos: [], period: null });
  });
});
