import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, FLAGS, type Series } from '../contract/schema';
import { buildIndex } from './seriesIndex';
import { packSeries, unpackSeries } from './seriesPacking';

const series = (columns: Series['columns']): Series => ({
  contract: CONTRACT_VERSION,
  indicator: 'migrant-stock',
  source: 'census',
  slice: 'total',
  focus: { geo: 'DEU', role: 'destination' },
  releaseDate: '2025-01-01',
  columns,
});

const plainIndex = (s: Series) => [...buildIndex(s).byGeo].map(([geo, { ordinals, rows }]) => [geo, Array.from(ordinals), Array.from(rows)]);

const geos = fc.constantFrom('DEU', 'FRA', 'SYR', 'USA');
const periods = fc.constantFrom('2019', '2020', '2021', '2020-03', '2020-11');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const rowsArb = fc.array(
  fc.record({
    geo: geos,
    period: periods,
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    lower: maybe(fc.double({ noNaN: true, noDefaultInfinity: true })),
    flag: maybe(fc.constantFrom(...FLAGS)),
  }),
  { maxLength: 60 },
);

describe('packSeries / unpackSeries', () => {
  it('gives back the same series, nulls, optional columns and index included, for any rows and slices', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, fc.boolean(), fc.integer({ min: 1, max: 70 }), async (rows, withOptional, rowsPerSlice) => {
        const s = series({
          geo: rows.map((r) => r.geo),
          period: rows.map((r) => r.period),
          value: rows.map((r) => r.value),
          ...(withOptional ? { lower: rows.map((r) => r.lower), flag: rows.map((r) => r.flag) } : {}),
        });
        const { packed } = packSeries(s, buildIndex(s));
        let pauses = 0;
        const pause = async () => void (pauses += 1);
        const { series: back, index } = await unpackSeries(structuredClone(packed), { rowsPerSlice, pause });
        expect(pauses).toBe(Math.max(0, Math.ceil(rows.length / rowsPerSlice) - 1));
        expect(back).toEqual(s);
        expect([...index.byGeo].map(([geo, e]) => [geo, Array.from(e.ordinals), Array.from(e.rows)])).toEqual(plainIndex(s));
        expect(index.grain).toBe(buildIndex(s).grain);
      }),
    );
  });

  it('keeps -0 and large numbers exactly', async () => {
    const s = series({ geo: ['DEU', 'FRA'], period: ['2020', '2020'], value: [-0, 2 ** 53 - 1] });
    const { series: back } = await unpackSeries(packSeries(s, buildIndex(s)).packed);
    expect(Object.is(back.columns.value[0], -0)).toBe(true);
    expect(back.columns.value[1]).toBe(2 ** 53 - 1);
  });

  it('hands over every typed array for transfer, and a transfer leaves nothing behind to copy', async () => {
    const s = series({ geo: ['DEU', 'FRA'], period: ['2020', '2021'], value: [1, 2], lower: [null, 1] });
    const { packed, transfer } = packSeries(s, buildIndex(s));
    // geo, period codes; value; lower values and null mask; index offsets, ordinals, rows.
    expect(transfer).toHaveLength(8);
    const moved = structuredClone(packed, { transfer });
    expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true);
    expect((await unpackSeries(moved)).series).toEqual(s);
  });
});
