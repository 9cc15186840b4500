// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { only, readAll, sampleFile, textFile } from '../testing';
import { readJsonStat } from './jsonstat';

describe('JSON-stat 2.0 reader (Eurostat migr_pop1ctz)', { timeout: 30_000 }, () => {
  it('unfolds the sparse value object through the dimension sizes and carries the status flags', async () => {
    const { observations, releaseDate } = await readAll(readJsonStat, sampleFile('eurostat/jsonstat-migr_pop1ctz.json', 'migr_pop1ctz.json'));
    expect(releaseDate).toBe('2026-08-10');
    expect(observations).toHaveLength(417);
    const at = (geo: string, period: string) => only(observations, (o) => o.geo === geo && o.period === period);
    expect(at('EU27_2020', '2014')).toMatchObject({ value: 28740222, flag: 'be' });
    expect(at('EU27_2020', '2021')).toMatchObject({ value: 37213628, flag: 'bep' });
    expect(at('BE', '2010')).toMatchObject({ value: 1052844, flag: 'p' });
    expect(at('BE', '2011')).toMatchObject({ value: 1162608, flag: 'b' });
    expect(at('DE', '2022')).toMatchObject({ value: 10893053, flag: null });
    expect(at('EL', '2010')).toMatchObject({ value: 931424, geoName: 'Greece' });
    expect(observations.some((o) => o.geo === 'UK' && o.period === '2020')).toBe(false); // no value: not in the cube
  });

  it('makes every other dimension a dimension of the observation, and passes the unit on', async () => {
    const { observations } = await readAll(readJsonStat, sampleFile('eurostat/jsonstat-migr_pop1ctz.json', 'migr_pop1ctz.json'));
    expect(observations[0]).toMatchObject({
      measure: 'migr_pop1ctz',
      dims: { freq: 'A', citizen: 'FOR_STLS', age: 'TOTAL', unit: 'NR', sex: 'T' },
      unit: 'NR',
    });
  });

  const small = (extra: Record<string, unknown>) =>
    JSON.stringify({
      version: '2.0',
      class: 'dataset',
      id: ['sex', 'geo', 'time'],
      size: [1, 2, 2],
      dimension: {
        sex: { category: { index: ['T'] } },
        geo: { category: { index: { FR: 0, UK: 1 }, label: { FR: 'France', UK: 'United Kingdom' } } },
        time: { category: { index: { 2020: 0, 2021: 1 } } },
      },
      value: [1, 2, null, 4],
      ...extra,
    });

  it('reads dense value arrays and a status given once for all', async () => {
    const { observations } = await readAll(readJsonStat, textFile('small.json', small({ status: 'p' })));
    expect(observations.map((o) => [o.geo, o.period, o.value, o.flag])).toEqual([
      ['FR', '2020', 1, 'p'],
      ['FR', '2021', 2, 'p'],
      ['UK', '2020', null, 'p'],
      ['UK', '2021', 4, 'p'],
    ]);
  });

  it('reports malformed cubes', async () => {
    await expect(readAll(readJsonStat, textFile('bad.json', small({ size: [1, 2] })))).rejects.toThrow(/id has 3 dimensions but size 2/);
    await expect(readAll(readJsonStat, textFile('bad.json', small({ size: [1, 3, 2] })))).rejects.toThrow(/"geo" has 2 categories but size 3/);
    await expect(readAll(readJsonStat, textFile('bad.json', small({ value: { 9: 1 } })))).rejects.toThrow(/outside the cube/);
    await expect(readAll(readJsonStat, textFile('err.json', '{"error":[{"status":400,"label":"bad filter"}]}'))).rejects.toThrow(/holds an error/);
    await expect(readAll(readJsonStat, textFile('nogeo.json', small({})), { geo: 'country' })).rejects.toThrow(/no geography dimension "country"/);
  });

  it('refuses at once a cube that declares more than 20 million cells, a zero size counting as one', async () => {
    const absurd = (index: Record<string, number>) =>
      JSON.stringify({
        version: '2.0',
        class: 'dataset',
        id: ['geo', 'time'],
        size: [0, 4294967295],
        dimension: { geo: { category: { index: {} } }, time: { category: { index } } },
        value: {},
      });
    for (const index of [{ 2020: 0 }, { 2020: 4294967294 }]) {
      const started = performance.now();
      await expect(readAll(readJsonStat, textFile('absurd.json', absurd(index)))).rejects.toThrow(
        /declares 0 × 4294967295 cells: more than 20000000/,
      );
      expect(performance.now() - started).toBeLessThan(1000);
    }
    await expect(
      readAll(
        readJsonStat,
        textFile(
          'holes.json',
          small({
            size: [1, 3, 2],
            dimension: {
              sex: { category: { index: ['T'] } },
              geo: { category: { index: { FR: 0, UK: 2 } } },
              time: { category: { index: { 2020: 0, 2021: 1 } } },
            },
          }),
        ),
      ),
    ).rejects.toThrow(/"geo" has 2 categories but size 3/);
  });
});
