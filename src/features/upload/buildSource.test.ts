import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import { buildCsv } from '../../lib/export/exportData';
import { applyCountryChoice, buildLocalSource, slugify } from './buildSource';
import { createCsvParser } from './csvParser';
import { testResolver } from './testTable.test-utils';

const stock = fixtureCatalog.indicators[0]!;

function parse(text: string) {
  const parser = createCsvParser(testResolver);
  parser.push(text);
  return parser.finish();
}

describe('taking a suggested country', () => {
  it('moves the rows set aside into the kept rows and withdraws their issues', () => {
    const r = parse('geo,period,value\nDEU,2020,1\nGermny,2021,2\nGermny,2020,3\nATL,2020,4\n');
    expect(r).toMatchObject({ kept: 1, dropped: 3, issueCount: 3 });
    const applied = applyCountryChoice(r, 'Germny', 'DEU');
    expect(applied.columns.geo).toEqual(['DEU', 'DEU']);
    expect(applied.columns.period).toEqual(['2020', '2021']); // 2020 was already there
    expect(applied).toMatchObject({ kept: 2, dropped: 2 });
    expect(applied.issues.map((i) => i.value)).toEqual(['ATL']);
    expect(applied.unknownCountries.map((u) => u.raw)).toEqual(['ATL']);
    expect(applyCountryChoice(applied, 'nothing', 'FRA')).toBe(applied);
  });
});

describe('building the source', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  it('makes a catalog source and a contract series of the rows, with the user’s choices', () => {
    const r = parse('geo,period,value,lower,upper,flag\nDEU,2020,10,9,11,p\nFRA,2021,5,,,\nITA,2021-03,7,,,\n');
    const { entry, otherGrain } = buildLocalSource(
      r,
      { name: 'Équipe <b>', indicator: stock, counts: 'citizenship', kind: 'survey', definition: '' },
      { name: 'f.csv', bytes: 9 },
      now,
      () => 0.5,
    );
    expect(otherGrain).toBe(1);
    expect(entry.source).toMatchObject({
      id: 'upload-equipe-b-i000',
      name: 'Équipe <b>',
      counts: 'citizenship',
      kind: 'survey',
      releaseDate: '2026-11-29',
      latestPeriod: '2021',
      demo: false,
      cadence: 'yearly',
    });
    expect(entry.source.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(entry.source.i18n?.fr?.caveats?.[0]).toContain('navigateur');
    expect(entry.series.columns).toEqual({
      geo: ['DEU', 'FRA'],
      period: ['2020', '2021'],
      value: [10, 5],
      lower: [9, null],
      upper: [11, null],
      flag: ['provisional', null],
    });
  });

  it('writes a CSV (through the export feature) that reads back to the same rows', () => {
    const r = parse('geo,period,value,lower,upper,flag\nDEU,2020,10.5,9,11,p\nFRA,2021,-5,,,\n');
    const { entry } = buildLocalSource(
      r,
      { name: 'Mine', indicator: stock, counts: 'citizenship', kind: 'model', definition: 'What "it" counts, = formula?' },
      { name: 'f.csv', bytes: 9 },
      now,
    );
    const csv = buildCsv(
      {
        catalog: fixtureCatalog,
        indicator: stock,
        source: entry.source,
        slice: 'total',
        series: entry.series,
        period: null,
        selected: [],
        link: 'http://x/',
        today: '2026-11-29',
        unitLabel: 'persons',
        lang: 'en',
      },
      'full',
    );
    const back = parse(csv);
    expect(back.fatal).toBeNull();
    expect(back.columns.geo).toEqual(['DEU', 'FRA']);
    expect(back.columns.value).toEqual([10.5, -5]);
    expect(back.columns.flag).toEqual(['provisional', null]);
  });

  it('slugs names to ids', () => {
    expect(slugify('  Côte d’Ivoire survey 2024! ')).toBe('cote-d-ivoire-survey-2024');
    expect(slugify('<<>>')).toBe('');
  });
});
