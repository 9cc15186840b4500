import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, type Series } from '../../contract/schema';
import { agreementOf, changesOf, figureAt, historyOf, ordinalCategory, rankAt } from './profileModel';

function series(rows: [geo: string, period: string, value: number][]): Series {
  return {
    contract: CONTRACT_VERSION,
    indicator: 'migrant-stock',
    source: 's',
    slice: 'total',
    focus: null,
    releaseDate: '2025-01-01',
    columns: { geo: rows.map((r) => r[0]), period: rows.map((r) => r[1]), value: rows.map((r) => r[2]) },
  };
}

const PEOPLED = new Set(['DEU', 'FRA', 'ETH', 'USA', 'IND']);

describe('historyOf and figureAt', () => {
  const s = series([
    ['DEU', '2020', 15],
    ['DEU', '2000', 10],
    ['FRA', '2020', 8],
    ['DEU', '2010', 12],
    ['DEU', '2010', 99], // a second row of a period: the first wins
  ]);
  it('gives the country’s points oldest first, the first row of a period winning', () => {
    expect(historyOf(s, 'DEU')).toEqual([
      { period: '2000', value: 10 },
      { period: '2010', value: 12 },
      { period: '2020', value: 15 },
    ]);
    expect(historyOf(s, 'ETH')).toEqual([]);
  });
  it('takes the value at the period, else the latest before it, else none', () => {
    const h = historyOf(s, 'DEU');
    expect(figureAt(h, '2010')).toEqual({ period: '2010', value: 12 });
    expect(figureAt(h, '2015')).toEqual({ period: '2010', value: 12 });
    expect(figureAt(h, null)).toEqual({ period: '2020', value: 15 });
    expect(figureAt(h, '1990')).toBeNull();
    expect(figureAt([], null)).toBeNull();
  });
});

describe('changesOf', () => {
  const h = [
    { period: '2000', value: 10 },
    { period: '2010', value: 12 },
    { period: '2020', value: 15 },
  ];
  it('counts the change since the earliest and since the previous period, absolute and relative', () => {
    const changes = changesOf(h, { period: '2020', value: 15 });
    expect(changes.sinceFirst).toEqual({ from: '2000', absolute: 5, relative: 0.5 });
    expect(changes.sincePrevious).toEqual({ from: '2010', absolute: 3, relative: 0.25 });
  });
  it('has no change at the earliest period, and one change (the same) at the second', () => {
    expect(changesOf(h, { period: '2000', value: 10 })).toEqual({ sinceFirst: null, sincePrevious: null });
    const second = changesOf(h, { period: '2010', value: 12 });
    expect(second.sinceFirst).toEqual(second.sincePrevious);
    expect(second.sinceFirst?.from).toBe('2000');
  });
  it('gives no relative change from zero, and a fall as negative', () => {
    const changes = changesOf(
      [
        { period: '2000', value: 0 },
        { period: '2010', value: 4 },
        { period: '2020', value: 3 },
      ],
      { period: '2020', value: 3 },
    );
    expect(changes.sinceFirst).toEqual({ from: '2000', absolute: 3, relative: null });
    expect(changes.sincePrevious).toEqual({ from: '2010', absolute: -1, relative: -0.25 });
  });
});

describe('rankAt', () => {
  const s = series([
    ['USA', '2020', 50],
    ['DEU', '2020', 15],
    ['FRA', '2020', 15],
    ['IND', '2020', 5],
    ['ATF', '2020', 1000], // uninhabited: never counted
    ['WLD', '2020', 2000], // an aggregate: never counted
    ['ETH', '2015', 90], // another period
  ]);
  it('ranks the largest first among peopled countries with a value at the period', () => {
    expect(rankAt(s, '2020', 'USA', PEOPLED)).toEqual({ rank: 1, of: 4 });
    expect(rankAt(s, '2020', 'IND', PEOPLED)).toEqual({ rank: 4, of: 4 });
  });
  it('gives equal values the same rank', () => {
    expect(rankAt(s, '2020', 'DEU', PEOPLED)).toEqual({ rank: 2, of: 4 });
    expect(rankAt(s, '2020', 'FRA', PEOPLED)).toEqual({ rank: 2, of: 4 });
  });
  it('has no rank without a value at the period, nor for a territory outside the peopled countries', () => {
    expect(rankAt(s, '2020', 'ETH', PEOPLED)).toBeNull();
    expect(rankAt(s, '2020', 'ATF', PEOPLED)).toBeNull();
  });
});

describe('agreementOf', () => {
  const official = series([
    ['DEU', '2015', 100],
    ['DEU', '2020', 200],
    ['FRA', '2020', 100],
    ['USA', '2020', 100],
    ['IND', '2020', 100],
    ['ETH', '2020', 0],
    ['ATF', '2020', 10],
  ]);
  const digital = series([
    ['DEU', '2021', 150], // ratio 0.75 against 2020 (1 year away)
    ['FRA', '2021', 50], // 0.5
    ['USA', '2021', 90], // 0.9
    ['IND', '2021', 70], // 0.7
    ['ETH', '2021', 10], // A is 0: no ratio
    ['ATF', '2021', 1], // uninhabited: not counted
  ]);
  it('gives the ratio B / A at B’s latest period, paired with A’s nearest, and the share of countries below it', () => {
    const agreement = agreementOf(official, digital, 'DEU', PEOPLED, 2);
    expect(agreement).toEqual({ period: '2021', aPeriod: '2020', a: 200, b: 150, ratio: 0.75, higherThan: 2 / 3, countries: 4 });
  });
  it('says the lowest ratio is higher than none and the highest than all', () => {
    expect(agreementOf(official, digital, 'FRA', PEOPLED, 2)?.higherThan).toBe(0);
    expect(agreementOf(official, digital, 'USA', PEOPLED, 2)?.higherThan).toBe(1);
  });
  it('pairs nothing beyond the tolerance, and goes back to an earlier period of B that pairs', () => {
    expect(agreementOf(official, digital, 'DEU', PEOPLED, 0)).toBeNull();
    const withEarlier = series([
      ['DEU', '2015', 50],
      ['DEU', '2024', 999], // no A within 0 years
    ]);
    expect(agreementOf(official, withEarlier, 'DEU', PEOPLED, 0)).toEqual({
      period: '2015',
      aPeriod: '2015',
      a: 100,
      b: 50,
      ratio: 0.5,
      higherThan: null,
      countries: 1,
    });
  });
  it('has no agreement where A is 0 or missing', () => {
    expect(agreementOf(official, digital, 'ETH', PEOPLED, 2)).toBeNull();
    expect(agreementOf(series([]), digital, 'DEU', PEOPLED, 2)).toBeNull();
  });
});

describe('ordinalCategory', () => {
  it('follows each language’s ordinal rules', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((n) => ordinalCategory(n, 'en'))).toEqual([
      'one',
      'two',
      'few',
      'other',
      'other',
      'other',
      'other',
      'one',
      'two',
      'few',
      'one',
    ]);
    expect([1, 2, 8].map((n) => ordinalCategory(n, 'fr'))).toEqual(['one', 'other', 'other']);
    expect([1, 2, 8].map((n) => ordinalCategory(n, 'es'))).toEqual(['other', 'other', 'other']);
  });
});
