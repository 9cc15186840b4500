import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../lib/csv';
import { createCsvParser } from './csvParser';
import { parseNumber, parsePeriod } from './rowCollector';
import { testResolver } from './testTable.test-utils';
import type { ParseResult } from './types';

function parse(text: string, chunk = 0): ParseResult {
  const parser = createCsvParser(testResolver);
  if (chunk > 0) for (let i = 0; i < text.length; i += chunk) parser.push(text.slice(i, i + chunk));
  else parser.push(text);
  return parser.finish();
}

const rows = (r: ParseResult) => r.columns.geo.map((geo, i) => [geo, r.columns.period[i], r.columns.value[i]]);

describe('the CSV parser', () => {
  it('reads a tidy comma-separated file with codes and names', () => {
    const r = parse('country,year,value\nDEU,2020,15800000\nFrance,2020,8500000\nus,2021,1.5e6\n');
    expect(r.fatal).toBeNull();
    expect(rows(r)).toEqual([
      ['DEU', '2020', 15_800_000],
      ['FRA', '2020', 8_500_000],
      ['USA', '2021', 1_500_000],
    ]);
    expect(r).toMatchObject({ delimiter: ',', records: 3, kept: 3, dropped: 0, issueCount: 0 });
  });

  it('reads semicolons with decimal commas, quoted fields, CRLF and a byte order mark', () => {
    const r = parse(
      '\uFEFFgeo;period;value;lower;upper;flag\r\n"Côte d’Ivoire";2020;"1 234,5";1000;1500;p\r\n"Korea; Republic of";2019-3;12,5;;;estimate\r\n',
    );
    expect(r.delimiter).toBe(';');
    expect(rows(r)).toEqual([
      ['CIV', '2020', 1234.5],
      ['KOR', '2019-03', 12.5],
    ]);
    expect(r.columns.lower).toEqual([1000, null]);
    expect(r.columns.flag).toEqual(['provisional', 'estimate']);
    expect(r.issueCount).toBe(0);
  });

  it('matches names in French and Spanish, any case, with or without accents', () => {
    const r = parse('pays,année,valeur\nALLEMAGNE,2020,1\nEtats-Unis,2020,2\nAlemania,2021,3\ncote d ivoire,2020,4\nMéxico,2020,5\n');
    expect(r.columns.geo).toEqual(['DEU', 'USA', 'DEU', 'CIV', 'MEX']);
  });

  it('gives the same result whatever the chunk size, even splitting quotes, CRLF and multi-line fields', () => {
    const text =
      'geo,period,value,flag\r\n"Germany",2020,"1,000",""\r\n"Bosnia and\nHerzegovina",2020,2,"e"\r\n"Atlantis ""Nova""",2020,3,\r\nFRA,2020,4,b';
    const whole = parse(text);
    for (const chunk of [1, 2, 3, 5, 7, 64]) expect(parse(text, chunk)).toEqual(whole);
    expect(whole.columns.geo).toEqual(['DEU', 'BIH', 'FRA']);
    expect(whole.columns.value).toEqual([1000, 2, 4]);
    const gambia = whole.issues.find((i) => i.reason === 'unknown-country');
    expect(gambia).toMatchObject({ line: 5, column: 'geo', value: 'Atlantis "Nova"' });
  });

  it('reports bad rows by line, column and reason and keeps the good ones', () => {
    const r = parse(
      [
        'geo,year,value',
        'DEU,2020,10',
        'Germny,2020,11',
        'FRA,20x0,12',
        'ITA,2020,abc',
        'ESP,2020,',
        'DEU,2020,13',
        'World,2020,14',
        'PRT,2020,15,extra',
      ].join('\n'),
    );
    expect(rows(r)).toEqual([['DEU', '2020', 10]]);
    expect(r.issues.map((i) => [i.line, i.column, i.reason])).toEqual([
      [3, 'geo', 'unknown-country'],
      [4, 'year', 'bad-period'],
      [5, 'value', 'bad-number'],
      [6, 'value', 'no-value'],
      [7, 'geo, year', 'duplicate'],
      [8, 'geo', 'aggregate'],
      [9, null, 'too-many-cells'],
    ]);
    expect(r.issues.find((i) => i.reason === 'duplicate')?.other).toBe(2);
    expect(r).toMatchObject({ records: 8, kept: 1, dropped: 7 });
    expect(r.unknownCountries).toEqual([expect.objectContaining({ raw: 'Germny', count: 1, firstLine: 3 })]);
    expect(r.unknownCountries[0]!.suggestions[0]).toEqual({ id: 'DEU', name: 'Germany' });
  });

  it('keeps a row with a bad bound or flag, without that cell, and says so', () => {
    const r = parse('geo,period,value,lower,upper,flag\nDEU,2020,10,abc,12,zzz\nFRA,2020,10,11,12,\n');
    expect(r.kept).toBe(2);
    expect(r.columns.lower).toEqual([null, null]);
    expect(r.columns.upper).toEqual([12, null]);
    expect(r.columns.flag).toEqual([null, null]);
    expect(r.issues.map((i) => [i.line, i.reason, i.severity])).toEqual([
      [2, 'bad-bound', 'warning'],
      [2, 'bad-flag', 'warning'],
      [3, 'bounds-order', 'warning'],
    ]);
    expect(r.warningCount).toBe(3);
  });

  it('says which required column is missing', () => {
    const r = parse('land,jahr,wert\nDEU,2020,1\n');
    expect(r.fatal).toMatchObject({ reason: 'missing-column', column: 'geo, period, value', line: 1 });
    expect(r.kept).toBe(0);
  });

  it('reports an empty file, blank lines and columns it ignores', () => {
    expect(parse('').fatal?.reason).toBe('empty-file');
    expect(parse('\n\n  \n').fatal?.reason).toBe('empty-file');
    const r = parse('\n\ngeo,period,value,sex\n\nDEU,2020,1,F\n,,,\n');
    expect(r).toMatchObject({ records: 3, kept: 1, blank: 2 });
    expect(r.issues).toEqual([expect.objectContaining({ reason: 'ignored-column', column: 'sex', line: 3 })]);
  });

  it('reports a quote that is never closed, at the line it opens', () => {
    const r = parse('geo,period,value\nDEU,2020,1\n"FRA,2020,2\nITA,2020,3\n');
    expect(r.kept).toBe(1);
    expect(r.issues).toEqual([expect.objectContaining({ reason: 'unclosed-quote', line: 3 })]);
  });

  it('stops a runaway field without holding it', () => {
    const r = parse(`geo,period,value\nDEU,2020,${'9'.repeat(20_000)}\nFRA,2020,1\n`, 4096);
    expect(r.issues.map((i) => i.reason)).toEqual(['field-too-long']);
    expect(r.columns.geo).toEqual(['FRA']);
  });

  it('finds the delimiter from the header line', () => {
    expect(detectDelimiter('geo;period;value')).toBe(';');
    expect(detectDelimiter('geo\tperiod\tvalue')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
  });
});

describe('cells', () => {
  it('reads numbers as statistical files write them', () => {
    expect(parseNumber('1234.5', false)).toBe(1234.5);
    expect(parseNumber('-12', false)).toBe(-12);
    expect(parseNumber('1,234,567', false)).toBe(1_234_567);
    expect(parseNumber('1.234.567,5', true)).toBe(1_234_567.5);
    expect(parseNumber('1234,5', true)).toBe(1234.5);
    expect(parseNumber('1.234', true)).toBe(1234);
    expect(parseNumber('1 234 567', false)).toBe(1_234_567);
    for (const bad of ['abc', '1,2', '12%', 'Infinity', 'NaN', '1e999', '--1', '0x10', '']) expect(parseNumber(bad, false), bad).toBeNull();
  });

  it('reads periods as years or months between 1900 and 2100', () => {
    expect(parsePeriod('2020')).toBe('2020');
    expect(parsePeriod('2020.0')).toBe('2020');
    expect(parsePeriod('2020-3')).toBe('2020-03');
    expect(parsePeriod('2020M11')).toBe('2020-11');
    expect(parsePeriod('2020/12')).toBe('2020-12');
    for (const bad of ['20x0', '1850', '2020-13', '2020-00', '2020-01-01', '', 'Q1 2020']) expect(parsePeriod(bad), bad).toBeNull();
  });
});
