/**
 * A small RFC 4180 CSV parser: quoted fields (with "" escapes and line breaks inside), CRLF or LF
 * line ends, a UTF-8 byte order mark, and a delimiter of choice. Rows keep their length; a row
 * made only of an empty field (a blank line) is left out.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endRow = (): void => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    field = '';
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r') {
      endRow();
      i += text[i + 1] === '\n' ? 2 : 1;
    } else if (ch === '\n') {
      endRow();
      i += 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) endRow();
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
