/**
 * `data:build`: the static indicators API from the raw cache alone. Every source's cached files go
 * through its readers; each raw observation is selected by the config's series mappings, its
 * geography normalised to ISO3 (aggregates kept apart: the publishers' own figures for World, regions, income groups and the EU as the series' aggregates, the others left out as groups), its period, value, unit and flag
 * normalised, and anything left out is counted with its reason. The files are checked with the
 * app's own validators (parseCatalog, parseSeries) before the output directory is replaced as a
 * whole (written aside, then swapped), so a failed build never leaves a half-written dataset.
 * The steps live in build/, in the order below.
 */
import { resolve } from 'node:path';
import { catalogPath } from '../../src/contract/paths';
import { CONTRACT_VERSION, type Catalog } from '../../src/contract/schema';
import { joinBoundaries } from '../geo/boundaries';
import { writeDatasetAtomically } from '../write';
import { createGeoResolver } from './codes';
import { SourceAccumulator } from './build/accumulator';
import { BuildError } from './build/buildError';
import { emptyReport, fullReport, type ReportParts } from './build/buildReport';
import { olderPullWarnings, readCaches } from './build/caches';
import { catalogAggregates } from './build/aggregates';
import { catalogIndicators } from './build/catalogIndicators';
import { catalogSources } from './build/catalogSources';
import { checkFiles, dropUnlisted } from './build/checkFiles';
import { buildDataFiles } from './build/dataFiles';
import { stopUnlessPartial } from './build/failures';
import { geographies, levelGeographies } from './build/geographies';
import { GroupTracker } from './build/groups';
import { REPORT_FILE, SNAPSHOT_DATA_DIR } from './build/locations';
import type { BuildOptions, BuildResult } from './build/options';
import { readSources } from './build/readSources';

export { BuildError } from './build/buildError';
export { REPORT_FILE, SNAPSHOT_DATA_DIR } from './build/locations';
export type { BuildOptions, BuildResult } from './build/options';
export { readSource, type ReadSourceResult } from './build/readSource';

export async function buildDataset(options: BuildOptions): Promise<BuildResult> {
  const { config } = options;
  const outDir = options.outDir === undefined ? undefined : resolve(options.outDir);
  if (outDir !== undefined && outDir === SNAPSHOT_DATA_DIR && options.replaceSnapshot !== true) {
    throw new BuildError(
      `refusing to replace the committed snapshot in ${SNAPSHOT_DATA_DIR} (npm run data:snapshot builds it): pass --replace-snapshot to do that on purpose`,
    );
  }
  const resolver = options.resolver ?? createGeoResolver();
  const boundaries = options.boundaries ?? joinBoundaries();
  const levels = options.levels ?? [];
  const indicatorConfigs = new Map(config.indicators.map((i) => [i.id, i]));
  const groups = new GroupTracker();

  // 1. Every cache first, so that a missing or damaged one fails the build before any parsing.
  const { caches, reports } = readCaches(config.sources, options.cacheDir);
  const warnings = olderPullWarnings(reports);
  const parts: ReportParts = { options, generated: options.generated ?? new Date().toISOString().slice(0, 10), sources: reports, warnings, groups };
  const stop = (): void => stopUnlessPartial(reports, options.partial === true, () => emptyReport(parts));
  stop();

  // 2. Every source through its readers and mappings (without --partial, one failure stops it).
  const built = await readSources({
    sources: config.sources,
    caches,
    reports,
    accumulator: (source) => new SourceAccumulator(source, indicatorConfigs, resolver, groups),
    warnings,
    onFailure: stop,
  });
  stop();

  // 3. The series and bilateral files, then the catalog that lists them.
  const data = buildDataFiles(built, warnings);
  const indicators = catalogIndicators(
    indicatorConfigs.values(),
    built.map((b) => b.source.id),
    data,
    warnings,
  );
  if (indicators.indicators.length === 0) throw new BuildError('no indicator has any figures: nothing to write', emptyReport(parts));
  const { countries, regions } = geographies(boundaries, resolver, data.countriesWithData);
  const sources = catalogSources(built, indicators.indicators);
  const aggregates = catalogAggregates(data.aggregatesWithData);
  const catalog: Catalog = {
    contract: CONTRACT_VERSION,
    title: config.title,
    generated: parts.generated,
    sources,
    indicators: indicators.indicators,
    geographies: { countries, regions, ...(aggregates.length > 0 ? { aggregates } : {}), ...levelGeographies(levels) },
  };

  // 4. Only the files the catalog lists, each checked with the app's validators.
  dropUnlisted(data.files, catalog);
  const totals = checkFiles(catalog, data.files);
  const files = new Map<string, unknown>(data.files);
  files.set(catalogPath(), catalog);
  const counts = {
    sources: sources.length,
    indicators: indicators.indicators.length,
    countries: countries.length,
    countriesWithData: data.countriesWithData.size,
  };
  const report = fullReport(parts, counts, totals, indicators.reports);

  // 5. Written aside, then swapped in.
  if (outDir !== undefined) writeDatasetAtomically(outDir, new Map(files).set(REPORT_FILE, report));
  return { files, report };
}
