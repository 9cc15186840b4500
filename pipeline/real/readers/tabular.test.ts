// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { only, readAll, sampleFile, textFile } from '../testing';
import { readTabular } from './tabular';

describe('generic CSV reader', { timeout: 30_000 }, () => {
  it('reads a tidy CSV with the default columns geo, period, value, lower, upper, flag; other columns are dimensions', async () => {
    const csv = 'geo,period,value,lower,upper,flag,sex\nDEU,2020,100,90,110,estimate,F\nFRA,2021-03,"1,500",,,,M\n';
    const { observations } = await readAll(readTabular, textFile('audience.csv', csv));
    expect(observations).toEqual([
      {
        measure: 'audience',
        dims: { sex: 'F' },
        geo: 'DEU',
        geoCodes: 'auto',
        period: '2020',
        value: '100',
        lower: '90',
        upper: '110',
        flag: 'estimate',
      },
      { measure: 'audience', dims: { sex: 'M' }, geo: 'FRA', geoCodes: 'auto', period: '2021-03', value: '1,500', lower: '', upper: '', flag: '' },
    ]);
  });

  it('reads FB_UN_totals.csv: M49 codes with names, a constant period, one value column', async () => {
    const { observations } = await readAll(readTabular, sampleFile('facebook-vs-undesa/FB_UN_totals.csv'), {
      geo: { column: 'country_code', codes: 'm49', nameColumn: 'country_name' },
      period: { value: '2020' },
      value: 'fb_expats',
    });
    expect(observations).toHaveLength(192);
    expect(only(observations, (o) => o.geo === '4')).toMatchObject({ geoName: 'Afghanistan', period: '2020', value: '210000', geoCodes: 'm49' });
    expect(only(observations, (o) => o.geo === '180')).toMatchObject({ geoName: 'Congo - Kinshasa' });
    expect(only(observations, (o) => o.geo === '104')).toMatchObject({ geoName: 'Myanmar (Burma)' });
    expect(only(observations, (o) => o.geo === '12').value).toBe('1600000');
    expect(only(observations, (o) => o.geo === '4').dims).toMatchObject({ data_used: 'B', migrant_pop_2019: '96536' });
  });

  it('reads Migration_GTrends.csv: a constant geography, end-of-month dates, one column per search term', async () => {
    const { observations } = await readAll(readTabular, sampleFile('search-interest/Migration_GTrends.csv'), {
      geo: { value: 'SOM', codes: 'iso3' },
      period: { column: 'date' },
      wide: { columns: ['qaxooti', 'Addis'], as: 'measure' },
    });
    expect(observations).toHaveLength(40 * 2);
    expect(only(observations, (o) => o.period === '2017-03-31' && o.measure === 'qaxooti').value).toBe('13.0');
    expect(only(observations, (o) => o.period === '2017-02-28' && o.measure === 'Addis').value).toBe('28.5');
    expect(only(observations, (o) => o.period === '2020-05-31' && o.measure === 'qaxooti')).toMatchObject({ geo: 'SOM', value: '4.4' });
  });

  it('reads years as columns (wide by period) after a preamble', async () => {
    const csv = 'Source: somewhere\n\ncountry,2019,2020\nDEU,1,2\n';
    const { observations } = await readAll(readTabular, textFile('w.csv', csv), {
      skipRows: 1,
      geo: { column: 'country' },
      wide: { columns: '*', as: 'period' },
    });
    expect(observations.map((o) => [o.geo, o.period, o.value])).toEqual([
      ['DEU', '2019', '1'],
      ['DEU', '2020', '2'],
    ]);
  });

  it('names the missing column and the option in error', async () => {
    await expect(readAll(readTabular, textFile('a.csv', 'country,year,v\nDEU,2020,1\n'))).rejects.toThrow(
      'a.csv: has no geography column "geo" (columns: country, year, v)',
    );
    await expect(readAll(readTabular, textFile('a.csv', 'geo,period,value\n'), { delimiter: ';;' })).rejects.toThrow(/a.csv: options.delimiter/);
  });
});
