import { isCodeOf } from '../../../src/contract/levels';
import type { Series } from '../../../src/contract/schema';
import { addBilateralFiles } from './bilateralFiles';
import type { SourceFigures } from './readSources';
import { addSeriesFiles } from './seriesFiles';
import { Coverage, type SliceIndex } from './sliceIndex';

export interface DataFiles {
  /** Path → series or bilateral file. */
  files: Map<string, Series>;
  series: SliceIndex;
  bilateral: SliceIndex;
  countriesWithData: Set<string>;
  /** The aggregates some series file has rows for. */
  aggregatesWithData: Set<string>;
}

/** The series and bilateral files of every source; a source left with no rows is marked empty. */
export function buildDataFiles(built: readonly SourceFigures[], warnings: string[]): DataFiles {
  const out: DataFiles = { files: new Map(), series: new Map(), bilateral: new Map(), countriesWithData: new Set(), aggregatesWithData: new Set() };
  for (const figures of built) {
    const coverage = new Coverage();
    addSeriesFiles(figures, out.files, out.series, coverage, out.aggregatesWithData);
    addBilateralFiles(figures, out.files, out.bilateral, coverage);
    const { report } = figures;
    // A source below the country counts its units; only countries (the origins of figures by US state) join the catalog's countries.
    const level = figures.source.level ?? 'country';
    report.countries = [...coverage.countries].filter((c) => isCodeOf(level, c)).length;
    report.latestPeriod = coverage.latest;
    report.firstPeriod = coverage.first;
    for (const c of coverage.countries) if (isCodeOf('country', c)) out.countriesWithData.add(c);
    if (report.rows === 0 && report.bilateralRows === 0) {
      report.status = 'empty';
      warnings.push(`${figures.source.id}: no rows after mapping and normalisation; left out of the catalog`);
    }
  }
  return out;
}
