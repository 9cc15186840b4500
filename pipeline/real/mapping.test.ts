// @vitest-environment node
/** How the build maps raw observations to series: selection, normalisation, combining, and the drop report. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, Series } from '../../src/contract/schema';
import { parseCatalog, parseSeries } from '../../src/contract/validate';
import { BuildError, buildDataset } from './build';
import { writeSourceCache } from './cache';
import { parseConfig } from './config';
import { testSource } from './configFixture.test-utils';

const indicators = [
  {
    id: 'audience',
    label: 'Audience',
    unit: 'persons',
    description: 'd',
    topic: 't',
    dimensions: [
      {
        id: 'sex',
        label: 'Sex',
        values: [
          { id: 'female', label: 'Female' },
          { id: 'male', label: 'Male' },
        ],
      },
    ],
  },
  { id: 'net', label: 'Net', unit: 'persons', description: 'd', topic: 't', signed: true },
  { id: 'share', label: 'Share', unit: 'percent', description: 'd', topic: 't' },
  { id: 'searches', label: 'Searches', unit: 'index', description: 'd', topic: 't', grain: 'month' },
];

function sourceWith(id: string, series: unknown[], options: unknown = {}, extra: Record<string, unknown> = {}) {
  return testSource(id, {
    kind: 'digital-trace',
    counts: 'lived-in',
    releaseDate: '2026-01-31',
    pull: { type: 'file', files: [{ name: 'data.csv', path: 'data.csv' }] },
    read: [{ files: 'data.csv', format: 'csv', options, series }],
    ...extra,
  });
}

describe('mapping observations to series', { timeout: 30_000 }, () => {
  let cache: string;
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'ml-map-'));
  });
  afterEach(() => rmSync(cache, { recursive: true, force: true }));

  async function build(sources: ReturnType<typeof sourceWith>[], csv: Record<string, string>) {
    for (const [id, text] of Object.entries(csv)) {
      writeSourceCache(
        cache,
        id,
        'file',
        [{ name: 'data.csv', url: 'file:///data.csv', bytes: new TextEncoder().encode(text), retrieved: '2026-11-20T08:00:00Z' }],
        '2026-11-20T08:00:00Z',
      );
    }
    const config = parseConfig({ title: 'mapping', indicators, sources });
    const { files, report } = await buildDataset({ config, cacheDir: cache, generated: '2026-11-20' });
    const catalog = parseCatalog(files.get('catalog.json')) as Catalog;
    const series = (path: string) => parseSeries(files.get(path), path) as Series;
    return { catalog, series, report, files };
  }

  it('selects by measure and dimension, normalises codes, values, flags and bounds, and sorts the rows', async () => {
    const csv = [
      'geo,period,value,lower,upper,flag,sex',
      'FR,2020,"1,200",1000,1400,e,F',
      'DEU,2020,100,,,,F',
      'DEU,2019,90,,,provisional,F',
      '276,2020,110,,,,M',
      'WLD,2020,999,,,,F',
      'EU27_2020,2020,998,,,,F',
      'Atlantis,2020,5,,,,F',
      'ITA,2020,..,,,,F',
      'ESP,2020,-3,,,,F',
      'PRT,2020,7,,,q,F',
    ].join('\n');
    const { series, report } = await build(
      [
        sourceWith('fb', [
          { indicator: 'audience', slice: 'sex-female', where: { sex: 'F' } },
          { indicator: 'audience', slice: 'sex-male', where: { sex: 'M' } },
          { indicator: 'audience', where: { sex: ['F', 'M'] }, combine: 'sum' },
        ]),
      ],
      { fb: csv },
    );
    const female = series('series/audience/fb/sex-female.json');
    expect(female.columns).toEqual({
      geo: ['DEU', 'DEU', 'FRA', 'PRT'],
      period: ['2019', '2020', '2020', '2020'],
      value: [90, 100, 1200, 7],
      lower: [null, null, 1000, null],
      upper: [null, null, 1400, null],
      flag: ['provisional', null, 'estimate', null],
    });
    expect(series('series/audience/fb.json').columns.value).toEqual([90, 210, 1200, 7]); // DEU 2020: 100 (F) + 110 (M, M49 276)
    // An observation counts once per reason, though two mappings (sex-female and the sum) select it.
    const dropped = report.sources[0]!.dropped;
    expect(dropped.group).toMatchObject({ count: 2, examples: ['WLD World', 'EU27_2020'] });
    expect(dropped.unknownGeo).toMatchObject({ count: 1, examples: ['unknown country name "Atlantis"'] });
    expect(dropped.noValue).toMatchObject({ count: 1, examples: ['no value ("..")'] });
    expect(dropped.negative).toMatchObject({ count: 1, examples: ['ESP 2020: -3'] });
    expect(report.sources[0]!.notes).toContain('unknown flag "q": kept without a flag');
  });

  it('keeps the aggregates a file gives figures for, apart from the countries, but never through a mapping that adds rows up', async () => {
    const csv = [
      'geo,period,value,sex',
      'DEU,2020,100,F',
      'WLD,2020,999,F',
      'EU27_2020,2020,998,F',
      'AFE,2020,5,F',
      'WLD,2020,900,M',
      'HIC,2020,50,F',
      'XD,2020,51,F',
    ].join('\n');
    const { catalog, series, report } = await build(
      [
        sourceWith('fb', [
          { indicator: 'audience', slice: 'sex-female', where: { sex: 'F' } },
          { indicator: 'audience', where: { sex: ['F', 'M'] }, combine: 'sum' },
        ]),
      ],
      { fb: csv },
    );
    const female = series('series/audience/fb/sex-female.json');
    expect(female.columns.geo).toEqual(['DEU']);
    // The World Bank's two codes of one income group: the first kept, never added up, and the source still builds.
    expect(female.aggregates).toEqual({ geo: ['EU27_2020', 'HIC', 'WLD'], period: ['2020', '2020', '2020'], value: [998, 50, 999] });
    expect(report.sources[0]!.dropped.duplicate?.examples).toEqual(['audience/sex-female HIC 2020: 51 (kept 50)']);
    // The sum over sexes has none: a sum of rows is not the publisher's figure.
    expect(series('series/audience/fb.json').aggregates).toBeUndefined();
    expect(catalog.geographies.aggregates?.map((a) => a.id)).toEqual(['WLD', 'EU27_2020', 'HIC']);
    expect(report.sources[0]!.dropped.group?.examples).toContain('AFE Africa Eastern and Southern');
  });

  it('fails a source with two rows for one country and period, naming them, unless the config says how to combine them', async () => {
    const rows = 'geo,period,value,age\nDEU,2020,100,Y15-64\nDEU,2020,130,TOTAL\nFRA,2020,80,TOTAL\n';
    const failure = build([sourceWith('a', [{ indicator: 'net' }])], { a: rows });
    await expect(failure).rejects.toThrow(BuildError);
    await expect(build([sourceWith('a', [{ indicator: 'net' }])], { a: rows })).rejects.toThrow(
      /a: failed: 1 observations share a country and period with another, so which one is the figure cannot be told \(net\/total DEU 2020: 100 and 130\)\. Narrow the mapping with "where"/,
    );
    // Filtered to one age group, the rows are unique.
    const { series } = await build([sourceWith('a', [{ indicator: 'net', where: { age: 'TOTAL' } }])], { a: rows });
    expect(series('series/net/a.json').columns).toMatchObject({ geo: ['DEU', 'FRA'], value: [130, 80] });
  });

  it('reports a mapping that selects nothing, naming its indicator, slice and codes', async () => {
    const { report } = await build(
      [
        sourceWith('a', [{ indicator: 'net' }, { indicator: 'audience', slice: 'sex-female', where: { sex: 'Female' } }], {
          measure: { value: 'x' },
        }),
      ],
      { a: 'geo,period,value,sex\nDEU,2020,100,F\nFRA,2020,80,M\n' },
    );
    expect(report.warnings).toContainEqual(
      'a: the mapping to audience/sex-female where sex=Female (files "data.csv") matched no observation: check its codes against the "not selected" examples of the report',
    );
    expect(report.warnings.filter((w) => w.includes('matched no observation'))).toHaveLength(1);
  });

  it('with combine "first", keeps the first of two values for one country and period, and reports the other', async () => {
    const { series, report } = await build([sourceWith('a', [{ indicator: 'net', combine: 'first' }])], {
      a: 'geo,period,value\nDEU,2020,-5\nDEU,2020,-5\nDEU,2020,7\n',
    });
    expect(series('series/net/a.json').columns.value).toEqual([-5]); // signed: negative values are kept
    expect(report.sources[0]!.dropped.duplicate).toMatchObject({
      count: 2,
      examples: ['net/total DEU 2020: -5 (same value)', 'net/total DEU 2020: 7 (kept -5)'],
    });
  });

  it('applies unit codes, scales and the indicator grain', async () => {
    const { series, report } = await build(
      [
        sourceWith(
          'u',
          [
            { indicator: 'audience', where: { measure: 'pop' } },
            { indicator: 'share', where: { measure: 'pct' } },
          ],
          { unit: { column: 'unit' }, measure: { column: 'what' } },
        ),
        sourceWith('s', [{ indicator: 'audience', scale: 1000 }]),
        sourceWith('m', [{ indicator: 'searches' }], { period: { column: 'date' } }),
      ],
      {
        u: 'geo,period,value,unit,what\nDEU,2020,1.5,THS,pop\nFRA,2020,12.5,PC,pop\nFRA,2020,12.5,PC,pct\n',
        s: 'geo,period,value\nDEU,2020,5327.80311\n',
        m: 'geo,date,value\nSOM,2017-02-28,28.5\nSOM,2017,3\n',
      },
    );
    expect(series('series/audience/u.json').columns).toMatchObject({ geo: ['DEU'], value: [1500] });
    expect(series('series/share/u.json').columns).toMatchObject({ geo: ['FRA'], value: [12.5] });
    expect(report.sources[0]!.dropped.unit!.examples).toEqual(['FRA 2020: unit PC (percent) for an indicator in persons']);
    expect(series('series/audience/s.json').columns.value).toEqual([5327803.11]);
    expect(series('series/searches/m.json').columns).toMatchObject({ period: ['2017-02'], value: [28.5] });
    expect(report.sources[2]!.dropped.period!.examples).toEqual(['period 2017 is a year, the indicator is monthly']);
  });

  it('with zeros "missing", leaves out the 0s that stand for empty cells, counting them, and keeps them otherwise', async () => {
    const csv = 'dest,orig,period,value\nDEU,POL,2020,10\nDEU,TUR,2020,0\nFRA,POL,2020,0\nFRA,TUR,2020,0\n';
    const mappings = (zeros: string) => [
      { indicator: 'audience', bilateral: true, zeros },
      { indicator: 'audience', combine: 'sum', zeros },
    ];
    const options = { geo: { column: 'dest' }, counterpart: { column: 'orig' } };
    const missing = await build([sourceWith('od', mappings('missing'), options)], { od: csv });
    expect(missing.series('bilateral/audience/od/destination/DEU.json').columns).toMatchObject({ geo: ['POL'], value: [10] });
    expect(missing.files.has('bilateral/audience/od/destination/FRA.json')).toBe(false);
    expect(missing.series('series/audience/od.json').columns).toMatchObject({ geo: ['DEU'], value: [10] }); // FRA has no origin figure: no total, not 0
    expect(missing.report.sources[0]!.dropped.zeroNoRow).toMatchObject({ count: 3, examples: ['DEU←TUR 2020', 'FRA←POL 2020', 'FRA←TUR 2020'] });
    expect(missing.report.totals.dropped).toBe(3);

    const kept = await build([sourceWith('od', mappings('zero'), options)], { od: csv });
    expect(kept.series('bilateral/audience/od/destination/FRA.json').columns).toMatchObject({ geo: ['POL', 'TUR'], value: [0, 0] });
    expect(kept.series('series/audience/od.json').columns).toMatchObject({ geo: ['DEU', 'FRA'], value: [10, 0] });
    expect(kept.report.sources[0]!.dropped.zeroNoRow).toBeUndefined();
  });

  it('reads a mapping at its own grain: monthly figures of a digital trace in a yearly indicator', async () => {
    const { series, report, catalog } = await build(
      [
        sourceWith('official', [{ indicator: 'audience' }]),
        sourceWith('trace', [{ indicator: 'audience', grain: 'month' }], { period: { column: 'date' } }),
      ],
      {
        official: 'geo,period,value\nDEU,2018,100\n',
        trace: 'geo,date,value\nDEU,2018-03-01,40\nDEU,2018-11-01,45\nDEU,2018,50\n',
      },
    );
    expect(catalog.indicators.find((i) => i.id === 'audience')!.grain).toBe('year');
    expect(series('series/audience/official.json').columns).toMatchObject({ period: ['2018'], value: [100] });
    expect(series('series/audience/trace.json').columns).toMatchObject({ period: ['2018-03', '2018-11'], value: [40, 45] });
    expect(catalog.sources.find((s) => s.id === 'trace')!.latestPeriod).toBe('2018-11');
    expect(report.sources[1]!.dropped.period!.examples).toEqual(['period 2018 is a year, the indicator is monthly']);
  });

  it('writes origin–destination files by destination and by origin, and totals by either side', async () => {
    const csv = 'dest,orig,period,value\nDEU,POL,2020,10\nDEU,TUR,2020,20\nFRA,POL,2020,5\nDEU,World,2020,35\nDEU,CHI,2020,1\n';
    const { series, files, catalog, report } = await build(
      [
        sourceWith(
          'od',
          [
            { indicator: 'audience', bilateral: true },
            { indicator: 'audience', combine: 'sum' },
            { indicator: 'net', by: 'counterpart', combine: 'sum' },
          ],
          { geo: { column: 'dest' }, counterpart: { column: 'orig' } },
        ),
      ],
      { od: csv },
    );
    expect(series('bilateral/audience/od/destination/DEU.json')).toMatchObject({
      focus: { geo: 'DEU', role: 'destination' },
      columns: { geo: ['POL', 'TUR'], value: [10, 20] },
    });
    expect(series('bilateral/audience/od/origin/POL.json')).toMatchObject({
      focus: { geo: 'POL', role: 'origin' },
      columns: { geo: ['DEU', 'FRA'], value: [10, 5] },
    });
    expect(series('series/audience/od.json').columns).toMatchObject({ geo: ['DEU', 'FRA'], value: [66, 5] }); // every origin row counts for the destination total
    expect(series('series/net/od.json').columns).toMatchObject({ geo: ['POL', 'TUR'], value: [15, 20] });
    expect(catalog.indicators.find((i) => i.id === 'audience')!.bilateral).toBe(true);
    expect(catalog.indicators.find((i) => i.id === 'net')!.bilateral).toBe(false);
    expect([...files.keys()].filter((k) => k.startsWith('bilateral/')).sort()).toEqual([
      'bilateral/audience/od/destination/DEU.json',
      'bilateral/audience/od/destination/FRA.json',
      'bilateral/audience/od/origin/POL.json',
      'bilateral/audience/od/origin/TUR.json',
    ]);
    expect(report.totals).toMatchObject({ bilateralFiles: 4, bilateralRows: 3 });
  });

  it('writes bilateral files by breakdown beside the total, and the catalog says which breakdowns have them', async () => {
    const csv = 'dest,orig,period,sex,value\nUSA,MEX,2020,F,5\nUSA,MEX,2020,M,6\nUSA,IND,2020,F,0\nCAN,IND,2020,F,2\n';
    const { series, files, catalog, report } = await build(
      [
        sourceWith(
          'od',
          [
            { indicator: 'audience', bilateral: true, where: { sex: ['F', 'M'] }, combine: 'sum', zeros: 'missing' },
            { indicator: 'audience', slice: 'sex-female', bilateral: true, where: { sex: 'F' }, zeros: 'missing' },
            { indicator: 'audience', where: { sex: ['F', 'M'] }, combine: 'sum' },
            { indicator: 'audience', slice: 'sex-female', where: { sex: 'F' }, combine: 'sum' },
          ],
          { geo: { column: 'dest' }, counterpart: { column: 'orig' } },
        ),
        sourceWith('ties', [{ indicator: 'audience', slice: 'sex-male', bilateral: true, where: { sex: 'M' } }], {
          geo: { column: 'dest' },
          counterpart: { column: 'orig' },
        }),
      ],
      { od: csv, ties: csv },
    );
    expect(series('bilateral/audience/od/destination/USA.json').columns).toMatchObject({ geo: ['MEX'], value: [11] });
    expect(series('bilateral/audience/od/sex-female/destination/USA.json')).toMatchObject({
      slice: 'sex-female',
      focus: { geo: 'USA', role: 'destination' },
      columns: { geo: ['MEX'], value: [5] },
    });
    expect(series('bilateral/audience/od/sex-female/origin/MEX.json')).toMatchObject({
      slice: 'sex-female',
      focus: { geo: 'MEX', role: 'origin' },
      columns: { geo: ['USA'], value: [5] },
    });
    expect(series('bilateral/audience/od/sex-female/origin/IND.json').columns).toMatchObject({ geo: ['CAN'], value: [2] }); // USA←IND: a 0, missing
    expect(files.has('bilateral/audience/od/sex-male/origin/MEX.json')).toBe(false);
    expect(series('bilateral/audience/ties/sex-male/destination/USA.json').columns).toMatchObject({ geo: ['MEX'], value: [6] });
    expect(catalog.indicators.find((i) => i.id === 'audience')!.sources).toEqual([
      { id: 'od', breakdowns: ['sex-female'], bilateralBreakdowns: ['sex-female'] },
      { id: 'ties', breakdowns: [], total: false, bilateralBreakdowns: ['sex-male'] },
    ]);
    expect(report.sources[0]!.dropped.unmapped).toBeUndefined();
    expect(report.sources[0]!.bilateralRows).toBe(2 + 2); // USA←MEX and CAN←IND, in the total and by sex
  });

  it('shows the release date from the config, or the retrieval date with a caveat when there is none', async () => {
    const { catalog, report } = await build(
      [sourceWith('a', [{ indicator: 'net' }]), sourceWith('b', [{ indicator: 'net' }], {}, { releaseDate: undefined })],
      { a: 'geo,period,value\nDEU,2020,1\n', b: 'geo,period,value\nDEU,2021,1\n' },
    );
    expect(catalog.sources.map((s) => [s.id, s.releaseDate, s.latestPeriod])).toEqual([
      ['a', '2026-01-31', '2020'],
      ['b', '2026-11-20', '2021'],
    ]);
    expect(catalog.sources[1]!.caveats).toEqual([
      'The publisher states no release date with these data: the date shown is when they were retrieved (2026-11-20).',
    ]);
    expect(report.warnings).toContain('b: no release date in the data or the config; the retrieval date 2026-11-20 is shown instead');
  });

  it('leaves out a source whose figures all drop, and an indicator nobody gives', async () => {
    const { catalog, report } = await build([sourceWith('a', [{ indicator: 'net' }]), sourceWith('z', [{ indicator: 'share' }])], {
      a: 'geo,period,value\nDEU,2020,1\n',
      z: 'geo,period,value\nWLD,2020,1\n',
    });
    expect(catalog.sources.map((s) => s.id)).toEqual(['a']);
    expect(catalog.indicators.map((i) => i.id)).toEqual(['net']);
    expect(report.sources[1]!.status).toBe('empty');
    expect(report.warnings).toEqual(expect.arrayContaining(['share: no source has figures for this indicator; left out of the catalog']));
  });
});
