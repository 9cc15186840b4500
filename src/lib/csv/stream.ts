/**
 * The one CSV reader of the app and the pipeline, on papaparse: text goes in chunk by chunk (or
 * whole), and each record comes out as soon as it is complete, with the line it starts on. Pure (no
 * DOM, no Node API), so the upload's parse worker and the pipeline run the same code.
 *
 * CSV as spreadsheets write it (RFC 4180, leniently): quoted fields with "" escapes, delimiters and
 * line breaks inside; CRLF, LF or CR line ends, mixed in one file too (see lineEnds.ts); a byte
 * order mark; the delimiter given, or found from the first line (see delimiter.ts). A quote that
 * is never closed makes one last record, flagged `unclosed`. A record that is much longer than any
 * record of `maxCells` fields of `maxFieldLength` characters is skipped without being held.
 */
import Papa from 'papaparse';
import { detectDelimiter } from './delimiter';
import { LineEnds } from './lineEnds';

export interface CsvRecord {
  /** The fields, at most maxCells of them; a field longer than maxFieldLength is cut to its first 100 characters. */
  cells: string[];
  /** The line the record starts on (from 1); for an unclosed record, the line its open quote is on. */
  line: number;
  tooLong: boolean;
  tooManyCells: boolean;
  /** The text ends inside a quoted field of this record. */
  unclosed: boolean;
}

export interface CsvStreamOptions {
  /** Found from the first non-blank line when not given. */
  delimiter?: string;
  maxFieldLength?: number;
  maxCells?: number;
  onRecord(record: CsvRecord): void;
}

export interface CsvStream {
  push(text: string): void;
  /** Reads what is left (a last record without a line end). */
  finish(): void;
  /** The delimiter in use, once known. */
  readonly delimiter: string | null;
}

/** How much of a file without a line end is read to find the delimiter. */
const DELIMITER_WINDOW = 65_536;

/** Line breaks in text whose line ends outside quotes are already LF (lineEnds.ts); quoted fields keep CRLF or CR. */
function countBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  if (text.includes('\r')) n += text.match(/\r(?!\n)/g)?.length ?? 0;
  return n;
}

export function createCsvStream(options: CsvStreamOptions): CsvStream {
  const maxField = options.maxFieldLength ?? Infinity;
  const maxCells = options.maxCells ?? Infinity;
  const maxRecord = maxField * (Number.isFinite(maxCells) ? maxCells + 1 : Infinity);
  let delimiter: string | null = options.delimiter ?? null;
  let lineEnds: LineEnds | null = delimiter === null ? null : new LineEnds(delimiter);
  let bulk: Papa.Parser | null = null;
  let stepper: Papa.Parser | null = null;
  let started = false;
  /** Text before the delimiter is known. */
  let undetected = '';
  /** Normalised text from the start of the record being read. */
  let pending = '';
  /** The line pending starts on. */
  let line = 1;
  /** A record too long to hold, being skipped to its end. */
  let skipping: { line: number } | null = null;

  function emit(cells: string[], startLine: number, flags: { unclosed?: boolean; tooLong?: boolean } = {}): void {
    const tooManyCells = cells.length > maxCells;
    if (tooManyCells) cells = cells.slice(0, maxCells);
    let tooLong = flags.tooLong ?? false;
    for (let i = 0; i < cells.length; i += 1) {
      if (cells[i]!.length > maxField) {
        tooLong = true;
        cells[i] = cells[i]!.slice(0, 100);
      }
    }
    options.onRecord({ cells, line: startLine, tooLong, tooManyCells, unclosed: flags.unclosed ?? false });
  }

  /** The text being read, and where in it the next record starts. */
  let reading = '';
  let at = 0;
  function step(results: Papa.ParseStepResult<string[][]>): void {
    const end = results.meta.cursor;
    const missing = results.errors.find((e) => e.code === 'MissingQuotes');
    // papaparse's index of an unclosed field is just after its opening quote.
    const startLine = missing ? line + countBreaks(reading.slice(at, missing.index)) : line;
    emit(results.data[0] ?? [''], startLine, { unclosed: missing !== undefined });
    line += countBreaks(reading.slice(at, end));
    at = end;
  }

  /** Reads every complete record of pending (all of it when final), keeping the rest. */
  function read(final: boolean): void {
    reading = pending;
    at = 0;
    if (!readLineByLine(final)) {
      stepper ??= new Papa.Parser({ delimiter: delimiter!, newline: '\n', step: step as unknown as Papa.ParseConfig['step'] });
      stepper.parse(reading, 0, !final);
    }
    pending = reading.slice(at);
    reading = '';
    if (!final && pending.length > maxRecord) {
      skipping = { line };
      line += countBreaks(pending);
      pending = '';
    }
  }

  /**
   * The fast way, when every record is one line (no line break inside quotes, no unclosed quote):
   * all records at once, the line of each counted from the first. False, having read nothing, otherwise.
   */
  function readLineByLine(final: boolean): boolean {
    bulk ??= new Papa.Parser({ delimiter: delimiter!, newline: '\n' });
    const result = bulk.parse(reading, 0, !final) as Papa.ParseResult<string[]>;
    const end = result.meta.cursor;
    const rows = result.data;
    const lastWithoutBreak = end > 0 && reading[end - 1] !== '\n' ? 1 : 0;
    if (result.errors.some((e) => e.code === 'MissingQuotes') || countBreaks(reading.slice(0, end)) !== rows.length - lastWithoutBreak) return false;
    for (let i = 0; i < rows.length; i += 1) emit(rows[i]!, line + i);
    line += rows.length - lastWithoutBreak;
    at = end;
    return true;
  }

  function feed(text: string): void {
    const normalised = lineEnds!.feed(text);
    if (skipping) {
      const end = lineEnds!.firstBreak;
      if (end < 0) {
        line += countBreaks(normalised);
        return;
      }
      line += countBreaks(normalised.slice(0, end + 1));
      emit([''], skipping.line, { tooLong: true });
      skipping = null;
      pending = normalised.slice(end + 1);
    } else pending += normalised;
    read(false);
  }

  function start(text: string): void {
    undetected += text;
    const lead = undetected.length - undetected.replace(/^[\r\n]+/, '').length;
    const newline = undetected.slice(lead).search(/[\r\n]/);
    if (newline < 0 && undetected.length < DELIMITER_WINDOW) return;
    delimiter = detectDelimiter(undetected.slice(lead, newline < 0 ? lead + DELIMITER_WINDOW : lead + newline));
    lineEnds = new LineEnds(delimiter);
    const all = undetected;
    undetected = '';
    feed(all);
  }

  return {
    push(text) {
      if (text === '') return;
      if (!started) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (delimiter === null) start(text);
      else feed(text);
    },
    finish() {
      if (delimiter === null) {
        delimiter = detectDelimiter(undetected.replace(/^[\r\n]+/, '').split(/[\r\n]/)[0] ?? '');
        lineEnds = new LineEnds(delimiter);
        const all = undetected;
        undetected = '';
        if (all !== '') feed(all);
      }
      const rest = lineEnds!.flush();
      if (skipping) {
        emit([''], skipping.line, lineEnds!.inQuotes ? { unclosed: true } : { tooLong: true });
        skipping = null;
        return;
      }
      // A last line end makes no record: complete records are read first, then what is left.
      pending += rest;
      read(false);
      if (pending !== '') read(true);
      pending = '';
    },
    get delimiter() {
      return delimiter;
    },
  };
}
