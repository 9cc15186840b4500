/**
 * UN DESA International Migrant Stock workbooks, as published (xlsx):
 *
 * - "by destination and sex" (undesa_pd_2024_ims_stock_by_sex_and_destination.xlsx): per sheet
 *   ("Table 1" stock, "Table 3" share of population, …) one row per region, group, country or area
 *   with its UN M49 "Location code", and the years in three sections: both sexes, males, females.
 * - "by destination, origin and sex" (…_ims_stock_by_sex_destination_and_origin.xlsx): the same,
 *   with a destination and an origin (name and location code) on each row.
 *
 * The table is found by its header row (the one with "Location code"); the sex of each year column
 * comes from the section titles above it. Aggregates (World, SDG regions, income groups: location
 * codes 900 and up) are kept as groups by the code normaliser. The published CSV of origin–destination
 * stocks in wide form (one column per origin) is read by the generic CSV reader.
 */
import { inflateRawSync } from 'node:zlib';
import * as v from 'valibot';
import { readSheet } from 'read-excel-file/node';
import { ReadError, readerOptions, type RawObservation, type Reader } from './types';

type Cell = string | number | boolean | Date | null | undefined;

const UndesaOptions = v.object({
  /** Sheets to read (default: "Table 1"). Each sheet's name is the measure of its observations. */
  sheets: v.optional(v.pipe(v.array(v.string()), v.minLength(1)), ['Table 1']),
});

const text = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell).trim());

function sexOf(label: string): 'total' | 'female' | 'male' | undefined {
  if (/both sexes/i.test(label)) return 'total';
  if (/\bfemales?\b/i.test(label)) return 'female';
  if (/\bmales?\b/i.test(label)) return 'male';
  return undefined;
}

const isPeriodHeader = (cell: Cell): boolean =>
  (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100) || /^\d{4}(-\d{4})?$/.test(text(cell));

/** Observations of one IMS table, given its rows as read from the sheet. Pure, for tests. */
export function parseImsTable(rows: readonly (readonly Cell[])[], measure: string, file: string, emit: (o: RawObservation) => void): void {
  const headerAt = rows.findIndex((row) => row.some((cell) => /location code/i.test(text(cell))));
  if (headerAt === -1) throw new ReadError(file, `sheet "${measure}" has no header row with "Location code"`);
  const header = rows[headerAt]!;
  const columns = (pattern: RegExp): number[] => header.flatMap((cell, i) => (pattern.test(text(cell)) ? [i] : []));
  const codeColumns = columns(/location code/i);
  const nameColumns = columns(/country or area|^region/i);
  const originCode = codeColumns.find((i) => /origin/i.test(text(header[i])));
  const destinationCode = codeColumns.find((i) => i !== originCode);
  const originName = nameColumns.find((i) => /origin/i.test(text(header[i])));
  const destinationName = nameColumns.find((i) => i !== originName);
  if (destinationCode === undefined) throw new ReadError(file, `sheet "${measure}" has no location code column`);
  const periods = header.flatMap((cell, i) => (isPeriodHeader(cell) ? [i] : []));
  if (periods.length === 0) throw new ReadError(file, `sheet "${measure}" has no year columns`);

  // The section titles ("…, both sexes combined", "…, males", "…, females") sit a few rows above.
  const sexByColumn = new Map<number, string>();
  for (let r = headerAt - 1; r >= Math.max(0, headerAt - 4) && sexByColumn.size === 0; r -= 1) {
    const titles = (rows[r] ?? []).flatMap((cell, i) => {
      const sex = sexOf(text(cell));
      return sex ? [{ i, sex }] : [];
    });
    if (titles.length === 0) continue;
    for (const column of periods) {
      const title = [...titles].reverse().find((t) => t.i <= column);
      if (title) sexByColumn.set(column, title.sex);
    }
  }

  for (const row of rows.slice(headerAt + 1)) {
    const code = text(row[destinationCode]);
    if (!/^\d+$/.test(code)) continue; // notes and blank rows
    const observationBase = {
      measure,
      geo: code,
      geoCodes: 'm49' as const,
      geoName: destinationName !== undefined ? text(row[destinationName]).replace(/\*+$/, '') : undefined,
      ...(originCode !== undefined
        ? {
            counterpart: text(row[originCode]),
            counterpartCodes: 'm49' as const,
            counterpartName: originName !== undefined ? text(row[originName]).replace(/\*+$/, '') : undefined,
          }
        : {}),
    };
    for (const column of periods) {
      const cell = row[column];
      emit({
        ...observationBase,
        dims: { sex: sexByColumn.get(column) ?? 'total' },
        period: text(header[column]),
        value: cell instanceof Date ? null : (cell ?? null),
      });
    }
  }
}

/**
 * The workbook's last-modified date (docProps/core.xml, dcterms:modified): the date the published
 * file was last changed. Read straight from the zip, which keeps read-excel-file's API small.
 */
export function xlsxModifiedDate(bytes: Uint8Array): string | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i -= 1) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return undefined;
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && at + 46 <= buf.length; n += 1) {
    if (buf.readUInt32LE(at) !== 0x02014b50) return undefined;
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name !== 'docProps/core.xml') continue;
    if (buf.readUInt32LE(local) !== 0x04034b50) return undefined;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    const xml = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    const m = /<dcterms:modified[^>]*>(\d{4}-\d{2}-\d{2})/.exec(xml);
    return m ? m[1] : undefined;
  }
  return undefined;
}

export const readUndesaXlsx: Reader = async ({ file, options, emit }) => {
  const opts = readerOptions(UndesaOptions, options, file.name);
  const head = file.bytes.subarray(0, 2);
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw new ReadError(file.name, 'is not an xlsx workbook (not a zip file)');
  const buffer = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  for (const sheet of opts.sheets) {
    let rows: Cell[][];
    try {
      rows = (await readSheet(buffer, sheet)) as Cell[][];
    } catch (error) {
      throw new ReadError(file.name, `sheet "${sheet}" could not be read: ${(error as Error).message}`);
    }
    parseImsTable(rows, sheet, file.name, emit);
  }
  return { releaseDate: xlsxModifiedDate(file.bytes) };
};
