import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, type Series } from '../../contract/schema';
import { buildColorScale } from '../../lib/scales';
import { joinFills, pickValues, valuesOf } from './join';

function series(columns: Series['columns']): Series {
  return { contract: CONTRACT_VERSION, indicator: 'x', source: 's', slice: 'total', focus: null, releaseDate: '2025-01-01', columns };
}

const years = series({
  geo: ['AAA', 'AAA', 'BBB', 'BBB', 'CCC', 'DDD', 'DDD'],
  period: ['2010', '2020', '2018', '2022', '2015', '2019', '2021'],
  value: [1, 2, 3, 4, 5, 6, 7],
  flag: [null, 'provisional', null, null, 'estimate', null, null],
  lower: [null, 1.5, null, null, null, null, null],
  upper: [null, 2.5, null, null, null, null, null],
});

const months = series({
  geo: ['AAA', 'AAA', 'BBB', 'CCC'],
  period: ['2019-11', '2020-03', '2020-02', '2019-12'],
  value: [10, 20, 30, 40],
});

const pick = (s: Series, period: string, tolerance: number) =>
  Object.fromEntries([...pickValues(s, period, tolerance)].map(([geo, p]) => [geo, `${p.period}:${p.offset}`]));

describe('pickValues (time tolerance)', () => {
  it('without tolerance takes exact periods only', () => {
    expect(pick(years, '2020', 0)).toEqual({ AAA: '2020:0' });
  });

  it('takes the nearest period within ±N years, marking how far it is', () => {
    expect(pick(years, '2020', 2)).toEqual({ AAA: '2020:0', BBB: '2018:-2', DDD: '2019:-1' });
    expect(pick(years, '2017', 2)).toEqual({ BBB: '2018:1', CCC: '2015:-2', DDD: '2019:2' });
  });

  it('breaks ties towards the earlier period', () => {
    // BBB has 2018 and 2022, both 2 years from 2020; DDD has 2019 and 2021, both 1 year from 2020.
    expect(pick(years, '2020', 5)).toMatchObject({ BBB: '2018:-2', DDD: '2019:-1' });
  });

  it('reaches outside the series only as far as the tolerance', () => {
    expect(pick(years, '2030', 7)).toEqual({});
    expect(pick(years, '2030', 8)).toEqual({ BBB: '2022:-8' });
  });

  it('works in months, across a year boundary', () => {
    expect(pick(months, '2020-01', 0)).toEqual({});
    expect(pick(months, '2020-01', 1)).toEqual({ BBB: '2020-02:1', CCC: '2019-12:-1' });
    // AAA: 2019-11 is 2 months before, 2020-03 two months after: the earlier wins.
    expect(pick(months, '2020-01', 2)).toEqual({ AAA: '2019-11:-2', BBB: '2020-02:1', CCC: '2019-12:-1' });
  });

  it('gives nothing for a period of the other grain', () => {
    expect(pick(months, '2020', 3)).toEqual({});
    expect(pick(years, '2020-01', 3)).toEqual({});
  });

  it('carries the observation: value, flag and bounds', () => {
    const aaa = pickValues(years, '2020', 0).get('AAA')!;
    expect(aaa.observation).toEqual({ geo: 'AAA', period: '2020', value: 2, flag: 'provisional', lower: 1.5, upper: 2.5 });
  });
});

describe('joinFills', () => {
  it('gives each map country its colour and class, and "no data" to the rest', () => {
    const picked = pickValues(years, '2020', 1);
    const ids = ['AAA', 'DDD', 'EEE', 'CCC'];
    const values = valuesOf(ids, picked);
    expect(values.sort()).toEqual([2, 6]);
    const scale = buildColorScale(values, { mode: { kind: 'sequential' }, method: 'equal', log: false, classes: 2 });
    const fills = joinFills(ids, picked, scale);
    expect([...fills.keys()]).toEqual(ids);
    expect(fills.get('AAA')).toMatchObject({ color: scale.classes[0]!.color, classIndex: 0 });
    expect(fills.get('DDD')).toMatchObject({ color: scale.classes[1]!.color, classIndex: 1 });
    expect(fills.get('DDD')!.picked!.offset).toBe(-1);
    expect(fills.get('EEE')).toEqual({ id: 'EEE', picked: null, color: null, classIndex: -1 });
    expect(fills.get('CCC')).toEqual({ id: 'CCC', picked: null, color: null, classIndex: -1 });
  });

  it('leaves out of the scale the series values of countries not on the map', () => {
    const picked = pickValues(years, '2020', 0);
    expect(valuesOf(['BBB'], picked)).toEqual([]);
  });

  it('a value the scale cannot colour (a ratio of 0) shows as no data but keeps its value', () => {
    const ratios = series({ geo: ['AAA', 'BBB'], period: ['2020', '2020'], value: [0, 2] });
    const picked = pickValues(ratios, '2020', 0);
    const scale = buildColorScale(valuesOf(['AAA', 'BBB'], picked), { mode: { kind: 'ratio' }, method: 'continuous', log: false });
    const fills = joinFills(['AAA', 'BBB'], picked, scale);
    expect(fills.get('AAA')).toMatchObject({ color: null, classIndex: -1 });
    expect(fills.get('AAA')!.picked!.observation.value).toBe(0);
    expect(fills.get('BBB')!.color).not.toBeNull();
  });
});
