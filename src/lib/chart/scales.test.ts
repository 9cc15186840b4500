import { describe, expect, it } from 'vitest';
import { padLinear, padLog, valueScale } from './scales';

describe('padded domains', () => {
  it('pads a linear extent, and widens a single value', () => {
    expect(padLinear([2000, 2010], 0.3, 1)).toEqual([1999.7, 2010.3]);
    expect(padLinear([2000, 2000], 0.3, 1)).toEqual([1999, 2001]);
  });

  it('pads a log extent by a factor, and halves and doubles a single value', () => {
    expect(padLog([10, 1000], 1.25)).toEqual([8, 1250]);
    expect(padLog([10, 10], 1.25)).toEqual([5, 20]);
  });
});

describe('valueScale', () => {
  it('makes a log scale over the padded extent, onto the range', () => {
    const y = valueScale('log', [10, 1000], [200, 0], { logFactor: 1.25 });
    expect(y.domain()).toEqual([8, 1250]);
    expect(y(8)).toBeCloseTo(200, 9);
    expect(y(1250)).toBeCloseTo(0, 9);
  });

  it('makes a linear scale over the extent with nice ends', () => {
    expect(valueScale('linear', [3, 97], [200, 0], { logFactor: 1.25 }).domain()).toEqual([0, 100]);
    expect(valueScale('linear', [0, 1.08], [200, 0], { niceCount: 5 }).domain()).toEqual([0, 1.2]);
    expect(valueScale('linear', [5, 5], [200, 0]).domain()).toEqual([4, 6]);
  });
});
