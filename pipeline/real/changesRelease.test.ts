import { describe, expect, it } from 'vitest';
import { seriesPath } from '../../src/contract/paths';
import { CONTRACT_VERSION } from '../../src/contract/schema';
import { CHANGES_FILE, compareSnapshots, type ChangeReport } from './changes';
import { changeReportFor, ReleaseError } from './changesRelease';

function build(value: number): Map<string, unknown> {
  const columns = { geo: ['DEU'], period: ['2020'], value: [value] };
  return new Map<string, unknown>([
    [
      seriesPath('migrant-stock', 'wb'),
      { contract: CONTRACT_VERSION, indicator: 'migrant-stock', source: 'wb', slice: 'total', focus: null, releaseDate: '2026-01-01', columns },
    ],
  ]);
}

/** A committed snapshot: its figures plus the change report it was published with. */
function committed(value: number, report: ChangeReport | 'none'): Map<string, unknown> {
  const files = build(value);
  if (report !== 'none') files.set(CHANGES_FILE, report);
  return files;
}

const firstRelease = compareSnapshots(null, build(1), { from: null, to: '2026-01-01' }).report;
const secondRelease = compareSnapshots(build(1), build(2), { from: '2026-01-01', to: '2026-02-01' }).report;

describe('changeReportFor', () => {
  it('compares with nothing when there is no committed snapshot: every source added', () => {
    const release = changeReportFor({ previous: null, previousDate: null, built: build(1), date: '2026-01-01' });
    expect(release.kept).toBe(false);
    expect(release.changes).toMatchObject({ from: null, to: '2026-01-01', sources: [{ id: 'wb', status: 'added' }] });
  });

  it('compares with the committed snapshot when the new one has a later date', () => {
    const release = changeReportFor({ previous: committed(1, firstRelease), previousDate: '2026-01-01', built: build(2), date: '2026-02-01' });
    expect(release.changes).toMatchObject({ from: '2026-01-01', to: '2026-02-01', sources: [{ status: 'changed', revised: { count: 1 } }] });
  });

  it('keeps the committed report, the very same object, when the same date builds the same figures', () => {
    const previous = committed(2, secondRelease);
    const release = changeReportFor({ previous, previousDate: '2026-02-01', built: build(2), date: '2026-02-01' });
    expect(release.kept).toBe(true);
    expect(release.changes).toBe(previous.get(CHANGES_FILE));
  });

  it('writes the first report of a snapshot that predates change reports (from: null, every source added)', () => {
    const release = changeReportFor({ previous: committed(1, 'none'), previousDate: '2026-01-01', built: build(1), date: '2026-01-01' });
    expect(release.changes).toEqual(firstRelease);
  });

  it('lets the first release be amended under its date, still compared with nothing', () => {
    const release = changeReportFor({ previous: committed(1, firstRelease), previousDate: '2026-01-01', built: build(5), date: '2026-01-01' });
    expect(release.changes).toMatchObject({ from: null, sources: [{ status: 'added' }] });
    // What a refresh is judged on stays the comparison with the committed figures.
    expect(release.comparison.report.sources[0]).toMatchObject({ status: 'changed', revised: { count: 1 } });
  });

  it('refuses new figures under the date of a later release, and a date before the committed one', () => {
    const previous = committed(2, secondRelease);
    expect(() => changeReportFor({ previous, previousDate: '2026-02-01', built: build(3), date: '2026-02-01' })).toThrow(ReleaseError);
    expect(() => changeReportFor({ previous, previousDate: '2026-02-01', built: build(3), date: '2026-02-01' })).toThrow(/later date/);
    expect(() => changeReportFor({ previous, previousDate: '2026-02-01', built: build(2), date: '2026-01-15' })).toThrow(/before the committed/);
  });
});
