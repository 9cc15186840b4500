/**
 * The upload's reader of tidy CSV files of estimates: text goes in chunk by chunk (push), each
 * record is checked as soon as it is complete, and finish() returns what was kept and what was
 * not. Memory holds the kept rows, not the file.
 *
 * The CSV itself is read by the one CSV reader (lib/csv: delimiter found from the header line,
 * quotes, any line ends, a byte order mark); this module adds '#' comment lines before the header
 * (as the app's own CSV exports have), finds the columns by their names, and sends each record to
 * the row checks. Every record after the header ends as exactly one of: a kept row, a row left out
 * (with an issue naming its line), or a blank line.
 */
import { createCsvStream, type CsvRecord } from '../../lib/csv';
import type { LevelId } from '../../contract/levels';
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
  geo: [
    'geo',
    'iso3',
    'countrycode',
    'countryiso3',
    'iso3code',
    'iso',
    'iso2',
    'refarea',
    'geocode',
    // Places below the country: the header also says how to read "CA" or "12" (see geoLevelHint).
    'nutsid',
    'nutscode',
    'nuts',
    'nuts2',
    'nuts3',
    'statefips',
    'statefp',
    'fips',
    'stusps',
    'statecode',
    'stateabbr',
    'stateabbreviation',
    'state',
    'statename',
    'usstate',
    'code',
    'country',
    'countryname',
    'pays',
    'pais',
    'location',
    'area',
    'nation',
    'name',
  ],
  period: ['period', 'year', 'timeperiod', 'time', 'month', 'date', 'annee', 'ano', 'periode', 'periodo', 'mois', 'mes'],
  value: ['value', 'obsvalue', 'estimate', 'val', 'count', 'number', 'valeur', 'valor', 'estimation', 'estimacion', 'total'],
  lower: ['lower', 'lowerbound', 'low', 'lo', 'lb', 'cilower', 'lowerci', 'min', 'inf', 'borneinf', 'inferior'],
  upper: ['upper', 'upperbound', 'high', 'hi', 'ub', 'ciupper', 'upperci', 'max', 'sup', 'bornesup', 'superior'],
  flag: ['flag', 'obsstatus', 'status', 'note', 'flags', 'statut', 'estado'],
};

/**
 * The level a geo column's (folded) header names, when it names one: a column of US states
 * ("state", "FIPS", "STUSPS") reads a place that could be a country or a US state ("CA", "12",
 * "Georgia") as the state. Other headers leave it to the file's rows (RowCollector.settle).
 */
export function geoLevelHint(folded: string): LevelId | null {
  return /state|fips|stusps/.test(folded) ? 'us-state' : null;
}

const foldHeader = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export interface CsvParser {
  push(text: string): void;
  finish(): ParseResult;
  /** Rows kept so far (for progress). */
  readonly kept: number;
}

export function createCsvParser(resolver: CountryResolver, options: { encoding?: string } = {}): CsvParser {
  const stream = createCsvStream({ maxFieldLength: MAX_FIELD_LENGTH, maxCells: MAX_CELLS, onRecord });
  let header: string[] | null = null;
  const columnIndex: Partial<Record<Role, number>> = {};
  let collector: RowCollector | null = null;
  let fatal: Issue | null = null;
  const headerIssues: Issue[] = [];
  let records = 0;
  let blank = 0;

  function onRecord({ cells, line: startLine, tooLong: long, tooManyCells: many, unclosed }: CsvRecord): void {
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
    const delimiter = stream.delimiter;
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
      fatal = {
        severity: 'fatal',
        reason: 'missing-column',
        line: startLine,
        column: missing.join(', '),
        value: shorten(header.join(delimiter ?? ',')),
      };
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
    collector = new RowCollector(resolver, names, delimiter === ';' || delimiter === '\t', geoLevelHint(folded[columnIndex.geo!]!));
    for (const issue of headerIssues) collector.report(issue);
  }

  const parser: CsvParser = {
    push(text) {
      stream.push(text);
    },
    finish() {
      stream.finish();
      const base = {
        format: 'csv' as const,
        delimiter: stream.delimiter,
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
      const level = c.settle();
      return {
        ...base,
        level,
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
    level: 'country',
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
