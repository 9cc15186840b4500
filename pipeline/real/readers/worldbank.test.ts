// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createGeoResolver } from '../codes';
import { only, readAll, sampleFile, textFile } from '../testing';
import { readWorldBankApi, readWorldBankCsv } from './worldbank';

const resolver = createGeoResolver();

describe('World Bank Indicators API v2 reader (api-v2-SM.POP.TOTL.json)', { timeout: 30_000 }, () => {
  it('reads every record, with the indicator code as measure and lastupdated as release date', async () => {
    const { observations, releaseDate } = await readAll(readWorldBankApi, sampleFile('worldbank/api-v2-SM.POP.TOTL.json'));
    expect(observations).toHaveLength(3445);
    expect(releaseDate).toBe('2026-07-13');
    expect(new Set(observations.map((o) => o.measure))).toEqual(new Set(['SM.POP.TOTL']));
    expect(only(observations, (o) => o.geo === 'DEU' && o.period === '2020').value).toBe(15021300);
    expect(only(observations, (o) => o.geo === 'USA' && o.period === '2010').value).toBe(43947211);
    expect(only(observations, (o) => o.geo === 'DEU' && o.period === '2019').value).toBeNull();
  });

  it('keeps aggregates recognisable, including those with an empty countryiso3code', async () => {
    const { observations } = await readAll(readWorldBankApi, sampleFile('worldbank/api-v2-SM.POP.TOTL.json'));
    const afe = only(observations, (o) => o.geo === 'AFE' && o.period === '2020');
    expect(afe.value).toBe(13059376);
    expect(resolver.resolve(afe.geo, 'auto', afe.geoName)).toMatchObject({ kind: 'group', name: 'Africa Eastern and Southern' });
    const highIncome = only(observations, (o) => o.geo === 'XD' && o.period === '2020');
    expect(highIncome).toMatchObject({ geoName: 'High income', value: 189435824 });
    expect(resolver.resolve(highIncome.geo, 'auto', highIncome.geoName).kind).toBe('group');
    expect(resolver.resolve('WLD').kind).toBe('group');
  });

  it("reports the API's error message and a payload that is not a page", async () => {
    const error = textFile('x.json', '[{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter value is not valid"}]}]');
    await expect(readAll(readWorldBankApi, error)).rejects.toThrow(
      'x.json: World Bank API error 120 Invalid value: The provided parameter value is not valid',
    );
    await expect(readAll(readWorldBankApi, textFile('y.json', '{"page":1}'))).rejects.toThrow(/not a World Bank API v2 page/);
    await expect(readAll(readWorldBankApi, textFile('z.json', '[{"page":1,'))).rejects.toThrow(/not valid JSON/);
  });
});

describe('World Bank bulk CSV reader (API_SM.POP.NETM…csv)', { timeout: 30_000 }, () => {
  const data = 'worldbank/API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv';
  const metadata = 'worldbank/Metadata_Country_API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv';

  it('skips the four preamble lines, reads one observation per year and the last-updated date', async () => {
    const file = sampleFile(data);
    const { observations, releaseDate } = await readAll(readWorldBankCsv, file, undefined, [file, sampleFile(metadata)]);
    expect(releaseDate).toBe('2024-06-28');
    expect(observations).toHaveLength(266 * 64); // 1960–2023
    expect(only(observations, (o) => o.geo === 'DEU' && o.period === '2023').value).toBe('155751');
    expect(only(observations, (o) => o.geo === 'DEU' && o.period === '2021').value).toBe('312735');
    expect(only(observations, (o) => o.geo === 'AFG' && o.period === '2020').value).toBe('166821');
    expect(only(observations, (o) => o.geo === 'XKX' && o.period === '2022').value).toBe('-5000');
    expect(only(observations, (o) => o.geo === 'INX' && o.period === '2023').value).toBe('');
    expect(observations[0]!.measure).toBe('SM.POP.NETM');
  });

  it('marks the aggregates the Metadata_Country file lists with an empty region', async () => {
    const file = sampleFile(data);
    const { observations } = await readAll(readWorldBankCsv, file, undefined, [file, sampleFile(metadata)]);
    const groups = new Set(observations.filter((o) => o.geoGroup).map((o) => o.geo));
    expect(groups.size).toBe(48);
    expect(groups).toContain('WLD');
    expect(groups).toContain('AFE');
    expect(groups).not.toContain('DEU');
    expect(groups).not.toContain('CHI'); // a territory, not an aggregate: the code normaliser drops it with its reason
  });

  it('notes where the indicator comes from, after the Metadata_Indicator file', async () => {
    const file = sampleFile(data);
    const { notes } = await readAll(readWorldBankCsv, file, undefined, [
      file,
      sampleFile(metadata),
      sampleFile('worldbank/Metadata_Indicator_API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv'),
    ]);
    expect(notes).toEqual(['SM.POP.NETM (Net migration): source United Nations Population Division. World Population Prospects: 2022 Revision.']);
  });

  it('notes a missing metadata file and still tells aggregates by code', async () => {
    const file = sampleFile(data);
    const { notes, observations } = await readAll(readWorldBankCsv, file);
    expect(notes[0]).toMatch(/no Metadata_Country_API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv/);
    expect(observations.some((o) => o.geoGroup)).toBe(false);
  });

  it('refuses a CSV that is not a bulk download', async () => {
    await expect(readAll(readWorldBankCsv, textFile('a.csv', 'geo,period,value\nDEU,2020,1\n'))).rejects.toThrow(/not a World Bank bulk CSV/);
  });
});
