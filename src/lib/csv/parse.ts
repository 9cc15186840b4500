/** Whole CSV texts read at once (the pipeline's files, the app's own exports read back in tests). */
import { createCsvStream } from './stream';

export interface ParseCsvOptions {
  /** ',' unless given. */
  delimiter?: string;
  /** Keep a blank line as a record of one empty field (left out by default). */
  keepBlankLines?: boolean;
}

/**
 * The records of a CSV text, each as its fields (rows keep their length). Throws when the text
 * ends inside a quoted field rather than guess where it should have closed.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): string[][] {
  const rows: string[][] = [];
  const stream = createCsvStream({
    delimiter: options.delimiter ?? ',',
    onRecord({ cells, unclosed }) {
      if (unclosed) throw new Error('CSV ends inside a quoted field');
      if (!options.keepBlankLines && cells.length === 1 && cells[0] === '') return;
      rows.push(cells);
    },
  });
  stream.push(text);
  stream.finish();
  return rows;
}

/** Rows as records keyed by the header row (trimmed); an empty trailing header column is ignored. */
export function csvRecords(rows: string[][]): { header: string[]; records: Record<string, string>[] } {
  const [first, ...rest] = rows;
  if (!first) return { header: [], records: [] };
  const header = first.map((h) => h.trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const records = rest.map((row) => {
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      record[name] = row[i] ?? '';
    });
    return record;
  });
  return { header, records };
}
