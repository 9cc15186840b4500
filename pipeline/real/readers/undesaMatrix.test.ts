// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createGeoResolver } from '../codes';
import { only, readAll, sampleFile, textFile } from '../testing';
import { OD_MEASURE, readUndesaMatrix, TOTAL_MEASURE } from './undesaMatrix';

const DIR = 'undesa/ims2020-origin-destination/';
const YEARS = ['1990', '1995', '2000', '2005', '2010', '2015', '2020'];

describe('UN DESA International Migrant Stock 2020 by origin and destination (JSON matrix)', { timeout: 60_000 }, () => {
  it("reads every cell as destination ← origin by year, and the destinations' published totals", async () => {
    const { observations, notes } = await readAll(readUndesaMatrix, sampleFile(`${DIR}stock.json`));
    const cells = observations.filter((o) => o.measure === OD_MEASURE);
    const totals = observations.filter((o) => o.measure === TOTAL_MEASURE);
    expect(cells).toHaveLength(YEARS.length * 243 * 243);
    expect(totals).toHaveLength(YEARS.length * 243);
    const cell = (destination: string, origin: string, period: string) =>
      only(cells, (o) => o.geo === destination && o.counterpart === origin && o.period === period);
    expect(cell('United States', 'Mexico', '2020')).toMatchObject({
      value: 10853105,
      geoCodes: 'name',
      counterpartCodes: 'name',
      dims: { sex: 'total' },
    });
    expect(cell('Germany', 'Poland', '2020').value).toBeGreaterThan(0);
    expect(cell('Angola', 'Angola', '1990').value).toBe(0); // no diagonal in the table: the file writes 0
    expect(only(totals, (o) => o.geo === 'United States' && o.period === '2020').value).toBe(50632836);
    expect(notes).toEqual([
      "2020, total: the origins add up to 267,940,954 of the destinations' 280,598,105 (the rest is of unknown origin, in no row of the matrix)",
    ]);
  });

  it('marks the region rows and columns as groups, on either side', async () => {
    const { observations } = await readAll(readUndesaMatrix, sampleFile(`${DIR}stock.json`));
    const groups = new Set(
      observations.flatMap((o) => [o.geoGroup ? o.geo : null, o.counterpartGroup ? o.counterpart : null]).filter((n) => n !== null),
    );
    expect([...groups].sort()).toEqual([
      'East Asia',
      'East Europe & Central Asia',
      'Europe',
      'Latin America and the Caribbean',
      'North Africa',
      'North America',
      'Oceania',
      'South Asia',
      'South-East Asia',
      'Sub-Saharan Africa',
      'West Asia',
    ]);
    const northAmerica = only(
      observations,
      (o) => o.measure === OD_MEASURE && o.geo === 'North America' && o.counterpart === 'Mexico' && o.period === '2020',
    );
    expect(northAmerica).toMatchObject({ geoGroup: true });
    expect(northAmerica.counterpartGroup).toBeUndefined();
  });

  it('resolves every other name to a country of its own through the code module, except the Channel Islands', async () => {
    const { observations } = await readAll(readUndesaMatrix, sampleFile(`${DIR}stock.json`));
    const names = new Set(observations.filter((o) => o.measure === TOTAL_MEASURE && !o.geoGroup).map((o) => o.geo as string));
    expect(names.size).toBe(232);
    const resolver = createGeoResolver();
    const ids = new Map<string, string>();
    const notCountries: string[] = [];
    for (const name of names) {
      const match = resolver.resolve(name, 'name');
      if (match.kind === 'country') ids.set(name, match.id);
      else notCountries.push(`${name}: ${match.kind}`);
    }
    expect(notCountries).toEqual(['Channel Islands: other']);
    expect(new Set(ids.values()).size).toBe(231);
    expect([ids.get('DR Congo'), ids.get('Congo'), ids.get('FS Micronesia'), ids.get('St. Pierre & Miquelon'), ids.get('Hong Kong SAR')]).toEqual([
      'COD',
      'COG',
      'FSM',
      'SPM',
      'HKG',
    ]);
  });

  it('gives each file the sex the config names', async () => {
    const { observations } = await readAll(readUndesaMatrix, sampleFile(`${DIR}stock_female.json`), { sex: 'female' });
    expect(observations.every((o) => o.dims.sex === 'female')).toBe(true);
    expect(only(observations, (o) => o.measure === TOTAL_MEASURE && o.geo === 'United States' && o.period === '2020').value).toBe(26153840);
    await expect(readAll(readUndesaMatrix, sampleFile(`${DIR}stock_female.json`), { sex: 'women' })).rejects.toThrow(/options\.sex/);
  });

  it('refuses a file whose matrix does not fit its names', async () => {
    const file = (payload: unknown) => textFile('stock.json', JSON.stringify(payload));
    const names = ['Region', 'A', 'B'];
    const square = [
      [0, 1, 2],
      [0, 0, 2],
      [0, 1, 0],
    ];
    await expect(readAll(readUndesaMatrix, file({ names, regions: [0], matrix: { 2020: square.slice(1) } }))).rejects.toThrow(
      /matrix 2020 is not 3 × 3/,
    );
    await expect(readAll(readUndesaMatrix, file({ names, regions: [3], matrix: { 2020: square } }))).rejects.toThrow(
      /region index 3 is outside the 3 names/,
    );
    await expect(
      readAll(readUndesaMatrix, file({ names, regions: [0], matrix: { 2020: square }, total_inflow: { 2020: { C: 1 } } })),
    ).rejects.toThrow(/total_inflow 2020 names "C"/);
    await expect(readAll(readUndesaMatrix, file({ names, matrix: { 2020: square } }))).rejects.toThrow(
      /not an origin–destination matrix file: regions/,
    );
    const { observations } = await readAll(readUndesaMatrix, file({ names, regions: [0], matrix: { 2020: square } }));
    expect(observations).toHaveLength(9);
  });
});
