/**
 * CSV writing (RFC 4180) made safe for spreadsheets. Pure: no DOM. (Tests read files back with the
 * one CSV reader: readCsvDocument.test-utils.ts.)
 *
 * - A spreadsheet may split a line at commas, semicolons (European settings) or tabs, and a quoted
 *   field at its line breaks: every cell it could see that way must not run as a formula (CSV
 *   injection). So in text, wherever such a cell would begin, after any spaces, with = + - @ or a
 *   double quote (which would open a quoted field), a ' is inserted there; a text cell that itself
 *   begins with one of those (after spaces and quotes), a tab or a carriage return is prefixed with '.
 *   Numbers are written as numbers (a negative net migration stays -1200, not '-1200).
 * - Fields containing a comma, a double quote, a carriage return or a line feed are quoted, and
 *   their double quotes doubled.
 * - Records end with CRLF.
 *
 * A file starts with a header block of `# key: value` lines (line breaks in values become spaces,
 * values are guarded as above), then the column names, then the rows. Header lines are never
 * quoted, so that readers that skip comment lines (pandas' comment='#', R's comment.char) skip them.
 */

export type Cell = string | number | boolean | null | undefined;

/** A cell that a spreadsheet would read as a formula, at the start of a text cell. */
const FORMULA_START = /^[\s"]*[=+\-@]|^[\t\r]/;
/** The start of a cell inside text, once split at a delimiter or a line break, that needs a '. */
const INNER_START = /([,;\t\r\n])(\s*)(?=["=+\-@])/g;
const NEEDS_QUOTES = /[",\r\n]/;

/** Inserts ' wherever a delimiter or line break in the text would begin a cell that a spreadsheet runs. */
function guardInnerCells(text: string): string {
  return text.replace(INNER_START, "$1$2'");
}

/** Makes text safe in every cell a spreadsheet could split it into: prefixed with ' when it starts a formula, guarded inside. */
export function neutralizeFormula(text: string): string {
  return guardInnerCells(FORMULA_START.test(text) ? `'${text}` : text);
}

/** Quotes a field when it needs it (RFC 4180). */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The text a cell holds once made safe, before quoting: '' for null, numbers as numbers, text neutralized. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutralizeFormula(value);
}

/** One field of a CSV file. */
export function escapeCell(value: Cell): string {
  return quoteField(cellText(value));
}

export function toCsvRecord(cells: readonly Cell[]): string {
  return cells.map(escapeCell).join(',');
}

/** Records joined by CRLF, with a final CRLF. */
export function toCsv(records: readonly (readonly Cell[])[]): string {
  return records.map((cells) => `${toCsvRecord(cells)}\r\n`).join('');
}

/** A header value as written: on one line (line breaks become spaces), guarded inside. */
export function headerValue(value: string): string {
  return guardInnerCells(`${value}`.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** One line of the header block, `# key: value`. */
export function headerLine(key: string, value: string): string {
  return `# ${key.replace(/[\s:,;"]+/g, '-')}: ${headerValue(value)}`;
}

/** A whole file: the header block, the column names, the rows. */
export function csvDocument(header: readonly (readonly [string, string])[], columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return header.map(([key, value]) => `${headerLine(key, value)}\r\n`).join('') + toCsv([columns, ...rows]);
}
