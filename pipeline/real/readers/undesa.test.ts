// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createGeoResolver } from '../codes';
import { only, readAll, sampleFile, textFile } from '../testing';
import type { RawObservation } from './types';
import { readTabular } from './tabular';
import { parseImsTable, readUndesaXlsx, xlsxModifiedDate } from './undesa';

const WORKBOOK = 'undesa/UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx';
const resolver = createGeoResolver();

describe('UN DESA International Migrant Stock 2024 workbook (by destination and sex)', { timeout: 60_000 }, () => {
  it('reads Table 1 by location code, year and sex, and the workbook date as release date', async () => {
    const { observations, releaseDate } = await readAll(readUndesaXlsx, sampleFile(WORKBOOK, 'destination.xlsx'));
    expect(releaseDate).toBe('2025-02-07');
    expect(observations).toHaveLength(287 * 24); // 287 rows with a location code, 8 years × 3 sexes
    const at = (code: string, period: string, sex: string) => only(observations, (o) => o.geo === code && o.period === period && o.dims.sex === sex);
    expect(at('276', '1990', 'total')).toMatchObject({ value: 6960112, geoName: 'Germany', measure: 'Table 1', geoCodes: 'm49' });
    expect(at('276', '2024', 'total').value).toBe(16750084);
    expect(at('276', '2024', 'male').value).toBe(8375042);
    expect(at('276', '2010', 'female').value).toBe(6066294);
    expect(at('900', '2024', 'total')).toMatchObject({ value: 304021813, geoName: 'World' });
    expect(at('900', '2024', 'female').value).toBe(146012018);
    expect(at('652', '2024', 'total')).toMatchObject({ value: null, geoName: 'Saint Barthélemy' }); // trailing * removed
  });

  it('reads other tables by sheet name (Table 3: share of the population)', async () => {
    const { observations } = await readAll(readUndesaXlsx, sampleFile(WORKBOOK, 'destination.xlsx'), { sheets: ['Table 3'] });
    expect(only(observations, (o) => o.geo === '276' && o.period === '2024' && o.dims.sex === 'total').value).toBeCloseTo(19.81033690389901, 12);
    expect(only(observations, (o) => o.geo === '900' && o.period === '1990' && o.dims.sex === 'total').value).toBeCloseTo(2.888921752966205, 12);
  });

  it('keeps its aggregates (World, SDG regions, income groups) as groups and its countries as countries', async () => {
    const { observations } = await readAll(readUndesaXlsx, sampleFile(WORKBOOK, 'destination.xlsx'));
    const rows = new Map(observations.map((o) => [o.geo, o.geoName]));
    const kinds = { country: 0, group: 0, other: 0, unknown: 0 };
    for (const [code, name] of rows) {
      const match = resolver.resolve(code, 'm49', name);
      kinds[match.kind] += 1;
      if (match.kind === 'country') expect(resolver.resolve(name!, 'name'), `${code} ${name}`).toEqual(match); // code and name agree
    }
    expect(kinds).toEqual({ country: 234, group: 52, other: 1, unknown: 0 }); // other: Channel Islands (830)
    expect(resolver.resolve('927', 'm49').kind).toBe('group'); // "Australia/New Zealand" has a data type, but is a group
  });

  it('refuses a file that is not a workbook, and a sheet that is not there', async () => {
    await expect(readAll(readUndesaXlsx, textFile('x.xlsx', 'not a zip'))).rejects.toThrow(/not an xlsx workbook/);
    await expect(readAll(readUndesaXlsx, sampleFile(WORKBOOK, 'destination.xlsx'), { sheets: ['Table 9'] })).rejects.toThrow(
      /sheet "Table 9" could not be read/,
    );
    expect(xlsxModifiedDate(new TextEncoder().encode('PK but not really'))).toBeUndefined();
  });

  it('reads the destination-and-origin layout (two location codes per row)', () => {
    const rows = [
      ['International Migrant Stock 2024: Destination and origin'],
      [
        null,
        null,
        null,
        null,
        null,
        null,
        'International migrant stock at mid-year, both sexes combined',
        null,
        'International migrant stock at mid-year, males',
        null,
        'International migrant stock at mid-year, females',
        null,
      ],
      [],
      [
        'Index',
        'Region, development group, country or area of destination',
        'Notes of destination',
        'Location code of destination',
        'Region, development group, country or area of origin',
        'Location code of origin',
        1990,
        2024,
        1990,
        2024,
        1990,
        2024,
      ],
      [1, 'Germany', null, 276, 'Poland', 616, 1127000, 1784839, 500000, 800000, 627000, 984839],
      [2, 'Germany', null, 276, 'World', 900, 6960112, 16750084, 3480056, 8375042, 3480056, 8375042],
      ['Notes: …'],
    ];
    const out: RawObservation[] = [];
    parseImsTable(rows, 'Table 1', 'od.xlsx', (o) => out.push(o));
    expect(out).toHaveLength(12);
    expect(only(out, (o) => o.counterpart === '616' && o.period === '2024' && o.dims.sex === 'total')).toMatchObject({
      geo: '276',
      geoName: 'Germany',
      counterpartName: 'Poland',
      counterpartCodes: 'm49',
      value: 1784839,
    });
    expect(only(out, (o) => o.counterpart === '616' && o.period === '1990' && o.dims.sex === 'female').value).toBe(627000);
    expect(() => parseImsTable([['no header']], 'Table 1', 'od.xlsx', () => undefined)).toThrow(/no header row with "Location code"/);
  });
});

describe('UN DESA origin–destination CSV (2019, one column per origin), with the generic CSV reader', { timeout: 60_000 }, () => {
  const options = { geo: { column: 'Dest', codes: 'name' }, period: { column: 'Year' }, wide: { columns: '*', as: 'counterpart', codes: 'name' } };

  it('reads one observation per destination, origin and year', async () => {
    const { observations } = await readAll(readTabular, sampleFile('undesa/UN_MigrantStockByOriginAndDestination_2019_clean.csv'), options);
    expect(observations).toHaveLength(1659 * 232);
    const inGermany2019 = (origin: string) => only(observations, (o) => o.geo === 'Germany' && o.period === '2019' && o.counterpart === origin).value;
    expect(inGermany2019('Poland')).toBe('1784839');
    expect(inGermany2019('Turkey')).toBe('1531333');
    expect(inGermany2019('Syrian Arab Republic')).toBe('589628');
    expect(only(observations, (o) => o.geo === 'Uganda' && o.period === '1990' && o.counterpart === 'Algeria').value).toBe('35');
    expect(observations[0]).toMatchObject({ geoCodes: 'name', counterpartCodes: 'name' });
  });
});
