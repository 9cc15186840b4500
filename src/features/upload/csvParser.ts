/**
 * A streaming CSV reader for tidy files of estimates: text goes in chunk by chunk (push), each
 * record is checked as soon as it is complete, and finish() returns what was kept and what was
 * not. Memory holds the kept rows, not the file.
 *
 * CSV as spreadsheets write it (RFC 4180, leniently): a delimiter of ',' ';' or tab, found from
 * the header line; quoted fields with "" escapes, delimiters and line breaks inside; CRLF, LF or CR
 * line ends; a byte order mark; '#' comment lines before the header (as the app's own CSV exports
 * have). Every record after the header ends as exactly one of: a kept row,
 * a row left out (with an issue naming its line), or a blank line.
 */
import type { CountryResolver } from './countryResolver';
import { RowCollector, shorten, type ColumnNames } from './rowCollector';
import type { Issue, ParseResult } from './types';

/** Longest field kept; a longer one (a runaway quote) ends as an error, not as memory use. */
export const MAX_FIELD_LENGTH = 10_000;
export const MAX_CELLS = 200;

type Role = keyof ColumnNames;
const ROLES: Role[] = ['geo', 'period', 'value', 'lower', 'upper', 'flag'];

/** Header names accepted for each column (compared folded: lower case, letters and digits only), by preference. */
const HEADER_ALIASES: Record<Role, string[]> = {
  geo: ['geo', 'iso3', 'countrycode', 'countryiso3', 'iso3code', 'iso', 'iso2', 'refarea', 'geocode', 'code', 'country', 'countryname', 'pays', 'pais', 'location', 'area', 'nation', 'name'],
  period: ['period', 'year', 'timeperiod', 'time', 'month', 'date', 'annee', 'ano', 'periode', 'periodo', 'mois', 'mes'],
  value: ['value', 'obsvalue', 'estimate', 'val', 'count', 'number', 'valeur', 'valor', 'estimation', 'estimacion', 'total'],
  lower: ['lower', 'lowerbound', 'low', 'lo', 'lb', 'cilower', 'lowerci', 'min', 'inf', 'borneinf', 'inferior'],
  upper: ['upper', 'upperbound', 'high', 'hi', 'ub', 'ciupper', 'upperci', 'max', 'sup', 'bornesup', 'superior'],
  flag: ['flag', 'obsstatus', 'status', 'note', 'flags', 'statut', 'estado'],
};

const foldHeader = (name: string) => name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The delimiter the header line uses: the most frequent of , ; and tab outside quotes. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

export interface CsvParser {
  push(text: string): void;
  finish(): ParseResult;
  /** Rows kept so far (for progress). */
  readonly kept: number;
}

export function createCsvParser(resolver: CountryResolver, options: { encoding?: string } = {}): CsvParser {
  let delimiter: string | null = null;
  let started = false;
  // tokenizer state
  let field = '';
  let fieldTooLong = false;
  let row: string[] = [];
  let tooManyCells = false;
  let quoted = false;
  /** A quote seen inside a quoted field: either the end of it or the first of "". */
  let quotePending = false;
  let afterQuote = false;
  let pendingCR = false;
  let line = 1;
  let recordLine = 1;
  let recordHasContent = false;
  let quoteLine = 1;
  // record state
  let header: string[] | null = null;
  const columnIndex: Partial<Record<Role, number>> = {};
  let collector: RowCollector | null = null;
  let fatal: Issue | null = null;
  const headerIssues: Issue[] = [];
  let records = 0;
  let blank = 0;
  let pendingDelimiterText = '';

  function endField(): void {
    if (row.length >= MAX_CELLS) tooManyCells = true;
    else row.push(field);
    field = '';
  }

  function endRecord(): void {
    endField();
    const cells = row;
    const startLine = recordLine;
    const long = fieldTooLong;
    const many = tooManyCells;
    row = [];
    fieldTooLong = false;
    tooManyCells = false;
    recordHasContent = false;
    afterQuote = false;
    onRecord(cells, startLine, long, many, false);
  }

  function onRecord(cells: string[], startLine: number, long: boolean, many: boolean, unclosed: boolean): void {
    const isBlank = !unclosed && cells.every((cell) => cell.trim() === '');
    if (header === null) {
      // Blank lines and '#' comment lines (the metadata block of the app's own CSV exports) before the header.
      if (isBlank || cells[0]!.trimStart().startsWith('#')) return;
      readHeader(cells, startLine);
      return;
    }
    if (fatal) return;
    records += 1;
    if (isBlank) {
      blank += 1;
      return;
    }
    const c = collector!;
    if (unclosed) return c.drop(startLine, 'unclosed-quote', null, cells[cells.length - 1] ?? '');
    if (long) return c.drop(startLine, 'field-too-long');
    if (many || cells.length > header.length) {
      // Trailing empty cells (a spreadsheet's stray delimiters) are harmless.
      const extra = cells.slice(header.length);
      if (many || extra.some((cell) => cell.trim() !== '')) {
        return c.drop(startLine, 'too-many-cells', null, `${many ? `>${MAX_CELLS}` : cells.length} / ${header.length}`);
      }
    }
    const cell = (role: Role): string | null => {
      const index = columnIndex[role];
      return index === undefined ? null : (cells[index] ?? null);
    };
    const geo = cell('geo');
    const period = cell('period');
    const value = cell('value');
    if (geo === null || period === null || value === null) {
      return c.drop(startLine, 'too-few-cells', null, `${cells.length} / ${header.length}`);
    }
    c.add({ line: startLine, geo, period, value, lower: cell('lower'), upper: cell('upper'), flag: cell('flag') });
  }

  function readHeader(cells: string[], startLine: number): void {
    header = cells.map((cell) => cell.trim());
    const folded = header.map(foldHeader);
    const names: ColumnNames = { geo: 'geo', period: 'period', value: 'value', lower: 'lower', upper: 'upper', flag: 'flag' };
    const used = new Set<number>();
    for (const role of ROLES) {
      for (const alias of HEADER_ALIASES[role]) {
        const index = folded.findIndex((name, i) => name === alias && !used.has(i));
        if (index >= 0) {
          columnIndex[role] = index;
          names[role] = header[index] || role;
          used.add(index);
          break;
        }
      }
    }
    const missing = (['geo', 'period', 'value'] as const).filter((role) => columnIndex[role] === undefined);
    if (missing.length > 0) {
      fatal = { severity: 'fatal', reason: 'missing-column', line: startLine, column: missing.join(', '), value: shorten(header.join(delimiter ?? ',')) };
      return;
    }
    const seenNames = new Set<string>();
    header.forEach((name, i) => {
      if (seenNames.has(folded[i]!) && folded[i] !== '') {
        headerIssues.push({ severity: 'warning', reason: 'duplicate-column', line: startLine, column: shorten(name), value: null });
      } else if (!used.has(i) && name !== '') {
        headerIssues.push({ severity: 'warning', reason: 'ignored-column', line: startLine, column: shorten(name), value: null });
      }
      seenNames.add(folded[i]!);
    });
    // Trailing empty header cells (stray delimiters) are dropped so that rows with the same stray cells fit.
    while (header.length > 0 && header[header.length - 1] === '' && !Object.values(columnIndex).includes(header.length - 1)) header.pop();
    collector = new RowCollector(resolver, names, delimiter === ';' || delimiter === '\t');
    for (const issue of headerIssues) collector.report(issue);
  }

  function scan(text: string): void {
    const d = delimiter!;
    const dCode = d.charCodeAt(0);
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (pendingCR) {
        pendingCR = false;
        if (text.charCodeAt(i) === 10) {
          i += 1;
          continue;
        }
      }
      if (quoted) {
        if (quotePending) {
          quotePending = false;
          if (text[i] === '"') {
            append('"');
            i += 1;
            continue;
          }
          quoted = false;
          afterQuote = true;
          continue; // read text[i] unquoted
        }
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        const piece = text.slice(i, end);
        append(piece);
        for (let k = piece.indexOf('\n'); k >= 0; k = piece.indexOf('\n', k + 1)) line += 1;
        if (!piece.includes('\n')) for (let k = piece.indexOf('\r'); k >= 0; k = piece.indexOf('\r', k + 1)) line += 1;
        if (q < 0) return;
        quotePending = true;
        i = q + 1;
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === 34 /* " */ && field === '' && !afterQuote) {
        quoted = true;
        quoteLine = line;
        recordHasContent = true;
        i += 1;
        continue;
      }
      if (code === dCode) {
        endField();
        afterQuote = false;
        recordHasContent = true;
        i += 1;
        continue;
      }
      if (code === 10 || code === 13) {
        endRecord();
        line += 1;
        recordLine = line;
        if (code === 13) pendingCR = true;
        i += 1;
        continue;
      }
      // plain text up to the next special character
      let j = i + 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 10 || c === 13 || c === dCode) break;
        j += 1;
      }
      append(text.slice(i, j));
      recordHasContent = true;
      i = j;
    }
  }

  function append(piece: string): void {
    if (fieldTooLong) return;
    if (field.length + piece.length > MAX_FIELD_LENGTH) {
      fieldTooLong = true;
      field = field.slice(0, 100);
      return;
    }
    field += piece;
  }

  const parser: CsvParser = {
    push(text) {
      if (text === '') return;
      if (!started) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (delimiter === null) {
        pendingDelimiterText += text;
        const lead = pendingDelimiterText.length - pendingDelimiterText.replace(/^[\r\n]+/, '').length;
        const newline = pendingDelimiterText.slice(lead).search(/[\r\n]/);
        if (newline < 0 && pendingDelimiterText.length < 65_536) return;
        delimiter = detectDelimiter(pendingDelimiterText.slice(lead, newline < 0 ? lead + 65_536 : lead + newline));
        text = pendingDelimiterText;
        pendingDelimiterText = '';
      }
      scan(text);
    },
    finish() {
      if (delimiter === null) {
        delimiter = detectDelimiter(pendingDelimiterText.replace(/^[\r\n]+/, '').split(/[\r\n]/)[0] ?? '');
        const text = pendingDelimiterText;
        pendingDelimiterText = '';
        scan(text);
      }
      if (quoted && !quotePending) {
        // The file ends inside a quoted field: the record it started is left out.
        const cells = [...row, field];
        row = [];
        field = '';
        quoted = false;
        onRecord(cells, quoteLine, false, false, true);
      } else if (quotePending || recordHasContent || field !== '' || row.length > 0) {
        quoted = false;
        quotePending = false;
        endRecord();
      }
      const base = {
        format: 'csv' as const,
        delimiter,
        encoding: options.encoding ?? 'utf-8',
        notes: [],
      };
      if (header === null) {
        const issue: Issue = { severity: 'fatal', reason: 'empty-file', line: null, column: null, value: null };
        return emptyResult({ ...base, fatal: issue, header: {} });
      }
      const names: Record<string, string> = {};
      for (const role of ROLES) {
        const index = columnIndex[role];
        if (index !== undefined) names[role] = (header as string[])[index] ?? role;
      }
      if (fatal || !collector) return emptyResult({ ...base, fatal, header: names, records });
      const c = collector as RowCollector;
      return {
        ...base,
        header: names,
        columns: c.columns,
        records,
        kept: c.columns.geo.length,
        dropped: c.dropped,
        blank,
        issues: c.issues,
        issueCount: c.issueCount,
        warningCount: c.warningCount,
        fatal: null,
        unknownCountries: c.unknownCountries(),
      };
    },
    get kept() {
      return collector?.columns.geo.length ?? 0;
    },
  };
  return parser;
}

export function emptyResult(partial: Partial<ParseResult> & Pick<ParseResult, 'format' | 'fatal'>): ParseResult {
  const fatalCount = partial.fatal ? 1 : 0;
  return {
    delimiter: null,
    encoding: 'utf-8',
    header: {},
    columns: { geo: [], period: [], value: [], lower: [], upper: [], flag: [], line: [] },
    records: 0,
    kept: 0,
    dropped: partial.records ?? 0,
    blank: 0,
    issues: partial.fatal ? [partial.fatal] : [],
    issueCount: fatalCount,
    warningCount: 0,
    unknownCountries: [],
    notes: [],
    ...partial,
  };
}
