import type { Catalog, Series } from '../../../src/contract/schema';
import { parseCatalog, parseSeries } from '../../../src/contract/validate';
import { BuildError } from './buildError';

/** Leave out the files of sources or indicators that did not make it into the catalog. */
export function dropUnlisted(files: Map<string, Series>, catalog: Catalog): void {
  const listed = new Set(catalog.indicators.flatMap((i) => i.sources.map((s) => `${i.id}|${s.id}`)));
  for (const [path, s] of files) if (!listed.has(`${s.indicator}|${s.source}`)) files.delete(path);
}

export interface FileTotals {
  seriesFiles: number;
  bilateralFiles: number;
  rows: number;
  /** Each corridor figure once (it stands in two files): counted in the destinations' files, or the origins' for a source with origin files only. */
  bilateralRows: number;
}

/** The catalog and every file through the app's own validators; every country or unit of a file must be in the catalog. */
export function checkFiles(catalog: Catalog, files: ReadonlyMap<string, Series>): FileTotals {
  parseCatalog(catalog);
  const known = new Set([...catalog.geographies.countries, ...(catalog.geographies.units ?? [])].map((c) => c.id));
  const countedRole = new Map(
    catalog.indicators.flatMap((i) =>
      i.sources.map((s) => [`${i.id}|${s.id}`, s.roles?.includes('destination') === false ? 'origin' : 'destination'] as const),
    ),
  );
  const totals: FileTotals = { seriesFiles: 0, bilateralFiles: 0, rows: 0, bilateralRows: 0 };
  for (const [path, payload] of files) {
    const series = parseSeries(payload, path);
    for (const geo of series.columns.geo) if (!known.has(geo)) throw new BuildError(`${path}: ${geo} is not in the catalog's countries or units`);
    if (series.focus === null) {
      totals.seriesFiles += 1;
      totals.rows += series.columns.geo.length;
    } else {
      totals.bilateralFiles += 1;
      if (series.focus.role === countedRole.get(`${series.indicator}|${series.source}`)) totals.bilateralRows += series.columns.geo.length;
    }
  }
  return totals;
}
