// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { only, readAll, sampleFile, textFile } from '../testing';
import { readSdmxCsv, readSdmxJson } from './sdmx';

describe('SDMX-JSON reader (OECD International Migration Database)', { timeout: 30_000 }, () => {
  it('reads time codes through the structure, whatever their order in the message', async () => {
    const { observations } = await readAll(readSdmxJson, sampleFile('oecd/AUS_B14.json'));
    expect(observations).toHaveLength(13);
    // TIME_PERIOD values are listed 2013, 2014, 2022, 2021, 2015 … 2010, 2012, 2011
    expect(only(observations, (o) => o.period === '2013').value).toBe(6408740);
    expect(only(observations, (o) => o.period === '2010').value).toBe(5881360);
    expect(only(observations, (o) => o.period === '2022').value).toBe(7681720);
    expect(observations.map((o) => o.period).slice(0, 3)).toEqual(['2013', '2014', '2022']);
    expect(observations[0]).toMatchObject({
      measure: 'AUS_B14',
      geo: 'AUS',
      geoName: 'Australia',
      dims: { BIRTH_COUNTRY: 'W', FREQ: 'A', MEASURE: 'B14', SEX: '_T', BIRTH_PLACE: '_Z', EDUCATION_LEV: '_Z', UNIT_MEASURE: 'PS' },
      flag: 'A',
      unit: 'PS',
      multiplier: 1,
    });
  });

  it('passes null values on (CHL, foreign population B15)', async () => {
    const { observations } = await readAll(readSdmxJson, sampleFile('oecd/CHL_B15.json'));
    expect(only(observations, (o) => o.period === '2013').value).toBeNull();
    expect(only(observations, (o) => o.period === '2022').value).toBe(1836137);
    expect(observations[0]!.dims.CITIZENSHIP).toBe('W');
  });

  it('reads series-keyed messages with series attributes and UNIT_MULT', async () => {
    const message = {
      data: {
        dataSets: [{ series: { '0:0': { attributes: [0], observations: { 1: [12.5, 1], 0: [10, null] } } } }],
        structures: [
          {
            dimensions: {
              series: [
                { id: 'REF_AREA', values: [{ id: 'DEU', name: 'Germany' }] },
                { id: 'MEASURE', values: [{ id: 'B14' }] },
              ],
              observation: [{ id: 'TIME_PERIOD', values: [{ id: '2019' }, { id: '2020' }] }],
            },
            attributes: {
              series: [{ id: 'UNIT_MULT', values: [{ id: '3' }] }],
              observation: [{ id: 'OBS_STATUS', values: [{ id: 'A' }, { id: 'E' }] }],
            },
          },
        ],
      },
    };
    const { observations } = await readAll(readSdmxJson, textFile('m.json', JSON.stringify(message)));
    expect(observations.map((o) => [o.geo, o.period, o.value, o.flag, o.multiplier])).toEqual([
      ['DEU', '2019', 10, null, 1000],
      ['DEU', '2020', 12.5, 'E', 1000],
    ]);
  });

  it('reports messages that are not data and keys that do not fit the structure', async () => {
    await expect(readAll(readSdmxJson, textFile('e.json', '{"errors":[{"code":404,"message":"NoResults"}]}'))).rejects.toThrow(/holds an error/);
    await expect(readAll(readSdmxJson, textFile('e.json', '{"data":{}}'))).rejects.toThrow(/not an SDMX-JSON data message/);
    const bad = {
      data: {
        dataSets: [{ observations: { '0:5': [1] } }],
        structures: [
          {
            dimensions: {
              observation: [
                { id: 'REF_AREA', values: [{ id: 'FRA' }] },
                { id: 'TIME_PERIOD', values: [{ id: '2020' }] },
              ],
            },
          },
        ],
      },
    };
    await expect(readAll(readSdmxJson, textFile('b.json', JSON.stringify(bad)))).rejects.toThrow(/points outside dimension TIME_PERIOD/);
  });
});

describe('SDMX-CSV reader (Eurostat tps00176)', { timeout: 30_000 }, () => {
  it('reads every row with its dimensions and OBS_FLAG, and LAST UPDATE as release date', async () => {
    const { observations, releaseDate } = await readAll(readSdmxCsv, sampleFile('eurostat/sdmx-csv-tps00176.csv', 'tps00176.csv'));
    expect(observations).toHaveLength(848);
    expect(releaseDate).toBe('2024-11-29');
    const at = (geo: string, period: string) => only(observations, (o) => o.geo === geo && o.period === period && o.dims.agedef === 'COMPLET');
    expect(at('DE', '2015')).toMatchObject({ value: '1549937', flag: 'e' });
    expect(at('EL', '2011')).toMatchObject({ value: '60089', flag: 'b' });
    expect(at('BG', '2012')).toMatchObject({ value: '14103', flag: 'bp' });
    expect(at('EU27_2020', '2013')).toMatchObject({ value: '2901445', flag: 'bep' });
    expect(at('UK', '2019')).toMatchObject({ value: '680906', flag: '' });
    expect(at('DE', '2015')).toMatchObject({
      measure: 'tps00176',
      dims: { freq: 'A', citizen: 'TOTAL', agedef: 'COMPLET', age: 'TOTAL', unit: 'NR', sex: 'T' },
      unit: 'NR',
    });
  });

  it('refuses a CSV without the SDMX columns', async () => {
    await expect(readAll(readSdmxCsv, textFile('x.csv', 'geo,year,value\nDE,2020,1\n'))).rejects.toThrow(/not SDMX-CSV with a "TIME_PERIOD" column/);
  });
});
