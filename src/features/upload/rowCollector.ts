/**
 * Checks rows (CSV records or JSON-stat cells) one at a time and keeps the good ones as parallel
 * columns, reporting every other row once with its line, column and reason. Shared by both formats.
 */
import { LEVEL_IDS, type LevelId } from '../../contract/levels';
import { FLAGS, type Flag } from '../../contract/schema';
import { periodString } from '../../lib/period';
import { MAX_YEAR, MIN_YEAR } from '../../state/viewState';
import type { CountryResolver } from './countryResolver';
import {
  MAX_ISSUES,
  MAX_ISSUE_TEXT,
  MAX_PENDING_ROWS,
  MAX_UNKNOWN_COUNTRIES,
  type Issue,
  type IssueReason,
  type ParsedColumns,
  type PendingRow,
  type UnknownCountry,
} from './types';

export function shorten(text: string): string {
  // Control characters (a binary file, a stray NUL) are shown as spaces.
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length <= MAX_ISSUE_TEXT ? clean : `${clean.slice(0, MAX_ISSUE_TEXT - 1)}…`;
}

/** A raw row: cells as the file has them (null: no such column or no such cell). */
export interface RawRow {
  line: number | null;
  /** Where the row is when it has no line (a JSON-stat cell: "geo=DE, time=2020"); reported instead of the column. */
  where?: string;
  geo: string;
  period: string;
  value: string | number | null;
  lower?: string | number | null;
  upper?: string | number | null;
  flag?: string | null;
}

/** Column names to report issues with. */
export interface ColumnNames {
  geo: string;
  period: string;
  value: string;
  lower: string;
  upper: string;
  flag: string;
}

const MISSING = /^(?:|na|n\/a|nan|null|none|-|–|—|\.|\.\.|:|x|\*)$/i;

/**
 * A number as statistical files write it: 1234.5, -12, 1e6, +3; with decimalComma also 1234,5;
 * thousands grouped with spaces (1 234 567), or with the separator that is not the decimal one
 * (1,234,567.5 or 1.234.567,5). Null when the text is no such number.
 */
export function parseNumber(text: string, decimalComma: boolean): number | null {
  let s = text.trim();
  if (s === '' || s.length > 40) return null;
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s) && !(decimalComma && /^[+-]?\d{1,3}\.\d{3}$/.test(s))) {
    const n = Number(s);
    return Number.isFinite(n) ? n : null;
  }
  s = s.replace(/[\u00a0\u202f ](?=\d{3}(?:\D|$))/g, '');
  if (decimalComma) {
    if (/^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
    else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
  } else if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) {
    s = s.replace(/,/g, '');
  }
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** YYYY or YYYY-MM (1900–2100) from 2020, 2020-03, 2020-3, 2020/03, 2020M03, 2020.0; null otherwise. */
export function parsePeriod(text: string): string | null {
  const s = text.trim();
  let match = /^(\d{4})(?:\.0+)?$/.exec(s);
  if (match) {
    const year = Number(match[1]);
    return year >= MIN_YEAR && year <= MAX_YEAR ? periodString(year) : null;
  }
  match = /^(\d{4})(?:-|\/|M|m|\.)(\d{1,2})$/.exec(s);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
    return periodString(year, month);
  }
  return null;
}

const FLAG_CODES: Record<string, Flag> = { e: 'estimate', p: 'provisional', b: 'break', i: 'imputed' };

/** A flag from its contract name or its one-letter code (Eurostat's e, p, b); undefined if unknown, null if empty. */
export function parseFlag(text: string): Flag | null | undefined {
  const s = text.trim().toLowerCase();
  if (s === '') return null;
  if ((FLAGS as readonly string[]).includes(s)) return s as Flag;
  return FLAG_CODES[s];
}

export class RowCollector {
  readonly columns: ParsedColumns = { geo: [], period: [], value: [], lower: [], upper: [], flag: [], line: [] };
  readonly issues: Issue[] = [];
  issueCount = 0;
  warningCount = 0;
  dropped = 0;
  private readonly unknown = new Map<string, UnknownCountry>();
  private pendingRows = 0;
  private readonly seen = new Map<number, number | null>();
  private readonly geoIndex = new Map<string, number>();
  private readonly periodIndex = new Map<string, number>();
  /** The level of each kept row's place, parallel to columns. */
  private readonly rowLevel: LevelId[] = [];
  /** Rows whose place could be a country or a US state ("CA"): kept once the file's level is known. */
  private readonly undecided: (PendingRow & { raw: string; where?: string; country: string; unit: string; unitLevel: LevelId })[] = [];
  private fileLevel: LevelId | null = null;

  /**
   * `levelHint`: the level the geo column's header names ("state", "FIPS": US states), which reads a
   * place that could be a country or a US state as the state; without one, the file's other rows decide.
   */
  constructor(
    private readonly resolver: CountryResolver,
    private readonly names: ColumnNames,
    private readonly decimalComma: boolean,
    private readonly levelHint: LevelId | null = null,
  ) {}

  report(issue: Issue): void {
    this.issueCount += 1;
    if (issue.severity === 'warning') this.warningCount += 1;
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }

  /** Reports a row left out for a reason found before its cells were read (a bad record). */
  drop(line: number | null, reason: IssueReason, column: string | null = null, value: string | null = null): void {
    this.dropped += 1;
    this.report({ severity: 'error', reason, line, column, value: value === null ? null : shorten(value) });
  }

  private fail(row: RawRow, reason: IssueReason, column: string, value: string | number | null | undefined): false {
    this.drop(row.line, reason, row.where ?? column, value === null || value === undefined ? null : String(value));
    return false;
  }

  private number(raw: string | number | null | undefined): number | null {
    if (raw === null || raw === undefined) return null;
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
    return parseNumber(raw, this.decimalComma);
  }

  /** Checks one row; keeps it, sets it aside (unknown country) or reports it. True when kept. */
  add(row: RawRow): boolean {
    const { names } = this;
    const period = parsePeriod(row.period);
    if (period === null) return this.fail(row, 'bad-period', names.period, row.period);
    const rawValue = row.value;
    if (rawValue === null || (typeof rawValue === 'string' && MISSING.test(rawValue.trim()))) {
      return this.fail(row, 'no-value', names.value, rawValue);
    }
    const value = this.number(rawValue);
    if (value === null) return this.fail(row, 'bad-number', names.value, rawValue);

    let lower = this.bound(row, row.lower, names.lower);
    let upper = this.bound(row, row.upper, names.upper);
    if ((lower !== null && lower > value) || (upper !== null && upper < value)) {
      this.report({
        severity: 'warning',
        reason: 'bounds-order',
        line: row.line,
        column: row.where ?? `${names.lower}, ${names.upper}`,
        value: null,
      });
      lower = null;
      upper = null;
    }
    let flag: Flag | null = null;
    if (row.flag !== undefined && row.flag !== null) {
      const parsed = parseFlag(row.flag);
      if (parsed === undefined) {
        this.report({ severity: 'warning', reason: 'bad-flag', line: row.line, column: names.flag, value: shorten(row.flag) });
      } else flag = parsed;
    }

    const geo = this.resolver.resolve(row.geo);
    if (geo.kind === 'aggregate') return this.fail(row, 'aggregate', names.geo, row.geo);
    if (geo.kind === 'either' && this.fileLevel === null) {
      const { line, where } = row;
      this.undecided.push({
        line,
        where,
        raw: row.geo,
        period,
        value,
        lower,
        upper,
        flag,
        country: geo.country,
        unit: geo.unit,
        unitLevel: geo.level,
      });
      return true;
    }
    if (geo.kind === 'ambiguous' || geo.kind === 'unknown') {
      const suggestions = geo.kind === 'ambiguous' ? geo.ids.map((id) => ({ id, name: this.resolver.nameOf(id) })) : null;
      const key = this.setAside(row, { line: row.line, period, value, lower, upper, flag }, suggestions);
      this.dropped += 1;
      this.report({
        severity: 'error',
        reason: geo.kind === 'ambiguous' ? 'ambiguous-country' : 'unknown-country',
        line: row.line,
        column: row.where ?? names.geo,
        value: shorten(row.geo),
        ...(key === null ? {} : { key }),
      });
      return false;
    }
    if (geo.kind === 'either') {
      const id = this.fileLevel === 'country' ? geo.country : geo.unit;
      return this.keep(id, period, value, lower, upper, flag, row.line, row.where);
    }
    return this.keep(geo.id, period, value, lower, upper, flag, row.line, row.where);
  }

  /**
   * The file's level, once every row is in: the level the geo column's header names, else the
   * level most rows that can be read only one way are of (countries on a tie), else countries.
   * Rows that could be a country or a US state are then read at that level; rows of another level
   * are left out, each reported with its line and its level. Unknown places get suggestions of the
   * file's level. Call once, after the last add().
   */
  settle(): LevelId {
    if (this.fileLevel !== null) return this.fileLevel;
    const counts = new Map<LevelId, number>();
    for (const level of this.rowLevel) counts.set(level, (counts.get(level) ?? 0) + 1);
    let level: LevelId = 'country';
    const hinted = this.levelHint !== null && ((counts.get(this.levelHint) ?? 0) > 0 || this.undecided.some((u) => u.unitLevel === this.levelHint));
    if (hinted) level = this.levelHint!;
    else for (const id of LEVEL_IDS) if ((counts.get(id) ?? 0) > (counts.get(level) ?? 0)) level = id;
    this.fileLevel = level;

    if (this.rowLevel.some((l) => l !== level)) this.dropOtherLevel(level);
    for (const u of this.undecided) {
      const id = level === 'country' ? u.country : level === u.unitLevel ? u.unit : null;
      if (id === null) {
        this.otherLevel(u.line, u.where, u.raw, 'country', level);
        continue;
      }
      this.keep(id, u.period, u.value, u.lower, u.upper, u.flag, u.line, u.where);
    }
    this.undecided.length = 0;
    if (level !== 'country') {
      for (const issue of this.issues) if (issue.reason === 'unknown-country') issue.reason = 'unknown-region';
      for (const entry of this.unknown.values()) {
        if (this.resolver.resolve(entry.raw).kind !== 'unknown') continue;
        entry.suggestions = this.resolver.suggest(entry.raw, 3, level);
      }
    }
    return level;
  }

  private otherLevel(line: number | null, where: string | undefined, value: string, rowLevel: LevelId, fileLevel: LevelId): void {
    this.dropped += 1;
    this.report({
      severity: 'error',
      reason: 'other-level',
      line,
      column: where ?? this.names.geo,
      value: shorten(value),
      level: rowLevel,
      fileLevel,
    });
  }

  private dropOtherLevel(level: LevelId): void {
    const { columns } = this;
    const keep: number[] = [];
    this.rowLevel.forEach((rowLevel, i) => {
      if (rowLevel === level) keep.push(i);
      else this.otherLevel(columns.line[i]!, undefined, columns.geo[i]!, rowLevel, level);
    });
    for (const key of Object.keys(columns) as (keyof ParsedColumns)[]) {
      const column = columns[key] as unknown[];
      const kept = keep.map((i) => column[i]);
      column.length = 0;
      column.push(...kept);
    }
    this.rowLevel.length = 0;
    for (let i = 0; i < keep.length; i += 1) this.rowLevel.push(level);
  }

  /** Keeps a row unless it repeats a country and period already kept. */
  keep(
    geo: string,
    period: string,
    value: number,
    lower: number | null,
    upper: number | null,
    flag: Flag | null,
    line: number | null,
    where?: string,
  ): boolean {
    const key = this.key(geo, period);
    if (this.seen.has(key)) {
      this.dropped += 1;
      this.report({
        severity: 'error',
        reason: 'duplicate',
        line,
        column: where ?? `${this.names.geo}, ${this.names.period}`,
        value: `${geo} ${period}`,
        other: this.seen.get(key) ?? null,
      });
      return false;
    }
    this.seen.set(key, line);
    const { columns } = this;
    columns.geo.push(geo);
    columns.period.push(period);
    columns.value.push(value);
    columns.lower.push(lower);
    columns.upper.push(upper);
    columns.flag.push(flag);
    columns.line.push(line);
    this.rowLevel.push(this.resolver.levelOf(geo));
    return true;
  }

  private key(geo: string, period: string): number {
    let g = this.geoIndex.get(geo);
    if (g === undefined) {
      g = this.geoIndex.size;
      this.geoIndex.set(geo, g);
    }
    let p = this.periodIndex.get(period);
    if (p === undefined) {
      p = this.periodIndex.size;
      this.periodIndex.set(period, p);
    }
    return g * 1_048_576 + p;
  }

  private bound(row: RawRow, raw: string | number | null | undefined, column: string): number | null {
    if (raw === undefined || raw === null) return null;
    if (typeof raw === 'string' && MISSING.test(raw.trim())) return null;
    const n = this.number(raw);
    if (n === null) this.report({ severity: 'warning', reason: 'bad-bound', line: row.line, column, value: shorten(String(raw)) });
    return n;
  }

  /** Keeps the row aside under its country text; returns that text, or null when too many names are unknown. */
  private setAside(row: RawRow, pending: UnknownCountry['rows'][number], suggestions: UnknownCountry['suggestions'] | null): string | null {
    const raw = row.geo.trim().slice(0, 200);
    let entry = this.unknown.get(raw);
    if (!entry) {
      if (this.unknown.size >= MAX_UNKNOWN_COUNTRIES) return null;
      entry = { raw, count: 0, firstLine: row.line, suggestions: suggestions ?? this.resolver.suggest(raw), rows: [] };
      this.unknown.set(raw, entry);
    }
    entry.count += 1;
    if (this.pendingRows < MAX_PENDING_ROWS) {
      entry.rows.push(pending);
      this.pendingRows += 1;
    }
    return raw;
  }

  unknownCountries(): UnknownCountry[] {
    return [...this.unknown.values()].sort((a, b) => b.count - a.count);
  }
}
