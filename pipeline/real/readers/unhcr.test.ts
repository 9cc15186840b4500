// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { only, readAll, sampleFile, textFile } from '../testing';
import { readTabular } from './tabular';
import { readUnhcrApi } from './unhcr';

describe('UNHCR Refugee Statistics API reader (api-population-sample.json)', { timeout: 30_000 }, () => {
  it('reads one observation per population type, origin as counterpart, asylum absent ("-")', async () => {
    const { observations } = await readAll(readUnhcrApi, sampleFile('unhcr/api-population-sample.json'));
    expect(observations).toHaveLength(18);
    const somalia = only(observations, (o) => o.counterpart === 'SOM' && o.measure === 'refugees');
    expect(somalia).toMatchObject({ geo: null, period: 2024, value: 894120, counterpartName: 'Somalia' });
    expect(only(observations, (o) => o.counterpart === 'SYR' && o.measure === 'refugees').value).toBe(5952174);
    expect(only(observations, (o) => o.counterpart === 'SYR' && o.measure === 'asylum_seekers').value).toBe(167334);
    // numbers given as strings, and "-" for not applicable, are passed on for the value normaliser
    expect(only(observations, (o) => o.counterpart === 'SOM' && o.measure === 'stateless').value).toBe('0');
    expect(only(observations, (o) => o.counterpart === 'SOM' && o.measure === 'oip').value).toBe('-');
  });

  it('refuses a page without items', async () => {
    await expect(readAll(readUnhcrApi, textFile('p.json', '{"page":1,"maxPages":1,"items":"none"}'))).rejects.toThrow(/not a UNHCR API page: items/);
  });
});

describe('UNHCR HDX CSV exports, read with the generic CSV reader', { timeout: 30_000 }, () => {
  it('end-year totals: origin, asylum, and one measure per population type', async () => {
    const { observations } = await readAll(readTabular, sampleFile('unhcr/HDX_EndYearPopulationTotals.csv'), {
      geo: { column: 'ISO3CoA', codes: 'iso3' },
      counterpart: { column: 'ISO3CoO', codes: 'iso3' },
      period: { column: 'Year' },
      wide: { columns: ['REF', 'IDP', 'ASY', 'OOC', 'STA', 'OIP'], as: 'measure' },
    });
    expect(observations).toHaveLength(745 * 6);
    const afgInPak = (measure: string) =>
      only(observations, (o) => o.period === '2019' && o.counterpart === 'AFG' && o.geo === 'PAK' && o.measure === measure);
    expect(afgInPak('REF').value).toBe('1419084');
    expect(afgInPak('ASY').value).toBe('8406');
    expect(only(observations, (o) => o.period === '1962' && o.counterpart === 'UKN' && o.measure === 'REF')).toMatchObject({
      geo: 'IRN',
      value: '2000',
    });
  });

  it('demographics: female and male totals by population type', async () => {
    const { observations } = await readAll(readTabular, sampleFile('unhcr/HDX_Demographics.csv'), {
      geo: { column: 'ISO3CoA', codes: 'iso3' },
      counterpart: { column: 'ISO3CoO', codes: 'iso3' },
      period: { column: 'Year' },
      dimensions: ['PT'],
      wide: { columns: ['Female_total', 'Male_total', 'Total'], as: 'measure' },
    });
    const ref = (measure: string) =>
      only(observations, (o) => o.period === '2019' && o.counterpart === 'AFG' && o.geo === 'PAK' && o.dims.PT === 'REF' && o.measure === measure);
    expect(ref('Female_total').value).toBe('658051');
    expect(ref('Male_total').value).toBe('761033');
    expect(ref('Total').value).toBe('1419084');
  });

  it('asylum applications: the procedure and application types are dimensions', async () => {
    const { observations } = await readAll(readTabular, sampleFile('unhcr/HDX_AsylumApplications.csv'), {
      geo: { column: 'ISO3CoA', codes: 'iso3' },
      counterpart: { column: 'ISO3CoO', codes: 'iso3' },
      period: { column: 'Year' },
      value: 'Applications',
    });
    expect(observations).toHaveLength(300);
    const newApplications = only(
      observations,
      (o) => o.period === '2019' && o.counterpart === 'AFG' && o.geo === 'PAK' && o.dims.ApplicationType === 'N',
    );
    expect(newApplications).toMatchObject({ value: '3545', dims: { ProcedureType: 'U', ApplicationDataType: 'P' } });
    expect(only(observations, (o) => o.period === '2000' && o.counterpart === 'AFG' && o.geo === 'IRN').value).toBe('245854');
  });
});
