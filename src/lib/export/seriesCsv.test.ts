import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import type { Source } from '../../contract/schema';
import { formulaCells } from './formulaCells.test-utils';
import { readCsvDocument } from './readCsvDocument.test-utils';
import { buildSeriesCsv, seriesRows, sourcesDrawn, type SeriesCsvInput, type SeriesCsvPoint } from './seriesCsv';

const indicator = fixtureCatalog.indicators[0]!;
const [census, other] = fixtureCatalog.sources as [Source, Source];
const audience: Source = { ...(other ?? census), id: 'audience', name: 'Audience', caveats: ['Counts users, not people.', 'A break in 2018.'] };

const point = (period: string, raw: number | null, value: number | null, extra: Partial<SeriesCsvPoint> = {}): SeriesCsvPoint => ({
  period,
  raw,
  value,
  lower: null,
  upper: null,
  flag: null,
  excluded: null,
  ...extra,
});

function input(overrides: Partial<SeriesCsvInput> = {}): SeriesCsvInput {
  return {
    title: 'Stock (per 1,000 population), one line per source, for Germany, 2010–2020',
    indicator,
    unitLabel: 'persons',
    measure: 'per1000',
    measureLabel: 'persons per 1,000 population',
    base: null,
    breakdown: 'total (total)',
    lines: [
      {
        geo: 'DEU',
        country: 'Germany',
        source: census,
        points: [point('2010', 10, 125), point('2015', null, null), point('2020', 15, 187.5, { flag: 'provisional' })],
      },
      { geo: 'DEU', country: 'Germany', source: audience, points: [point('2021', 9, null, { excluded: 'noPopulation' })] },
    ],
    releaseDates: new Map([['census', '2025-01-15']]),
    link: 'https://lens.example/?panel=series',
    today: '2026-12-03',
    ...overrides,
  };
}

describe('the time series as CSV', () => {
  it('has a row per point published on each line drawn, in the measure, with the published value and why one is left out', () => {
    expect(seriesRows(input())).toEqual([
      ['DEU', 'Germany', 'census', '2010', 'per1000', 125, null, null, 10, null, null],
      ['DEU', 'Germany', 'census', '2020', 'per1000', 187.5, null, null, 15, 'provisional', null],
      ['DEU', 'Germany', 'audience', '2021', 'per1000', null, null, null, 9, null, 'noPopulation'],
    ]);
  });

  it('names every source drawn once, each with its release date and all its caveats', () => {
    const text = buildSeriesCsv(input());
    const lines = text.split('\r\n').filter((l) => l.startsWith('# '));
    expect(sourcesDrawn(input().lines).map((s) => s.id)).toEqual(['census', 'audience']);
    expect(lines.filter((l) => l.startsWith('# source: '))).toEqual([`# source: ${census.name} (census)`, '# source: Audience (audience)']);
    expect(lines.filter((l) => l.startsWith('# release-date: '))).toEqual(['# release-date: 2025-01-15', `# release-date: ${audience.releaseDate}`]);
    expect(lines.filter((l) => l.startsWith('# caveat: '))).toEqual([
      ...census.caveats.map((c) => `# caveat: ${census.name}: ${c}`),
      '# caveat: Audience: Counts users, not people.',
      '# caveat: Audience: A break in 2018.',
    ]);
    const { header, rows } = readCsvDocument(text);
    expect(header.get('period')).toBe('2010/2021');
    expect(header.get('measure')).toBe('persons per 1,000 population (per1000)');
    expect(header.get('title')).toBe(input().title);
    expect(rows).toHaveLength(3);
  });

  it('gives no formula cell, whatever the names', () => {
    const hostile: Source = { ...audience, name: '=HYPERLINK("x")', caveats: ['a;@SUM(1)'] };
    const text = buildSeriesCsv(
      input({ lines: [{ geo: 'DEU', country: 'Germany;=1+1', source: hostile, points: [point('2020', -3, -3)] }], title: '+title' }),
    );
    expect(formulaCells(text)).toEqual([]);
    expect(readCsvDocument(text).rows[0]?.[5]).toBe('-3');
  });
});
