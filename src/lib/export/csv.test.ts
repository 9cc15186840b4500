import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, csvDocument, escapeCell, headerLine, headerValue, neutralizeFormula, toCsv, type Cell } from './csv';
import { readCsvDocument } from './readCsvDocument.test-utils';
import { parseCsv as readCsv } from '../../lib/csv';

/** The one CSV reader, keeping blank lines (a record of one empty cell) as the writer writes them. */
const parseCsv = (text: string) => readCsv(text, { keepBlankLines: true });
import { formulaCells } from './formulaCells.test-utils';

describe('escapeCell', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    expect(escapeCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(escapeCell('+1')).toBe("'+1");
    expect(escapeCell('-2+3')).toBe("'-2+3");
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCell('\t=1')).toBe("'\t'=1");
    expect(escapeCell('\r=1')).toBe(`"'\r'=1"`);
    expect(escapeCell(' "=1')).toBe(`"' ""=1"`);
    expect(escapeCell('a=b')).toBe('a=b');
    expect(escapeCell('Germany;=1+1')).toBe("Germany;'=1+1");
  });

  it('writes numbers as numbers, negative ones too, and empty cells for null', () => {
    expect(escapeCell(-1200)).toBe('-1200');
    expect(escapeCell(0.5)).toBe('0.5');
    expect(escapeCell(Number.NaN)).toBe('');
    expect(escapeCell(null)).toBe('');
    expect(escapeCell(undefined)).toBe('');
    expect(escapeCell(true)).toBe('true');
  });

  it('quotes fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(escapeCell('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(escapeCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCell('plain')).toBe('plain');
  });

  it('ends records with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('a,1\r\nb,\r\n');
  });
});

describe('header block', () => {
  it('writes # key: value lines, never quoted, flattening line breaks and guarding cells after a delimiter', () => {
    expect(headerLine('definition', 'Born abroad,\r\ncounted once')).toBe('# definition: Born abroad, counted once');
    expect(headerLine('definition', 'Born abroad, counted "once"')).toBe('# definition: Born abroad, counted "once"');
    expect(headerLine('definition', 'a,=1+1')).toBe("# definition: a,'=1+1");
    expect(headerLine('definition', 'a,"b')).toBe(`# definition: a,'"b`);
    expect(headerLine('source', "report;=cmd|' calc'!A0")).toBe("# source: report;'=cmd|' calc'!A0");
    expect(headerLine('definition', 'a\t=1+1; -2')).toBe("# definition: a\t'=1+1; '-2");
    expect(headerLine('odd;key\t', 'x')).toBe('# odd-key-: x');
    const text = csvDocument(
      [
        ['indicator', 'Migrant stock'],
        ['definition', 'Born abroad, counted "once"'],
        ['note', 'x,-1'],
      ],
      ['iso3', 'value'],
      [['DEU', 1]],
    );
    expect(text.split('\r\n')).toEqual([
      '# indicator: Migrant stock',
      '# definition: Born abroad, counted "once"',
      "# note: x,'-1",
      'iso3,value',
      'DEU,1',
      '',
    ]);
    const read = readCsvDocument(text);
    expect(read.header.get('definition')).toBe('Born abroad, counted "once"');
    expect(read.header.get('note')).toBe("x,'-1");
    expect(read.columns).toEqual(['iso3', 'value']);
    expect(read.rows).toEqual([['DEU', '1']]);
  });

  it('starts every header line with "# ", and reads every value back as written', () => {
    const valueArb = fc.oneof(fc.string(), fc.constantFrom('=cmd|"/c calc"!A1, =1+1', 'a,+b', 'a,@c', 'a,\t=1', 'x,"y', ', -1', 'a;=1', 'b\t@x'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('definition', 'licence', 'caveat'), valueArb), { maxLength: 6 }), (header) => {
        const text = csvDocument(header, ['a'], [['1']]);
        const lines = text.split('\r\n');
        lines.slice(0, header.length).forEach((line) => expect(line.startsWith('# ')).toBe(true));
        const read = readCsvDocument(text);
        expect(read.columns).toEqual(['a']);
        expect([...read.header.values()]).toEqual([...new Map(header.map(([key, value]) => [key, headerValue(value)])).values()]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('split at a comma, a semicolon or a tab', () => {
  const hostile = fc.constantFrom(
    "report;=cmd|' calc'!A0",
    'Census;=HYPERLINK("http://evil.example","x")',
    'Office;@SUM(1+1)',
    'Born abroad\t=1+1',
    'a; "=1+1"',
    'a;\t"+1',
    'two\nlines\n-2+3',
    ', @x',
    "x;'=safe already",
  );
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ',', ';', '\t', '"', ' ', '\r', '\n', 'a', '1') }),
    hostile,
  );

  it('no line of a file gives a cell that starts a formula, in the header lines or in the rows; numbers stay numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('source', 'definition', 'caveat'), text), { maxLength: 5 }),
        // Rows begin with text, as every export's do (the country code).
        fc.array(
          fc
            .tuple(text, fc.array(fc.oneof(text, fc.double({ noNaN: true }), fc.integer()), { maxLength: 4 }))
            .map(([first, rest]) => [first, ...rest]),
          { maxLength: 4 },
        ),
        (header, rows) => {
          const written = csvDocument(header, ['name', 'value'], rows);
          expect(formulaCells(written)).toEqual([]);
          const numbers = rows.flat().filter((cell): cell is number => typeof cell === 'number' && Number.isFinite(cell));
          const fields = parseCsv(written).flat();
          for (const n of numbers) expect(fields).toContain(String(n));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('guards the cases found by hand', () => {
    const written = csvDocument(
      [
        ['source', "report;=cmd|' calc'!A0"],
        ['publisher', 'Census;=HYPERLINK("http://evil.example","x")'],
        ['licence', 'Office;@SUM(1+1)'],
        ['definition', 'Born abroad\t=1+1'],
      ],
      ['name', 'value'],
      [
        ['Germany;=1+1', -1200],
        ['Office\t@SUM(1+1)', 3.5],
      ],
    );
    expect(formulaCells(written)).toEqual([]);
    expect(written).toContain(',-1200\r\n');
    expect(readCsvDocument(written).header.get('source')).toBe("report;'=cmd|' calc'!A0");
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, and CRLF, LF or CR record ends', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"f\ng",h\ni,j\rk,')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f\ng', 'h'],
      ['i', 'j'],
      ['k', ''],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r\n')).toEqual([['']]);
  });

  const cellArb: fc.Arbitrary<Cell> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('=1+1', '+a', '-b', '@c', '\td', '\re', '"', ',', '\r\n', '""', "'=x"),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.constant(null),
  );

  it('gives back the escaped text of every cell (round trip)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 10 }), (records) => {
        const parsed = parseCsv(toCsv(records));
        expect(parsed).toEqual(records.map((cells) => cells.map(cellText)));
      }),
      { numRuns: 500 },
    );
  });

  it('never yields a field that starts a formula, unless it is a number', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (records) => {
        const parsed = parseCsv(toCsv(records));
        parsed.forEach((fields, r) =>
          fields.forEach((field, c) => {
            if (typeof records[r]?.[c] !== 'number') expect(field).not.toMatch(/^[=+\-@\t\r]/);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('neutralizes idempotently on already neutral text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(neutralizeFormula(neutralizeFormula(text))).toBe(neutralizeFormula(text));
      }),
    );
  });
});
