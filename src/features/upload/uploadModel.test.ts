import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import type { Catalog } from '../../contract/schema';
import { translate } from '../../i18n/translate';
import type { TFunction } from '../../i18n/useT';
import type { Issue, UnknownCountry } from './types';
import { countsOf, defaultIndicatorId, defaultSourceName, fatalPlace, issueText, otherGrainCount, unknownText } from './uploadModel';

const t: TFunction = (key, params) => translate('en', key, params);
const issue = (over: Partial<Issue>): Issue => ({ severity: 'error', reason: 'no-value', line: 3, column: 'value', value: 'n/a', ...over });
const n = (value: number) => value.toLocaleString('en');

describe('what the report says', () => {
  it('words an issue, saying when its row was kept', () => {
    expect(issueText(t, issue({}))).toBe('no value');
    expect(issueText(t, issue({ reason: 'duplicate', other: 2 }))).toBe('same place and period as line 2');
    expect(issueText(t, issue({ severity: 'warning', reason: 'bad-bound' }))).toBe('bound is not a number: left out (row kept)');
  });

  it('places a fatal issue by line, column and value, leaving out what it does not know', () => {
    expect(fatalPlace(t, issue({ severity: 'fatal' }))).toBe('Line 3 · value · n/a');
    expect(fatalPlace(t, issue({ severity: 'fatal', line: null, column: null }))).toBe('n/a');
    expect(fatalPlace(t, issue({ severity: 'fatal', line: null, column: null, value: null }))).toBe('');
  });

  it('counts the rows of an unknown name, from its first line when it has one', () => {
    const unknown: UnknownCountry = { raw: 'Frnace', count: 1, firstLine: 3, suggestions: [], rows: [] };
    expect(unknownText(t, unknown, n)).toBe('“Frnace”: 1 row, on line 3.');
    expect(unknownText(t, { ...unknown, count: 1200 }, n)).toBe('“Frnace”: 1,200 rows, first on line 3.');
    expect(unknownText(t, { ...unknown, firstLine: null }, n)).toBe('“Frnace”: 1 row.');
    expect(unknownText(t, { ...unknown, firstLine: null, count: 2 }, n)).toBe('“Frnace”: 2 rows.');
  });
});

describe('what the form starts from', () => {
  it('names the source after the file, without its extension', () => {
    expect(defaultSourceName('estimates 2024.csv')).toBe('estimates 2024');
    expect(defaultSourceName('archive.tar.gz')).toBe('archive.tar');
    expect(defaultSourceName('x'.repeat(200))).toHaveLength(120);
  });

  it('takes the indicator on screen, else the first', () => {
    expect(defaultIndicatorId(fixtureCatalog, 'net-migration')).toBe('net-migration');
    expect(defaultIndicatorId(fixtureCatalog, 'gone')).toBe('migrant-stock');
    expect(defaultIndicatorId({ ...fixtureCatalog, indicators: [] }, 'gone')).toBe('');
  });

  it("guesses what the file counts from the indicator's first published source, never an uploaded one", () => {
    expect(countsOf(fixtureCatalog, 'net-migration')).toBe('flow');
    const uploadedFirst: Catalog = {
      ...fixtureCatalog,
      indicators: fixtureCatalog.indicators.map((i) =>
        i.id === 'migrant-stock'
          ? {
              ...i,
              sources: [
                { id: 'upload-mine', breakdowns: [] },
                { id: 'social-audience', breakdowns: [] },
              ],
            }
          : i,
      ),
    };
    expect(countsOf(uploadedFirst, 'migrant-stock')).toBe('lived-in');
    expect(countsOf(fixtureCatalog, 'gone')).toBe('country-of-birth');
  });

  it('counts the periods not of the indicator grain', () => {
    expect(otherGrainCount({ grain: 'year' }, ['2020', '2020-01', '2021', '2021-02'])).toBe(2);
    expect(otherGrainCount({ grain: 'month' }, ['2020', '2020-01'])).toBe(1);
    expect(otherGrainCount(undefined, ['2020-01'])).toBe(0);
  });
});
