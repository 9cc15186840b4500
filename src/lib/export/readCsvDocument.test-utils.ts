import { parseCsv } from '../csv';

/** Reads a file written by csvDocument with the one CSV reader, and splits it into its header block (key → value), column names and rows. */
export function readCsvDocument(text: string): { header: Map<string, string>; columns: string[]; rows: string[][] } {
  const records = parseCsv(text, { keepBlankLines: true });
  const header = new Map<string, string>();
  let at = 0;
  for (; at < records.length; at++) {
    const record = records[at] as string[];
    // A header line with commas reads as several fields: join them back.
    const match = record[0]?.startsWith('# ') ? /^# ([^:]+): ?(.*)$/s.exec(record.join(',')) : null;
    if (!match) break;
    header.set(match[1] as string, match[2] as string);
  }
  return { header, columns: records[at] ?? [], rows: records.slice(at + 1) };
}
