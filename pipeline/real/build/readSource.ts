import { CacheError } from '../cache';
import { matchesFiles, type ReadEntry, type SourceConfig } from '../config';
import { READERS } from '../readers';
import type { CachedFile, RawObservation } from '../readers/types';

export interface ReadSourceResult {
  observations: number;
  releaseDate?: string;
  notes: string[];
}

/**
 * Run a source's read entries over its cached files, passing every raw observation to `sink`
 * with the entry that read it. Throws (ReadError) when a file does not parse or an entry matches
 * no file. Used by the build, and by the pull to check a payload before it replaces the cache.
 */
export async function readSource(
  source: SourceConfig,
  files: readonly CachedFile[],
  sink: (entry: ReadEntry, observation: RawObservation) => void,
): Promise<ReadSourceResult> {
  let observations = 0;
  let releaseDate: string | undefined;
  const notes: string[] = [];
  let read = 0;
  for (const entry of source.read) {
    const matched = files.filter((f) => matchesFiles(entry.files, f.name));
    if (matched.length === 0) {
      const message = `no cached file matches "${entry.files}" (cached: ${files.map((f) => f.name).join(', ') || 'none'})`;
      if (!entry.optional) throw new CacheError(`source "${source.id}": ${message}`);
      notes.push(`${message}: entry skipped`);
      continue;
    }
    read += 1;
    for (const file of matched) {
      const result = await READERS[entry.format]({
        file,
        files,
        options: entry.options,
        emit: (observation) => {
          observations += 1;
          sink(entry, observation);
        },
        note: (message) => notes.push(`${file.name}: ${message}`),
      });
      if (result.releaseDate !== undefined && (releaseDate === undefined || result.releaseDate > releaseDate)) releaseDate = result.releaseDate;
    }
  }
  if (read === 0) throw new CacheError(`source "${source.id}": no read entry matches any cached file`);
  return { observations, releaseDate, notes };
}
