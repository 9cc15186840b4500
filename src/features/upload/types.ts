import type { LevelId } from '../../contract/levels';
import type { Flag } from '../../contract/schema';

/** Why a row (or the whole file) was not read as it stands; translated as upload.issue.{reason}. */
export const ISSUE_REASONS = [
  // the whole file
  'empty-file',
  'binary-file',
  'no-header',
  'missing-column',
  'not-json',
  'not-jsonstat',
  'jsonstat-dimension',
  'jsonstat-size',
  'jsonstat-too-large',
  'too-large',
  // one row: the row is left out
  'unknown-country',
  'unknown-region',
  'other-level',
  'ambiguous-country',
  'aggregate',
  'bad-period',
  'no-value',
  'bad-number',
  'duplicate',
  'too-few-cells',
  'too-many-cells',
  'unclosed-quote',
  'field-too-long',
  // one cell: the row is kept without it
  'bad-bound',
  'bounds-order',
  'bad-flag',
  'ignored-column',
  'duplicate-column',
] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];

export interface Issue {
  /** 'fatal': nothing could be read; 'error': the row is left out; 'warning': the row is kept, the cell is not. */
  severity: 'fatal' | 'error' | 'warning';
  reason: IssueReason;
  /** 1-based line of the file where the row starts (CSV, or JSON for a syntax error); null for a JSON-stat cell. */
  line: number | null;
  /** The column's header (CSV) or the cell's coordinates (JSON-stat, e.g. "geo=DE, time=2020"). */
  column: string | null;
  /** What the file holds there, shortened; shown as text, never as HTML. */
  value: string | null;
  /** For duplicates: the line of the row that was kept. */
  other?: number | null;
  /** For an unrecognised country: the text it is set aside under (UnknownCountry.raw). */
  key?: string;
  /** For a row of another level than the file's: the row's level and the file's. */
  level?: LevelId;
  fileLevel?: LevelId;
}

/** A row left out only because its country was not recognised: kept aside until the user picks one. */
export interface PendingRow {
  line: number | null;
  period: string;
  value: number;
  lower: number | null;
  upper: number | null;
  flag: Flag | null;
}

export interface UnknownCountry {
  /** The text as the file has it. */
  raw: string;
  /** Rows that name it. */
  count: number;
  firstLine: number | null;
  suggestions: { id: string; name: string }[];
  /** The rows, when not too many to keep (see MAX_PENDING_ROWS). */
  rows: PendingRow[];
}

export interface ParsedColumns {
  geo: string[];
  period: string[];
  value: number[];
  lower: (number | null)[];
  upper: (number | null)[];
  flag: (Flag | null)[];
  /** The line each row comes from (null for JSON-stat). */
  line: (number | null)[];
}

export interface ParseResult {
  format: 'csv' | 'json-stat';
  /** The level of the places of the rows kept (countries, or NUTS regions or US states): one per file. */
  level: LevelId;
  /** For CSV: the delimiter and encoding found. */
  delimiter: string | null;
  encoding: string;
  /** The columns the file's header was read as (geo, period, value, …) and what they were called there. */
  header: Record<string, string>;
  columns: ParsedColumns;
  /** Records (rows of the file after the header) seen, rows kept, rows left out, blank lines skipped. */
  records: number;
  kept: number;
  dropped: number;
  blank: number;
  /** The first MAX_ISSUES issues; issueCount counts them all. */
  issues: Issue[];
  issueCount: number;
  warningCount: number;
  fatal: Issue | null;
  unknownCountries: UnknownCountry[];
  /** JSON-stat: the categories kept of the dimensions that are neither country nor time. */
  notes: string[];
}

export const MAX_ISSUES = 1000;
export const MAX_UNKNOWN_COUNTRIES = 200;
export const MAX_PENDING_ROWS = 100_000;
/** Longest text kept in an issue. */
export const MAX_ISSUE_TEXT = 80;
