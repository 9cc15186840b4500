import { seriesPath, TOTAL_SLICE } from '../../../src/contract/paths';
import { CONTRACT_VERSION, type Series } from '../../../src/contract/schema';
import { columnsOf } from './columns';
import type { SourceFigures } from './readSources';
import { addSlice, type Coverage, type SliceIndex } from './sliceIndex';

/** One series file per indicator and slice of a source, counted in its report and indexed in `produced`. */
export function addSeriesFiles(
  { source, acc, releaseDate, report }: SourceFigures,
  files: Map<string, Series>,
  produced: SliceIndex,
  coverage: Coverage,
): void {
  for (const [key, cells] of acc.series) {
    if (cells.size === 0) continue;
    const [indicator, slice] = key.split('|') as [string, string];
    const rows = [...cells].map(([k, cell]) => {
      const [geo, period] = k.split('|') as [string, string];
      return { geo, period, cell };
    });
    files.set(seriesPath(indicator, source.id, slice), {
      contract: CONTRACT_VERSION,
      indicator,
      source: source.id,
      slice,
      focus: null,
      releaseDate,
      columns: columnsOf(rows),
    });
    report.rows += rows.length;
    report.series.push(slice === TOTAL_SLICE ? indicator : `${indicator}/${slice}`);
    for (const r of rows) coverage.add(r.period, r.geo);
    addSlice(produced, indicator, source.id, slice);
  }
}
