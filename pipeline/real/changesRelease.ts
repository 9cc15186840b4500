/**
 * Which change report a new snapshot gets. A snapshot is a release named by its date:
 * - a later date than the committed snapshot's: the report compares with it (from: its date);
 * - no committed snapshot: every source is added (from: null);
 * - the same date: the same release rebuilt. When its figures are unchanged, the committed report
 *   is kept as it is (it describes the last refresh, and keeps the rebuild byte for byte); when they
 *   changed, only the first release (from: null) may be amended, since the files of the release
 *   before it are gone: any later one needs a new date;
 * - an earlier date: refused.
 * Pure: the payloads of both snapshots come from the caller.
 */
import { CHANGES_FILE, compareSnapshots, hasChanges, parseChangeReport, type ChangeReport, type Comparison, type Payloads } from './changes';

export interface ReleaseOptions {
  /** The committed snapshot's files (null: there is none). */
  previous: Payloads | null;
  /** The committed snapshot's date (its manifest's "date"), null when there is none. */
  previousDate: string | null;
  built: Payloads;
  date: string;
}

export interface Release {
  /** The payload of changes.json: the committed one, untouched, or a new report. */
  changes: unknown;
  kept: boolean;
  /**
   * The new build against the committed snapshot (against nothing when there is none), whatever
   * the report compares with: what a refresh is judged on.
   */
  comparison: Comparison;
}

export class ReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseError';
  }
}

function committedReport(previous: Payloads): ChangeReport | undefined {
  const payload = previous.get(CHANGES_FILE);
  if (payload === undefined) return undefined;
  try {
    return parseChangeReport(payload);
  } catch {
    return undefined;
  }
}

export function changeReportFor({ previous, previousDate, built, date }: ReleaseOptions): Release {
  const first = (): ChangeReport => compareSnapshots(null, built, { from: null, to: date }).report;
  if (previous === null || previousDate === null) {
    const comparison = compareSnapshots(null, built, { from: null, to: date });
    return { changes: comparison.report, kept: false, comparison };
  }
  if (date < previousDate) throw new ReleaseError(`the new snapshot's date ${date} is before the committed snapshot's (${previousDate})`);
  const comparison = compareSnapshots(previous, built, { from: previousDate, to: date });
  if (date > previousDate) return { changes: comparison.report, kept: false, comparison };

  const committed = committedReport(previous);
  if (!hasChanges(comparison.report) && committed !== undefined && committed.to === date) {
    return { changes: previous.get(CHANGES_FILE), kept: true, comparison };
  }
  if (committed === undefined || committed.from === null) return { changes: first(), kept: false, comparison };
  throw new ReleaseError(
    `the figures of the snapshot of ${date} changed, and that snapshot is already a refresh of the one of ${committed.from}: ` +
      'give the new snapshot a later date (the "date" of the inputs file, or --date)',
  );
}
