import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPeriod,
  nearestOrdinal,
  nearestPeriod,
  nearestPeriodSorted,
  parsePeriod,
  periodDistance,
  periodOffset,
  periodSpan,
  periodString,
} from './period';

const yearArb = fc.integer({ min: 0, max: 9999 });
const monthArb = fc.option(fc.integer({ min: 1, max: 12 }), { nil: null });

describe('parsePeriod, periodString and isPeriod', () => {
  it('reads back what it writes, for every year and month', () => {
    fc.assert(
      fc.property(yearArb, monthArb, (year, month) => {
        const text = periodString(year, month);
        expect(parsePeriod(text)).toMatchObject({ year, month, grain: month === null ? 'year' : 'month' });
        const parsed = parsePeriod(text);
        expect(parsed && periodString(parsed.year, parsed.month)).toBe(text);
      }),
    );
  });

  it('rejects what is not YYYY or YYYY-MM with a month 01–12', () => {
    for (const text of ['', '20', '20x0', '2020-1', '2020-00', '2020-13', '2020/03', '2020M03', ' 2020', '2020-03-01', '12020']) {
      expect(parsePeriod(text)).toBeNull();
      expect(isPeriod(text)).toBe(false);
    }
    expect(isPeriod('2020', 'year')).toBe(true);
    expect(isPeriod('2020', 'month')).toBe(false);
    expect(isPeriod('2020-12', 'month')).toBe(true);
    expect(periodString(7, 3)).toBe('0007-03');
  });

  it('orders years and months on their own axes', () => {
    expect(parsePeriod('2020')?.ordinal).toBe(2020);
    expect(parsePeriod('2020-01')!.ordinal - parsePeriod('2019-12')!.ordinal).toBe(1);
    expect(periodOffset('2019-11', '2020-03')).toBe(4);
    expect(periodOffset('2020', '2017')).toBe(-3);
    expect(periodOffset('2020', '2020-01')).toBeNull();
    expect(periodOffset('20x0', '2020')).toBeNull();
  });

  it('orders periods of one grain as their strings do', () => {
    fc.assert(
      fc.property(yearArb, monthArb, yearArb, (y1, m1, y2) => {
        const a = periodString(y1, m1);
        const b = periodString(y2, m1 === null ? null : ((y2 + m1) % 12) + 1);
        const offset = periodOffset(a, b) as number;
        expect(Math.sign(offset)).toBe(a === b ? 0 : b > a ? 1 : -1);
        // Antisymmetric; added rather than negated, since -0 and 0 are different to toBe.
        expect((periodOffset(b, a) as number) + offset).toBe(0);
      }),
    );
  });
});

describe("nearestOrdinal (the map's time tolerance)", () => {
  it('takes the exact period, else the nearest within whole periods, the earlier on a tie', () => {
    const ordinals = [2010, 2015, 2020];
    expect(nearestOrdinal(ordinals, 2015, 0)).toBe(1);
    expect(nearestOrdinal(ordinals, 2016, 0)).toBe(-1);
    expect(nearestOrdinal(ordinals, 2016, 1.9)).toBe(1);
    expect(nearestOrdinal(ordinals, 2018, 2)).toBe(2);
    expect(nearestOrdinal(ordinals, 2013, 3)).toBe(1);
    expect(nearestOrdinal([2010, 2014], 2012, 2)).toBe(0);
    expect(nearestOrdinal([], 2012, 9)).toBe(-1);
    expect(nearestOrdinal(ordinals, 2030, -1)).toBe(-1);
  });

  it('picks the closest within the tolerance, as a scan would', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 12 }),
        fc.integer({ min: -5, max: 65 }),
        fc.integer({ min: 0, max: 8 }),
        (values, target, tolerance) => {
          const sorted = [...values].sort((a, b) => a - b);
          const i = nearestOrdinal(sorted, target, tolerance);
          const within = sorted.map((v) => Math.abs(v - target)).filter((d) => d <= tolerance);
          const best = within.length === 0 ? null : Math.min(...within);
          // The earlier of two at the same distance.
          expect(i).toBe(best === null ? -1 : sorted.findIndex((v) => Math.abs(v - target) === best));
        },
      ),
    );
  });
});

describe('parsePeriod and periodDistance', () => {
  it('reads years and months, with their middles', () => {
    expect(parsePeriod('2020')).toEqual({ grain: 'year', year: 2020, month: null, ordinal: 2020, mid: 2020.5 });
    expect(parsePeriod('2020-01')?.mid).toBeCloseTo(2020 + 0.5 / 12, 12);
    expect(parsePeriod('2020-13')).toBeNull();
    expect(parsePeriod('20')).toBeNull();
  });

  it('measures years, months and a month against a year', () => {
    expect(periodDistance('2020', '2024')).toBe(4);
    expect(periodDistance('2024', '2020')).toBe(4);
    expect(periodDistance('2020-03', '2021-09')).toBe(1.5);
    // A month is read as its year against a year.
    expect(periodDistance('2020-03', '2020')).toBe(0);
    expect(periodDistance('2020', '2020-12')).toBe(0);
    expect(periodDistance('2020-12', '2021')).toBe(1);
    expect(periodDistance('x', '2020')).toBeNull();
    expect(periodSpan('2024', '2026')).toBe(2);
  });

  it('is symmetric and zero only for the same year or a month within the year', () => {
    const periodArb = fc.oneof(
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(periodArb, periodArb, (p, q) => {
        expect(periodDistance(p, q)).toBe(periodDistance(q, p));
        if (periodDistance(p, q) === 0) expect(p.slice(0, 4)).toBe(q.slice(0, 4));
      }),
    );
  });
});

describe('nearestPeriod', () => {
  const census = ['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2024'];

  it('takes the same period when there is one', () => {
    expect(nearestPeriod('2020', census, 0)).toEqual({ period: '2020', distance: 0 });
  });

  it('takes the nearest within the tolerance, inclusive', () => {
    expect(nearestPeriod('2021', census, 2)).toEqual({ period: '2020', distance: 1 });
    expect(nearestPeriod('2023', census, 2)).toEqual({ period: '2024', distance: 1 });
    expect(nearestPeriod('2026', census, 2)).toEqual({ period: '2024', distance: 2 });
  });

  it('finds no match beyond the tolerance', () => {
    expect(nearestPeriod('2026', census, 1)).toBeNull();
    expect(nearestPeriod('2017', census, 1)).toBeNull();
    expect(nearestPeriod('2021', census, 0)).toBeNull();
    expect(nearestPeriod('2021', [], 10)).toBeNull();
    expect(nearestPeriod('2021', census, -1)).toBeNull();
  });

  it('breaks a tie for the earlier period', () => {
    // 2022 is two years from both 2020 and 2024.
    expect(nearestPeriod('2022', census, 2)).toEqual({ period: '2020', distance: 2 });
    expect(nearestPeriod('2022', ['2024', '2020'], 5)).toEqual({ period: '2020', distance: 2 });
    expect(nearestPeriod('2017-07', ['2017-06', '2017-08'], 1)).toEqual({ period: '2017-06', distance: 1 / 12 });
  });

  it('pairs a yearly B with monthly A: a month of the year, the middle one, earlier on a tie', () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    // June and July are equally near the middle of 2020: June, the earlier.
    expect(nearestPeriod('2020', months, 0)).toEqual({ period: '2020-06', distance: 0 });
    // Only January and February of 2020 are there: both in the year, February nearer its middle.
    expect(nearestPeriod('2020', ['2019-12', '2020-01', '2020-02'], 0)).toEqual({ period: '2020-02', distance: 0 });
    expect(nearestPeriod('2021', months, 0)).toBeNull();
    expect(nearestPeriod('2021', months, 1)).toEqual({ period: '2020-12', distance: 1 });
  });

  it('pairs a monthly B with yearly A: its own year first', () => {
    expect(nearestPeriod('2020-11', census, 0)).toEqual({ period: '2020', distance: 0 });
    expect(nearestPeriod('2022-01', census, 2)).toEqual({ period: '2020', distance: 2 });
    expect(nearestPeriod('2023-01', census, 2)).toEqual({ period: '2024', distance: 1 });
  });

  it('never picks a period farther than another candidate within the tolerance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }),
        fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { maxLength: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (target, years, tolerance) => {
          const match = nearestPeriod(String(target), years.map(String), tolerance);
          const distances = years.map((y) => Math.abs(y - target)).filter((d) => d <= tolerance);
          if (distances.length === 0) expect(match).toBeNull();
          else expect(match?.distance).toBe(Math.min(...distances));
        },
      ),
    );
  });
});

/** nearestPeriod as it was before the memo and the sorted search: the oracle of the properties below. */
function linearNearest(target: string, candidates: readonly string[], tolerance: number): { period: string; distance: number } | null {
  const parse = (period: string) => {
    const match = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
    if (!match) return null;
    const year = Number(match[1]);
    if (match[2] === undefined) return { year, month: null, mid: year + 0.5 };
    const month = Number(match[2]);
    return month < 1 || month > 12 ? null : { year, month, mid: year + (month - 0.5) / 12 };
  };
  const distanceOf = (a: string, b: string) => {
    const p = parse(a);
    const q = parse(b);
    if (!p || !q) return null;
    if (p.month !== null && q.month !== null) return Math.abs(p.year * 12 + p.month - (q.year * 12 + q.month)) / 12;
    return Math.abs(p.year - q.year);
  };
  const eps = 1e-9;
  const t = parse(target);
  if (!t || !(tolerance >= 0)) return null;
  let best: { period: string; distance: number; midGap: number; mid: number } | null = null;
  for (const period of candidates) {
    const distance = distanceOf(target, period);
    const p = parse(period);
    if (distance === null || !p || distance > tolerance + eps) continue;
    const midGap = Math.abs(p.mid - t.mid);
    const better =
      best === null ||
      distance < best.distance - eps ||
      (Math.abs(distance - best.distance) <= eps && (midGap < best.midGap - eps || (Math.abs(midGap - best.midGap) <= eps && p.mid < best.mid)));
    if (better) best = { period, distance, midGap, mid: p.mid };
  }
  return best && { period: best.period, distance: best.distance };
}

describe('nearestPeriodSorted', () => {
  // Few years, so that ties and near misses are common; a few strings that are not periods.
  const yearArb = fc.integer({ min: 2000, max: 2012 });
  const periodArb = fc.oneof(
    { weight: 3, arbitrary: yearArb.map(String) },
    { weight: 6, arbitrary: fc.tuple(yearArb, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`) },
    { weight: 1, arbitrary: fc.constantFrom('x', '2005-13', '2005-00', '205', '2005-1', '') },
  );
  const toleranceArb = fc.oneof(fc.constantFrom(0, 1 / 12, 0.5, 1, 11 / 12, 2, 3.7, 10, -1, Infinity), fc.double({ min: 0, max: 6, noNaN: true }));

  it('returns what the linear search returns, for sorted and for shuffled candidates', () => {
    const listsArb = fc
      .array(periodArb, { maxLength: 60 })
      .chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })));
    fc.assert(
      fc.property(periodArb, listsArb, toleranceArb, (target, [list, shuffled], tolerance) => {
        const sorted = [...list].sort();
        const expected = linearNearest(target, sorted, tolerance);
        expect(nearestPeriodSorted(target, sorted, tolerance)).toEqual(expected);
        expect(nearestPeriod(target, shuffled, tolerance)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the tie rules: the middle nearest, then the earlier', () => {
    expect(nearestPeriodSorted('2022', ['2020', '2024'], 2)).toEqual({ period: '2020', distance: 2 });
    expect(nearestPeriodSorted('2020', ['2019-12', '2020-01', '2020-02', '2020-06', '2020-07', '2021'], 0)).toEqual({
      period: '2020-06',
      distance: 0,
    });
    expect(nearestPeriodSorted('2017-07', ['2017-06', '2017-08'], 1)).toEqual({ period: '2017-06', distance: 1 / 12 });
    expect(nearestPeriodSorted('0001', ['0000', '9999'], 1)).toEqual({ period: '0000', distance: 1 });
    expect(nearestPeriodSorted('9999-12', ['0000', '9998', '9999'], Infinity)).toEqual({ period: '9999', distance: 0 });
  });
});

describe('memoised parses', () => {
  it('gives frozen parses, still right after the memo is cleared', () => {
    const first = parsePeriod('2020-03');
    expect(Object.isFrozen(first)).toBe(true);
    for (let i = 0; i < 12_000; i++) parsePeriod(`${1000 + (i % 9000)}-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(parsePeriod('2020-03')).toEqual(first);
    expect(parsePeriod('2020-13')).toBeNull();
  });
});
