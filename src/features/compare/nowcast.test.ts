import fc from 'fast-check';
import * as ss from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../contract/schema';
import type { Observation } from '../../data/observations';
import { backtestCountry, nowcastCountry, summarizeBacktest, summarizeByRelease } from './nowcast';
import { nearestPeriod } from '../../lib/period';
import { byCountry, type CountryObservations } from './periods';

const obs = (geo: string, period: string, value: number, flag: Flag | null = null): Observation => ({
  geo,
  period,
  value,
  lower: null,
  upper: null,
  flag,
});

const a = byCountry([obs('DEU', '2010', 1000), obs('DEU', '2015', 1200), obs('DEU', '2020', 1500), obs('DEU', '2024', 1600)]);
const b = byCountry([
  obs('DEU', '2015', 600),
  obs('DEU', '2016', 640),
  obs('DEU', '2019', 700, 'break'),
  obs('DEU', '2020', 720),
  obs('DEU', '2024', 800),
  obs('DEU', '2025', 840),
  obs('DEU', '2026', 880),
]);

describe('nowcastCountry', () => {
  it("carries A's last figure forward with B's growth since then", () => {
    const result = nowcastCountry('DEU', a.get('DEU'), b.get('DEU'), 2);
    expect(result).not.toBeNull();
    const nowcast = result as NonNullable<typeof result>;
    expect(nowcast.base.period).toBe('2024');
    expect(nowcast.anchor.period).toBe('2024');
    expect(nowcast.latest.period).toBe('2026');
    expect(nowcast.growth).toBeCloseTo(880 / 800, 12);
    expect(nowcast.estimate).toBeCloseTo(1600 * 1.1, 9);
    expect(nowcast.acrossBreak).toBe(false);
    expect(nowcast.path.map((p) => p.period)).toEqual(['2024', '2025', '2026']);
    expect(nowcast.path[1]?.value).toBeCloseTo(1600 * (840 / 800), 9);
  });

  it('anchors on the nearest B period within the tolerance, and flags a break after it', () => {
    const aOld = byCountry([obs('DEU', '2017', 1000)]).get('DEU');
    const nowcast = nowcastCountry('DEU', aOld, b.get('DEU'), 2);
    expect(nowcast?.anchor.period).toBe('2016');
    // B changed method in 2019, between the anchor and its latest value.
    expect(nowcast?.acrossBreak).toBe(true);
    expect(nowcastCountry('DEU', aOld, b.get('DEU'), 0)).toBeNull();
    // 2020 and 2024 are both two years from 2022: the earlier one, after the break.
    const tie = nowcastCountry('DEU', byCountry([obs('DEU', '2022', 1000)]).get('DEU'), b.get('DEU'), 2);
    expect(tie?.anchor.period).toBe('2020');
    expect(tie?.acrossBreak).toBe(false);
  });

  it('makes none without data, or when B is not newer than A', () => {
    expect(nowcastCountry('DEU', undefined, b.get('DEU'), 2)).toBeNull();
    expect(nowcastCountry('DEU', a.get('DEU'), undefined, 2)).toBeNull();
    const bOld = byCountry([obs('DEU', '2020', 5), obs('DEU', '2024', 6)]).get('DEU');
    expect(nowcastCountry('DEU', a.get('DEU'), bOld, 2)).toBeNull();
  });
});

describe('backtestCountry', () => {
  it('predicts each release from the one before with B growth, next to the naive forecast', () => {
    const rows = backtestCountry('DEU', a.get('DEU'), b.get('DEU'), 2);
    // 2010 → 2015 has no B value near 2010.
    expect(rows.map((r) => `${r.from.period}→${r.to.period}`)).toEqual(['2015→2020', '2020→2024']);
    const [first, second] = rows as [(typeof rows)[0], (typeof rows)[0]];
    expect(first.predicted).toBeCloseTo(1200 * (720 / 600), 9); // 1440 against 1500 published
    expect(first.error).toBeCloseTo(((1440 - 1500) / 1500) * 100, 9);
    expect(first.naiveApe).toBeCloseTo(20, 9);
    expect(first.acrossBreak).toBe(true);
    expect(second.predicted).toBeCloseTo(1500 * (800 / 720), 9);
    expect(second.acrossBreak).toBe(false);
  });

  it('skips a release when both ends would use the same B period', () => {
    expect(backtestCountry('DEU', a.get('DEU'), b.get('DEU'), 5).map((r) => r.from.period)).toEqual(['2015', '2020']);
  });

  it('summarizes the errors overall and by release, against simple-statistics', () => {
    const other = byCountry([obs('FRA', '2015', 100), obs('FRA', '2020', 90)]);
    const otherB = byCountry([obs('FRA', '2015', 50), obs('FRA', '2020', 50)]);
    const rows = [...backtestCountry('DEU', a.get('DEU'), b.get('DEU'), 2), ...backtestCountry('FRA', other.get('FRA'), otherB.get('FRA'), 2)];
    const apes = rows.map((r) => Math.abs(r.error));
    const summary = summarizeBacktest(rows);
    expect(summary.n).toBe(3);
    expect(summary.mape).toBeCloseTo(ss.mean(apes), 9);
    expect(summary.medianApe).toBeCloseTo(ss.median(apes), 9);
    expect(summary.naiveMape).toBeCloseTo(ss.mean(rows.map((r) => r.naiveApe)), 9);
    expect(summary.acrossBreak).toBe(1);
    const byRelease = summarizeByRelease(rows);
    expect(byRelease.map((r) => [r.from, r.to, r.summary.n])).toEqual([
      ['2015', '2020', 2],
      ['2020', '2024', 1],
    ]);
    expect(summarizeBacktest([])).toMatchObject({ n: 0, mape: null, medianApe: null });
  });

  it('gives the rows of the plain method: linear nearest search and a scan of B for breaks', () => {
    // The back-test as first written, with the linear nearestPeriod over unsorted keys.
    const plain = (aObs: CountryObservations, bObs: CountryObservations, tolerance: number) => {
      const aPeriods = [...aObs.keys()].sort();
      const breakBetween = (after: string, upTo: string) => [...bObs].some(([p, o]) => p > after && p <= upTo && o.flag === 'break');
      const rows: [string, string, string, string, number, boolean][] = [];
      for (let k = 1; k < aPeriods.length; k++) {
        const from = aObs.get(aPeriods[k - 1] as string) as Observation;
        const to = aObs.get(aPeriods[k] as string) as Observation;
        const mFrom = nearestPeriod(from.period, bObs.keys(), tolerance);
        const mTo = nearestPeriod(to.period, bObs.keys(), tolerance);
        if (!mFrom || !mTo || mFrom.period >= mTo.period) continue;
        const bFrom = bObs.get(mFrom.period) as Observation;
        const bTo = bObs.get(mTo.period) as Observation;
        if (bFrom.value <= 0 || from.value <= 0 || to.value === 0) continue;
        rows.push([from.period, to.period, bFrom.period, bTo.period, (from.value * bTo.value) / bFrom.value, breakBetween(bFrom.period, bTo.period)]);
      }
      return rows;
    };
    const yearArb = fc.integer({ min: 2000, max: 2010 });
    const monthArb = fc.tuple(yearArb, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    const rowArb = (periodArb: fc.Arbitrary<string>) =>
      fc
        .tuple(periodArb, fc.integer({ min: 0, max: 9 }), fc.boolean())
        .map(([period, value, brk]) => obs('DEU', period, value, brk ? 'break' : null));
    fc.assert(
      fc.property(
        fc.array(rowArb(yearArb.map(String)), { maxLength: 8 }),
        fc.array(rowArb(fc.oneof(yearArb.map(String), monthArb)), { maxLength: 40 }),
        fc.constantFrom(0, 0.5, 1, 2, 3.7),
        (aRows, bRows, tolerance) => {
          const aObs = byCountry(aRows).get('DEU') ?? new Map<string, Observation>();
          const bObs = byCountry(bRows).get('DEU') ?? new Map<string, Observation>();
          const rows = backtestCountry('DEU', aObs, bObs, tolerance).map((r) => [
            r.from.period,
            r.to.period,
            r.bFrom.period,
            r.bTo.period,
            r.predicted,
            r.acrossBreak,
          ]);
          expect(rows).toEqual(plain(aObs, bObs, tolerance));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
