import { describe, expect, it } from 'vitest';
import { compareFixtureCatalog, compareFixtureSeries } from '../../../mocks/fixtures/dataset';
import type { Series, Source } from '../../contract/schema';
import { formulaCells } from '../../lib/export/formulaCells.test-utils';
import { readCsvDocument } from '../../lib/export/readCsvDocument.test-utils';
import { buildCompareCsv, COMPARE_COLUMNS, type CompareCsvInput } from './compareCsv';
import { buildPairModel, groupSeries, type PairModel } from './compareModel';
import { DEFAULT_PAIR_SORT } from './disagreement';

const seriesOf = (source: string) => compareFixtureSeries.find((s) => s.source === source && s.slice === 'total') as Series;
const sourceOf = (id: string) => compareFixtureCatalog.sources.find((s) => s.id === id) as Source;
const indicator = compareFixtureCatalog.indicators.find((i) => i.id === 'migrant-stock')!;
const model = buildPairModel(groupSeries(seriesOf('census')), groupSeries(seriesOf('social-audience')), '2020', 2) as PairModel;
const names = new Map(compareFixtureCatalog.geographies.countries.map((c) => [c.id, c.name]));

function input(overrides: Partial<CompareCsvInput> = {}): CompareCsvInput {
  return {
    indicator,
    a: sourceOf('census'),
    b: sourceOf('social-audience'),
    model,
    names,
    sort: DEFAULT_PAIR_SORT,
    selected: ['DEU'],
    tolerance: 2,
    unitLabel: 'persons',
    link: 'https://lens.example/?panel=compare',
    today: '2026-12-03',
    lang: 'en',
    ...overrides,
  };
}

describe('the comparison\'s "Data shown (CSV)"', () => {
  it('holds the pairs on screen, largest disagreement first, with ratio, differences and direction', () => {
    const { columns, rows } = readCsvDocument(buildCompareCsv(input()));
    expect(columns).toEqual([...COMPARE_COLUMNS]);
    expect(rows).toHaveLength(model.pairs.length);
    expect(rows.length).toBeGreaterThan(2);
    const col = (name: (typeof COMPARE_COLUMNS)[number]) => COMPARE_COLUMNS.indexOf(name);
    const gaps = rows.map((r) => Math.abs(Number(r[col('log_ratio')])));
    expect(gaps).toEqual([...gaps].sort((p, q) => q - p));
    for (const row of rows) {
      const a = Number(row[col('value_a')]);
      const b = Number(row[col('value_b')]);
      expect(Number(row[col('ratio_b_over_a')])).toBeCloseTo(b / a, 10);
      expect(Number(row[col('difference_b_minus_a')])).toBeCloseTo(b - a, 6);
      expect(Number(row[col('percent_difference')])).toBeCloseTo(((b - a) / a) * 100, 8);
      expect(row[col('direction')]).toBe(b > a ? 'over' : b < a ? 'under' : 'equal');
      expect(row[col('country')]).toBe(names.get(row[0]!));
      expect(row[col('selected')]).toBe(String(row[0] === 'DEU'));
    }
  });

  it('follows the order of the table', () => {
    const { rows } = readCsvDocument(buildCompareCsv(input({ sort: { key: 'country', direction: 'asc' } })));
    const countries = rows.map((r) => r[1]!);
    expect(countries).toEqual([...countries].sort((p, q) => p.localeCompare(q, 'en')));
  });

  it('names both sources with their caveats, and gives the agreement statistics in the header block', () => {
    const a: Source = { ...sourceOf('census'), caveats: ['Censuses are five years apart.', 'Registers miss short stays.'] };
    const b: Source = { ...sourceOf('social-audience'), caveats: ['Only platform users are counted.'] };
    const text = buildCompareCsv(input({ a, b }));
    const { header } = readCsvDocument(text);
    const g = model.agreement;
    expect(header.get('source-a')).toBe(`${sourceOf('census').name} (census)`);
    expect(header.get('source-b')).toBe(`${sourceOf('social-audience').name} (social-audience)`);
    expect(header.get('source-b-kind')).toBe('digital-trace');
    expect(text).toContain('# caveat-a: Censuses are five years apart.\r\n# caveat-a: Registers miss short stays.\r\n');
    expect(text).toContain('# caveat-b: Only platform users are counted.\r\n');
    expect(header.get('n')).toBe(String(g.n));
    expect(Number(header.get('pearson-r-log'))).toBeCloseTo(g.pearsonLog!, 4);
    expect(Number(header.get('spearman-rho'))).toBeCloseTo(g.spearman!, 4);
    expect(Number(header.get('median-abs-percent-difference'))).toBeCloseTo(g.medianApe!, 2);
    expect(Number(header.get('bias-mean-log-ratio'))).toBeCloseTo(g.meanLogRatio!, 4);
    expect(Number(header.get('sd-log-ratio'))).toBeCloseTo(g.sdLogRatio!, 4);
    expect(header.get('period')).toBe('2020');
    expect(header.get('view')).toBe('https://lens.example/?panel=compare');
    expect(header.get('note')).toMatch(/Demo data/);
  });

  it('names the breakdown compared in the title and a line of its own; none for the total', () => {
    const { header } = readCsvDocument(buildCompareCsv(input({ breakdown: 'Age: 25–29' })));
    expect(header.get('title')).toMatch(/^International migrant stock \(Age: 25–29\): /);
    expect(header.get('breakdown')).toBe('Age: 25–29');
    expect(readCsvDocument(buildCompareCsv(input())).header.has('breakdown')).toBe(false);
  });

  it('lets no formula run, with hostile source, caveat and country names', () => {
    const hostile = (s: Source): Source => ({ ...s, name: `report;=cmd|' calc'!A0`, publisher: '@SUM(1)', caveats: ['=HYPERLINK("x")', 'a,-2+3'] });
    const text = buildCompareCsv(
      input({ a: hostile(sourceOf('census')), b: hostile(sourceOf('social-audience')), names: new Map([...names].map(([k]) => [k, `=${k}`])) }),
    );
    expect(formulaCells(text)).toEqual([]);
  });
});
