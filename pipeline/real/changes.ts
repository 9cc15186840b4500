/**
 * The change report (`changes.json` in the snapshot): per source, what a new build changes in the
 * figures of the previous snapshot — periods added and removed, values revised (with the five
 * largest revisions), countries added and dropped. Pure: it works on the payloads of the two
 * snapshots (relative path → parsed JSON), as built or as read from disk.
 */
import { changesPath } from '../../src/contract/paths';
import type { Changes, Revision, SourceChange } from '../../src/contract/release';
import type { Series } from '../../src/contract/schema';
import { parseChanges } from '../../src/contract/validateRelease';

export const CHANGES_FILE = changesPath();
export const LARGEST_REVISIONS = 5;

/** The format is the app's (src/contract/release.ts), which reads the file on the About page. */
export type ChangeReport = Changes;
export type SourceChanges = SourceChange;
export type { Revision };

/** What the report does not say but a refresh needs to judge a source: how many values and countries it had and has. */
export interface SourceCounts {
  valuesBefore: number;
  valuesAfter: number;
  valuesAdded: number;
  valuesRemoved: number;
  countriesBefore: number;
  countriesAfter: number;
}

export interface Comparison {
  report: ChangeReport;
  counts: Map<string, SourceCounts>;
}

/** A snapshot's files: relative path → parsed payload. */
export type Payloads = ReadonlyMap<string, unknown>;

/** The figures of one source: its series and bilateral tables by path, with their countries and periods. */
interface SourceFigures {
  tables: Map<string, Series>;
  periods: Set<string>;
  countries: Set<string>;
  values: number;
}

/**
 * Series and bilateral files by source. A bilateral value appears twice, in its destination's and
 * its origin's file: only the destination files are read, which also halves the work; a source with
 * origin files only (people born in a country, by US state) is read from those.
 */
function figuresBySource(files: Payloads | null): Map<string, SourceFigures> {
  const bySource = new Map<string, SourceFigures>();
  if (files === null) return bySource;
  const withDestinations = new Set<string>();
  for (const [path, payload] of files) {
    if (path.startsWith('bilateral/') && (payload as Series).focus?.role === 'destination') withDestinations.add((payload as Series).source);
  }
  for (const [path, payload] of files) {
    if (!path.startsWith('bilateral/') && !path.startsWith('series/')) continue;
    const series = payload as Series;
    if (series.focus !== null && series.focus.role !== (withDestinations.has(series.source) ? 'destination' : 'origin')) continue;
    let figures = bySource.get(series.source);
    if (figures === undefined) {
      figures = { tables: new Map(), periods: new Set(), countries: new Set(), values: 0 };
      bySource.set(series.source, figures);
    }
    figures.tables.set(path, series);
    figures.values += series.columns.value.length;
    if (series.focus !== null) figures.countries.add(series.focus.geo);
    for (const geo of series.columns.geo) figures.countries.add(geo);
    for (const period of series.columns.period) figures.periods.add(period);
  }
  return bySource;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (items: Iterable<string>): string[] => [...items].sort(byText);
const minus = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => sorted([...a].filter((x) => !b.has(x)));

/** Relative size of a revision, for ranking: a revision from 0 ranks above any other. */
const relativeChange = (r: Revision): number => (r.before === 0 ? Number.POSITIVE_INFINITY : Math.abs(r.after - r.before) / Math.abs(r.before));

function rankRevisions(a: Revision, b: Revision): number {
  return (
    relativeChange(b) - relativeChange(a) ||
    Math.abs(b.after - b.before) - Math.abs(a.after - a.before) ||
    byText(a.indicator, b.indicator) ||
    byText(a.slice, b.slice) ||
    byText(a.geo, b.geo) ||
    byText(a.origin ?? '', b.origin ?? '') ||
    byText(a.period, b.period)
  );
}

interface TableDiff {
  revisions: Revision[];
  added: number;
  removed: number;
}

function diffTable(before: Series | undefined, after: Series | undefined): TableDiff {
  if (before === undefined) return { revisions: [], added: after?.columns.value.length ?? 0, removed: 0 };
  if (after === undefined) return { revisions: [], added: 0, removed: before.columns.value.length };
  const old = new Map<string, number>();
  before.columns.geo.forEach((geo, i) => old.set(`${geo}|${before.columns.period[i]!}`, before.columns.value[i]!));
  const revisions: Revision[] = [];
  let added = 0;
  let kept = 0;
  after.columns.geo.forEach((geo, i) => {
    const period = after.columns.period[i]!;
    const value = after.columns.value[i]!;
    const previous = old.get(`${geo}|${period}`);
    if (previous === undefined) {
      added += 1;
      return;
    }
    kept += 1;
    if (previous === value) return;
    const where =
      after.focus === null ? { geo } : after.focus.role === 'destination' ? { geo: after.focus.geo, origin: geo } : { geo, origin: after.focus.geo };
    revisions.push({ indicator: after.indicator, slice: after.slice, ...where, period, before: previous, after: value });
  });
  return { revisions, added, removed: old.size - kept };
}

function compareSource(
  id: string,
  before: SourceFigures | undefined,
  after: SourceFigures | undefined,
): { changes: SourceChanges; counts: SourceCounts } {
  const none: SourceFigures = { tables: new Map(), periods: new Set(), countries: new Set(), values: 0 };
  const b = before ?? none;
  const a = after ?? none;
  const revisions: Revision[] = [];
  let added = 0;
  let removed = 0;
  for (const path of new Set([...b.tables.keys(), ...a.tables.keys()])) {
    const diff = diffTable(b.tables.get(path), a.tables.get(path));
    for (const r of diff.revisions) revisions.push(r);
    added += diff.added;
    removed += diff.removed;
  }
  revisions.sort(rankRevisions);
  const status = before === undefined ? 'added' : after === undefined ? 'removed' : added + removed + revisions.length > 0 ? 'changed' : 'unchanged';
  return {
    changes: {
      id,
      status,
      periodsAdded: minus(a.periods, b.periods),
      periodsRemoved: minus(b.periods, a.periods),
      revised: { count: revisions.length, largest: revisions.slice(0, LARGEST_REVISIONS) },
      countriesAdded: minus(a.countries, b.countries),
      countriesDropped: minus(b.countries, a.countries),
    },
    counts: {
      valuesBefore: b.values,
      valuesAfter: a.values,
      valuesAdded: added,
      valuesRemoved: removed,
      countriesBefore: b.countries.size,
      countriesAfter: a.countries.size,
    },
  };
}

/** Compares the figures of two snapshots (previous null: there was none, every source is added). */
export function compareSnapshots(previous: Payloads | null, next: Payloads, dates: { from: string | null; to: string }): Comparison {
  const before = figuresBySource(previous);
  const after = figuresBySource(next);
  const counts = new Map<string, SourceCounts>();
  const sources: SourceChanges[] = [];
  for (const id of sorted(new Set([...before.keys(), ...after.keys()]))) {
    const result = compareSource(id, before.get(id), after.get(id));
    sources.push(result.changes);
    counts.set(id, result.counts);
  }
  return { report: { format: 'migration-lens/changes', version: 1, from: dates.from, to: dates.to, sources }, counts };
}

/** A change report read from a file, checked as the app reads it (a ContractError naming the field if it does not fit). */
export const parseChangeReport = (payload: unknown, file = CHANGES_FILE): ChangeReport => parseChanges(payload, file);

export const hasChanges = (report: ChangeReport): boolean => report.sources.some((s) => s.status !== 'unchanged');
