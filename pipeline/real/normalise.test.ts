// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../src/lib/csv';
import { mapFlag, normalisePeriod, parseValue, tidyNumber, unitMultiplier, unitOf } from './normalise';

describe('values', () => {
  it('reads numbers, numeric strings and thousands separators', () => {
    expect(parseValue(15021300)).toEqual({ ok: true, value: 15021300 });
    expect(parseValue('0')).toEqual({ ok: true, value: 0 });
    expect(parseValue(' 1,234,567 ')).toEqual({ ok: true, value: 1234567 });
    expect(parseValue('1 234')).toEqual({ ok: true, value: 1234 });
    expect(parseValue('-65846')).toEqual({ ok: true, value: -65846 });
    expect(parseValue('2.888921752966205')).toEqual({ ok: true, value: 2.888921752966205 });
    expect(parseValue('1e3')).toEqual({ ok: true, value: 1000 });
  });

  it('treats the publishers\' "no value" markers as missing, never as zero', () => {
    for (const raw of [null, undefined, '', '..', ':', '-', '—', '…', 'NA', 'n/a', NaN, Infinity]) {
      expect(parseValue(raw).ok, String(raw)).toBe(false);
    }
    expect(parseValue('12abc')).toEqual({ ok: false, reason: 'no value (not a number: "12abc")' });
    expect(parseValue('1,23')).toMatchObject({ ok: false }); // not a thousands separator
  });

  it('rounds floating-point noise after scaling', () => {
    expect(tidyNumber(5327803.11 * 1000)).toBe(5327803110);
    expect(tidyNumber(-0)).toBe(0);
    expect(Object.is(tidyNumber(-0), 0)).toBe(true);
  });
});

describe('periods', () => {
  it('normalises years', () => {
    expect(normalisePeriod(2020, 'year')).toEqual({ ok: true, value: '2020' });
    expect(normalisePeriod(' 2020 ', 'year')).toEqual({ ok: true, value: '2020' });
    expect(normalisePeriod('2020-A1', 'year')).toEqual({ ok: true, value: '2020' });
    expect(normalisePeriod('1990-1995', 'year')).toEqual({ ok: false, reason: 'period 1990-1995 is a range, not a year' });
    expect(normalisePeriod('2020-01', 'year').ok).toBe(false);
    expect(normalisePeriod(null, 'year').ok).toBe(false);
  });

  it('normalises months from SDMX codes and dates', () => {
    for (const raw of ['2017-02', '2017M02', '2017-M02', '2017-02-28', '2017-02-01T00:00:00', '2017/02']) {
      expect(normalisePeriod(raw, 'month'), raw).toEqual({ ok: true, value: '2017-02' });
    }
    expect(normalisePeriod('2017-13', 'month').ok).toBe(false);
    expect(normalisePeriod('2017', 'month')).toEqual({ ok: false, reason: 'period 2017 is a year, the indicator is monthly' });
    expect(normalisePeriod('2017Q1', 'month').ok).toBe(false);
  });
});

describe('flags', () => {
  it('maps Eurostat letters, keeping break before provisional before estimate', () => {
    expect(mapFlag('b')).toEqual({ ok: true, value: 'break' });
    expect(mapFlag('p')).toEqual({ ok: true, value: 'provisional' });
    expect(mapFlag('e')).toEqual({ ok: true, value: 'estimate' });
    expect(mapFlag('bep')).toEqual({ ok: true, value: 'break' });
    expect(mapFlag('ep')).toEqual({ ok: true, value: 'provisional' });
    expect(mapFlag('be')).toEqual({ ok: true, value: 'break' });
    expect(mapFlag('bp')).toEqual({ ok: true, value: 'break' });
  });

  it('maps SDMX OBS_STATUS codes and contract flags, and says when it does not know one', () => {
    expect(mapFlag('A')).toEqual({ ok: true, value: null });
    expect(mapFlag('E')).toEqual({ ok: true, value: 'estimate' });
    expect(mapFlag('I')).toEqual({ ok: true, value: 'imputed' });
    expect(mapFlag('provisional')).toEqual({ ok: true, value: 'provisional' });
    expect(mapFlag('')).toEqual({ ok: true, value: null });
    expect(mapFlag(null)).toEqual({ ok: true, value: null });
    expect(mapFlag('q')).toEqual({ ok: false, reason: 'unknown flag "q"' });
    expect(mapFlag('q', { q: 'estimate' })).toEqual({ ok: true, value: 'estimate' });
  });
});

describe('units', () => {
  it('knows the unit codes of Eurostat, SDMX and the OECD', () => {
    expect(unitOf('NR')).toEqual({ unit: 'persons', factor: 1 });
    expect(unitOf('THS')).toEqual({ unit: 'persons', factor: 1000 });
    expect(unitOf('PS')).toEqual({ unit: 'persons', factor: 1 });
    expect(unitOf('PC')).toEqual({ unit: 'percent', factor: 1 });
    expect(unitOf('XYZ')).toBeUndefined();
    expect(unitMultiplier('3')).toBe(1000);
    expect(unitMultiplier('0')).toBe(1);
    expect(unitMultiplier(undefined)).toBe(1);
  });
});

describe('the CSV parser', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and a byte order mark', () => {
    const rows = parseCsv('\ufeff"a","b,c"\r\n"say ""hi""","two\nlines"\r\n\r\n1,2\n');
    expect(rows).toEqual([
      ['a', 'b,c'],
      ['say "hi"', 'two\nlines'],
      ['1', '2'],
    ]);
  });

  it('keys records by a trimmed header and ignores a trailing empty column', () => {
    const { header, records } = csvRecords(parseCsv('"Country Name","1960",\n"Aruba","0",\n'));
    expect(header).toEqual(['Country Name', '1960']);
    expect(records).toEqual([{ 'Country Name': 'Aruba', 1960: '0' }]);
  });

  it('fails on an unterminated quote instead of guessing', () => {
    expect(() => parseCsv('a,"b\n1,2')).toThrow(/quoted field/);
  });
});
