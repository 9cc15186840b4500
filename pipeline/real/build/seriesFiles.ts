import { seriesPath, TOTAL_SLICE } from '../../../src/contract/paths';
import { CONTRACT_VERSION, type Series } from '../../../src/contract/schema';
import type { Cell } from './cell';
import { columnsOf } from './columns';
import type { SourceFigures } from './readSources';
import { addSlice, type Coverage, type SliceIndex } from './sliceIndex';

/** One series file per indicator and slice of a source, counted in its report and indexed in `produced`. */
export function addSeriesFiles(
  { source, acc, releaseDate, report }: SourceFigures,
  files: Map<string, Series>,
  produced: SliceIndex,
  coverage: Coverage,
  aggregatesWithData: Set<string>,
): void {
  for (const [key, cells] of acc.series) {
    if (cells.size === 0) continue;
    const [indicator, slice] = key.split('|') as [string, string];
    const rows = rowsOf(cells);
    const aggregateRows = rowsOf(acc.aggregates.get(key) ?? new Map());
    files.set(seriesPath(indicator, source.id, slice), {
      contract: CONTRACT_VERSION,
      indicator,
      source: source.id,
      slice,
      focus: null,
      releaseDate,
      columns: columnsOf(rows),
      ...(aggregateRows.length > 0 ? { aggregates: columnsOf(aggregateRows) } : {}),
    });
    for (const r of aggregateRows) aggregatesWithData.add(r.geo);
    report.rows += rows.length;
    report.series.push(slice === TOTAL_SLICE ? indicator : `${indicator}/${slice}`);
    for (const r of rows) coverage.add(r.period, r.geo);
    addSlice(produced, indicator, source.id, slice);
  }
}

function rowsOf(cells: ReadonlyMap<string, Cell>): { geo: string; period: string; cell: Cell }[] {
  return [...cells].map(([k, cell]) => {
    const [geo, period] = k.split('|') as [string, string];
    return { geo, period, cell };
  });
}
