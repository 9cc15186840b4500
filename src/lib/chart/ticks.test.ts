import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { logTicks, timeTicks, yearTicks } from './ticks';

describe('timeTicks', () => {
  it('puts year ticks at mid-year for yearly lines, on 1 January with monthly ones', () => {
    const domain = [Date.UTC(2015, 6, 1), Date.UTC(2020, 6, 1)] as const;
    const yearly = timeTicks(domain, 10, false);
    expect(yearly.map((t) => t.period)).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
    expect(yearly[0]?.t).toBe(Date.UTC(2015, 6, 1));
    const monthly = timeTicks([Date.UTC(2015, 0, 15), Date.UTC(2024, 11, 15)], 12, true);
    expect(monthly[0]).toEqual({ t: Date.UTC(2015, 0, 1), period: '2015' });
  });

  it('thins year ticks to fit, at round steps', () => {
    const ticks = timeTicks([Date.UTC(1990, 6, 1), Date.UTC(2024, 6, 1)], 8, false);
    expect(ticks.map((t) => t.period)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020']);
  });

  it('uses month ticks for short monthly windows', () => {
    const ticks = timeTicks([Date.UTC(2020, 0, 15), Date.UTC(2020, 11, 15)], 6, true);
    expect(ticks.map((t) => t.period)).toEqual(['2020-01', '2020-03', '2020-05', '2020-07', '2020-09', '2020-11']);
  });
});

describe('logTicks', () => {
  const linear = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

  it('uses 1, 2 and 5 per decade when they fit, fewer when not', () => {
    expect(logTicks([250_000_000, 16_000_000_000], 8, linear)).toEqual([500e6, 1e9, 2e9, 5e9, 1e10]);
    expect(logTicks([1, 1000], 8, linear)).toEqual([1, 3, 10, 30, 100, 300, 1000]);
    expect(logTicks([1, 1e6], 8, linear)).toEqual([1, 10, 100, 1000, 1e4, 1e5, 1e6]);
    expect(logTicks([1, 1e12], 4, linear)).toEqual([1, 1e4, 1e8, 1e12]);
  });

  it('falls back to linear ticks on a narrow domain', () => {
    expect(logTicks([110, 190], 5, () => [120, 140, 160, 180])).toEqual([120, 140, 160, 180]);
    expect(logTicks([0, 10], 3, linear)).toEqual([1, 2, 3]);
  });
});

describe('logTicks with options (the scatter plot: powers of ten, two at least)', () => {
  const fallback = () => [42];

  it('keeps the powers of ten inside the domain', () => {
    expect(logTicks([0.5, 2000], Infinity, fallback, { mantissas: [[1]], minTicks: 2 })).toEqual([1, 10, 100, 1000]);
    expect(logTicks([3e-3, 0.2], Infinity, fallback, { mantissas: [[1]], minTicks: 2 })).toEqual([0.01, 0.1]);
  });

  it("falls back to the scale's ticks with fewer than two", () => {
    expect(logTicks([2, 50], Infinity, fallback, { mantissas: [[1]], minTicks: 2 })).toEqual([42]);
  });
});

describe('yearTicks', () => {
  it('labels whole years at their middles, within the plot', () => {
    const x = scaleLinear().domain([2009.7, 2020.8]).range([58, 542]);
    const ticks = yearTicks(x, 6, 58, 542);
    expect(ticks.map((t) => t.year)).toEqual([2010, 2012, 2014, 2016, 2018, 2020]);
    expect(ticks[0]?.at).toBeCloseTo(x(2010.5), 9);
    // Half-year ticks are not labelled, and 2012, whose middle (125) is beyond the plot's end (80), is dropped.
    expect(yearTicks(scaleLinear().domain([2010, 2012]).range([0, 100]), 4, 0, 80).map((t) => t.year)).toEqual([2010, 2011]);
  });
});
