/**
 * Property tests of the file parsers: on any input they return (never throw), every record after
 * the header ends as exactly one of kept, left out or blank, and chunking never changes the result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvParser } from './csvParser';
import { parseJsonStat } from './jsonStat';
import { testResolver } from './testTable.test-utils';
import type { ParseResult } from './types';

function parseCsv(text: string, cuts: number[] = []): ParseResult {
  const parser = createCsvParser(testResolver);
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parser.push(text.slice(start, cut));
    start = Math.max(start, cut);
  }
  parser.push(text.slice(start));
  return parser.finish();
}

function accounted(r: ParseResult): void {
  expect(r.kept + r.dropped + r.blank).toBe(r.records);
  expect(r.kept).toBe(r.columns.geo.length);
  for (const column of [r.columns.period, r.columns.value, r.columns.lower, r.columns.upper, r.columns.flag, r.columns.line]) {
    expect(column.length).toBe(r.kept);
  }
  expect(r.columns.value.every(Number.isFinite)).toBe(true);
  expect(r.issues.length).toBeLessThanOrEqual(r.issueCount);
  // Every row left out has its error (the header's fatal error stands for all rows of the file).
  if (!r.fatal) expect(r.issueCount - r.warningCount).toBe(r.dropped);
}

const cell = fc.oneof(
  fc.constantFrom('DEU', 'fr', 'Germany', 'Germny', 'Côte d’Ivoire', 'World', '', 'NA', '2020', '2020-13', '1,5', '-3e2', 'p', 'x', '"', '""', ' '),
  fc.string({ maxLength: 12 }),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
);
const quoted = (text: string) => (/[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

describe('the CSV parser under arbitrary input', () => {
  it('never throws on any text, and accounts for every record', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        accounted(parseCsv(text));
        accounted(parseCsv(`geo,period,value\n${text}`));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result however the text is cut into chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 25 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 6 }),
        (rows, delimiter, eol, cuts) => {
          const text = [['geo', 'period', 'value', 'flag'], ...rows].map((row) => row.map(quoted).join(delimiter)).join(eol);
          const whole = parseCsv(text);
          expect(
            parseCsv(
              text,
              cuts.map((c) => c % (text.length + 1)),
            ),
          ).toEqual(whole);
          accounted(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accounts for each line of a file without line breaks inside fields, by its line number', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            cell.filter((c) => !/[\r\n]/.test(c)),
            { minLength: 1, maxLength: 5 },
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (rows) => {
          const text = ['country,year,value', ...rows.map((row) => row.map(quoted).join(','))].join('\n');
          const r = parseCsv(text);
          // An empty last line is the file's final line break, not a record.
          const lastEmpty = rows[rows.length - 1]!.map(quoted).join(',') === '';
          expect(r.records).toBe(rows.length - (lastEmpty ? 1 : 0));
          accounted(r);
          // Each line is either kept (its line number in columns.line), or has an error, or is blank.
          const kept = new Set(r.columns.line);
          const withError = new Set(r.issues.filter((i) => i.severity === 'error').map((i) => i.line));
          rows.forEach((row, i) => {
            const line = i + 2;
            const blank = row.every((c) => c.trim() === '');
            expect(blank ? !kept.has(line) && !withError.has(line) : kept.has(line) !== withError.has(line)).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the JSON-stat reader under arbitrary input', () => {
  it('never throws on any text or any JSON', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => accounted(parseJsonStat(text, testResolver))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (doc) => accounted(parseJsonStat(JSON.stringify(doc) ?? 'null', testResolver))),
      { numRuns: 300 },
    );
  });

  it('accounts for every cell of a well-formed cube', () => {
    const geoIds = fc.uniqueArray(fc.constantFrom('DE', 'FR', 'EL', 'XX', 'World', 'US', 'Germny', '276'), { minLength: 1, maxLength: 5 });
    const timeIds = fc.uniqueArray(fc.constantFrom('2019', '2020', '2020M01', 'bad', '1850', '2021-07'), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        geoIds,
        timeIds,
        fc.array(fc.oneof(fc.double(), fc.constant(null), fc.string({ maxLength: 4 })), { minLength: 20, maxLength: 20 }),
        (geo, time, values) => {
          const doc = {
            version: '2.0',
            class: 'dataset',
            id: ['geo', 'time'],
            size: [geo.length, time.length],
            dimension: { geo: { category: { index: geo } }, time: { category: { index: time } } },
            value: values.slice(0, geo.length * time.length),
          };
          const r = parseJsonStat(JSON.stringify(doc), testResolver);
          expect(r.fatal).toBeNull();
          expect(r.records).toBe(geo.length * time.length);
          accounted(r);
        },
      ),
      { numRuns: 300 },
    );
  });
});
