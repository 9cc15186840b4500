import { matchesFiles, type SourceConfig } from '../config';
import type { SourceReport } from '../report';
import type { SourceAccumulator } from './accumulator';
import type { SourceCache } from './caches';
import { readSource, type ReadSourceResult } from './readSource';

export type ReleaseFrom = 'data' | 'config' | 'retrieval';

/** A source read and mapped, with the release date it is published under. */
export interface SourceFigures {
  source: SourceConfig;
  acc: SourceAccumulator;
  releaseDate: string;
  releaseFrom: ReleaseFrom;
  report: SourceReport;
}

export interface ReadSourcesInput {
  sources: readonly SourceConfig[];
  caches: ReadonlyMap<string, SourceCache>;
  reports: readonly SourceReport[];
  accumulator: (source: SourceConfig) => SourceAccumulator;
  warnings: string[];
  /** Called after a source fails: throws unless the build is partial. */
  onFailure: () => void;
}

/** Every cached source through its readers and mappings, in config order; a source that fails is marked so in its report. */
export async function readSources({ sources, caches, reports, accumulator, warnings, onFailure }: ReadSourcesInput): Promise<SourceFigures[]> {
  const built: SourceFigures[] = [];
  for (const source of sources) {
    const report = reports.find((r) => r.id === source.id)!;
    const cache = caches.get(source.id);
    if (cache === undefined) continue;
    const figures = await readOne(source, cache, report, accumulator(source), warnings);
    if (figures === undefined) onFailure();
    else built.push(figures);
  }
  return built;
}

async function readOne(
  source: SourceConfig,
  cache: SourceCache,
  report: SourceReport,
  acc: SourceAccumulator,
  warnings: string[],
): Promise<SourceFigures | undefined> {
  let read: ReadSourceResult;
  try {
    read = await readSource(source, cache.files, (entry, observation) => acc.add(entry, observation));
  } catch (error) {
    report.status = 'failed';
    report.error = (error as Error).message;
    return undefined;
  }
  if (acc.ambiguous.length > 0) {
    report.status = 'failed';
    report.error = ambiguityError(acc.ambiguous);
    return undefined;
  }
  if (read.observations > 0) warnings.push(...unmatchedMappings(source, cache, acc));
  report.observations = read.observations;
  report.notes.push(...read.notes, ...[...acc.flagNotes].map((f) => `${f}: kept without a flag`));
  report.dropped = acc.drops.toJSON();
  const { releaseDate, releaseFrom } = releaseDateOf(source, read, cache);
  if (releaseFrom === 'retrieval')
    warnings.push(`${source.id}: no release date in the data or the config; the retrieval date ${releaseDate} is shown instead`);
  report.releaseDate = releaseDate;
  report.releaseDateFrom = releaseFrom;
  return { source, acc, releaseDate, releaseFrom, report };
}

function ambiguityError(ambiguous: readonly string[]): string {
  return (
    `${ambiguous.length} observations share a country and period with another, so which one is the figure cannot be told ` +
    `(${ambiguous.slice(0, 5).join('; ')}${ambiguous.length > 5 ? '; …' : ''}). ` +
    'Narrow the mapping with "where" (a breakdown such as age or sex left unfiltered?), or say how to combine them: "combine": "sum" or "first".'
  );
}

/** A warning for each mapping of a read entry that selected no observation. */
function unmatchedMappings(source: SourceConfig, cache: SourceCache, acc: SourceAccumulator): string[] {
  const warnings: string[] = [];
  for (const entry of source.read) {
    if (!cache.files.some((file) => matchesFiles(entry.files, file.name))) continue; // an optional entry, skipped with a note
    for (const map of entry.series) {
      if ((acc.selectedBy.get(map) ?? 0) > 0) continue;
      const where = Object.entries(map.where).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : String(v)}`);
      warnings.push(
        `${source.id}: the mapping to ${map.indicator}/${map.slice}${where.length ? ` where ${where.join(', ')}` : ''} (files "${entry.files}") matched no observation: ` +
          'check its codes against the "not selected" examples of the report',
      );
    }
  }
  return warnings;
}

/** The data's release date, else the config's, else (as a last resort) the retrieval date. */
function releaseDateOf(source: SourceConfig, read: ReadSourceResult, cache: SourceCache): { releaseDate: string; releaseFrom: ReleaseFrom } {
  if (read.releaseDate !== undefined) return { releaseDate: read.releaseDate, releaseFrom: 'data' };
  if (source.releaseDate !== undefined) return { releaseDate: source.releaseDate, releaseFrom: 'config' };
  return { releaseDate: cache.manifest.retrieved.slice(0, 10), releaseFrom: 'retrieval' };
}
