import { readSourceCache } from '../cache';
import type { SourceConfig } from '../config';
import type { SourceReport } from '../report';
import { reportPath } from './locations';

export type SourceCache = NonNullable<ReturnType<typeof readSourceCache>>;

/**
 * Every source's cache, read before any parsing so that a missing or damaged one fails the build
 * first; each source gets its report here, saying what was found.
 */
export function readCaches(sources: readonly SourceConfig[], cacheDir: string): { caches: Map<string, SourceCache>; reports: SourceReport[] } {
  const caches = new Map<string, SourceCache>();
  const reports: SourceReport[] = [];
  for (const source of sources) {
    const report: SourceReport = {
      id: source.id,
      status: 'built',
      observations: 0,
      rows: 0,
      bilateralRows: 0,
      series: [],
      countries: 0,
      dropped: {},
      notes: [],
    };
    reports.push(report);
    try {
      const cache = readSourceCache(cacheDir, source.id);
      if (cache === undefined) {
        report.status = 'missing';
        report.error = `not in the cache ${reportPath(cacheDir)}: run npm run data:pull`;
      } else {
        caches.set(source.id, cache);
        report.retrieved = cache.manifest.retrieved;
        report.files = cache.files.length;
      }
    } catch (error) {
      report.status = 'failed';
      report.error = (error as Error).message;
    }
  }
  return { caches, reports };
}

/** After `data:pull --only …`, some caches are older than others: the build uses them, and says so. */
export function olderPullWarnings(reports: readonly SourceReport[]): string[] {
  const retrievals = reports.filter((r) => r.retrieved !== undefined).map((r) => ({ id: r.id, at: Date.parse(r.retrieved!) }));
  const newest = Math.max(...retrievals.map((r) => r.at));
  const warnings: string[] = [];
  for (const { id, at } of retrievals) {
    const days = Math.floor((newest - at) / 86_400_000);
    if (days >= 1)
      warnings.push(
        `${id}: built from an older pull, retrieved ${new Date(at).toISOString().slice(0, 10)}, ${days} day${days === 1 ? '' : 's'} before the newest (npm run data:pull -- --only ${id} refreshes it)`,
      );
  }
  return warnings;
}
