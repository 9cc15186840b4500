import type { BuildReport, SourceReport } from '../report';
import type { FileTotals } from './checkFiles';
import type { GroupTracker } from './groups';
import { reportPath } from './locations';
import type { BuildOptions } from './options';

export interface ReportParts {
  options: BuildOptions;
  generated: string;
  sources: SourceReport[];
  warnings: string[];
  groups: GroupTracker;
}

/** The report of a build that wrote nothing: the sources as far as they got, no totals. */
export function emptyReport({ options, generated, sources, warnings, groups }: ReportParts): BuildReport {
  return {
    generated,
    config: options.configPath === undefined ? '(in memory)' : reportPath(options.configPath),
    cache: reportPath(options.cacheDir),
    out: options.outDir === undefined ? null : reportPath(options.outDir),
    totals: {
      sources: 0,
      indicators: 0,
      countries: 0,
      countriesWithData: 0,
      seriesFiles: 0,
      bilateralFiles: 0,
      rows: 0,
      bilateralRows: 0,
      dropped: 0,
      groups: groups.groups.size,
    },
    sources,
    indicators: [],
    groups: groups.toJSON(),
    warnings,
  };
}

/** The report of a build, with its totals. */
export function fullReport(
  parts: ReportParts,
  counts: { sources: number; indicators: number; countries: number; countriesWithData: number },
  files: FileTotals,
  indicators: BuildReport['indicators'],
): BuildReport {
  return {
    ...emptyReport(parts),
    totals: {
      sources: counts.sources,
      indicators: counts.indicators,
      countries: counts.countries,
      countriesWithData: counts.countriesWithData,
      seriesFiles: files.seriesFiles,
      bilateralFiles: files.bilateralFiles,
      rows: files.rows,
      bilateralRows: files.bilateralRows,
      dropped: parts.sources.reduce(
        (n, s) => n + Object.entries(s.dropped).reduce((m, [k, e]) => m + (k === 'unmapped' || k === 'group' ? 0 : e.count), 0),
        0,
      ),
      groups: parts.groups.groups.size,
    },
    indicators,
  };
}
