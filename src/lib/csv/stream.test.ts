import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvStream, type CsvRecord } from './stream';

function read(text: string, cuts: number[] = [], options: { maxFieldLength?: number; maxCells?: number; delimiter?: string } = {}): CsvRecord[] {
  const records: CsvRecord[] = [];
  const stream = createCsvStream({ ...options, onRecord: (r) => records.push(r) });
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    stream.push(text.slice(start, cut));
    start = Math.max(start, cut);
  }
  stream.push(text.slice(start));
  stream.finish();
  return records;
}

describe('the CSV stream', () => {
  it('reads CRLF, LF and CR line ends mixed in one file, keeping line breaks inside quotes as they are', () => {
    const records = read('a,b\r\n"c\r\nd",e\nf,g\rh,"i\rj"\n');
    expect(records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c\r\nd', 'e'],
      ['f', 'g'],
      ['h', 'i\rj'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  it('finds the delimiter from the first line', () => {
    expect(read('\n\ngeo;period\n"a;b";1').map((r) => r.cells)).toEqual([[''], [''], ['geo', 'period'], ['a;b', '1']]);
  });

  it('flags a quote never closed, at the line it opens', () => {
    const records = read('a,b\n1,"x\ny\n2,3\n');
    expect(records.at(-1)).toMatchObject({ line: 2, unclosed: true });
  });

  it('skips a record too long to hold, and reads on after it', () => {
    const text = `a,b\n1,"${'x\n'.repeat(200)}"\n2,3\n`;
    const records = read(text, [50, 100, 150, 300, 420], { maxFieldLength: 20, maxCells: 2 });
    expect(records.map((r) => [r.line, r.tooLong])).toEqual([
      [1, false],
      [2, true],
      [203, false],
    ]);
    expect(records[2]!.cells).toEqual(['2', '3']);
  });

  it('gives the same records however the text is cut', () => {
    const cell = fc.oneof(fc.constantFrom('"', '""', '\r', '\n', '\r\n', ',', ';', 'a'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), fc.array(fc.nat({ max: 200 }), { maxLength: 6 }), (parts, cuts) => {
        const text = parts.join('');
        expect(
          read(
            text,
            cuts.map((c) => c % (text.length + 1)),
          ),
        ).toEqual(read(text));
      }),
      { numRuns: 300 },
    );
  });
});
