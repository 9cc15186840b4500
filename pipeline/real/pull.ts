/**
 * `data:pull`: fetch every source of the config into the raw cache. Each source is fetched whole
 * (every page), checked by running its readers over the new files, and only then swapped in for
 * its previous cache; a source that fails (HTTP or network error, malformed payload) is reported
 * and keeps its previous cache, and the other sources go on.
 */
import { dirname, resolve } from 'node:path';
import { writeSourceCache, cachedFile } from './cache';
import type { Config } from './config';
import { runConnector, type PullContext } from './connectors';
import type { FetchOptions } from './connectors/http';
import { readSource } from './build/readSource';

export interface PullOutcome {
  id: string;
  ok: boolean;
  /** One line: what went wrong, or what was cached. */
  message: string;
  files: number;
  bytes: number;
  observations: number;
}

export interface PullOptions {
  config: Config;
  configPath: string;
  cacheDir: string;
  /** Only these source ids (default: all). */
  only?: readonly string[];
  fetchOptions?: FetchOptions;
  now?: () => Date;
  log?: (message: string) => void;
}

export async function pullSources(options: PullOptions): Promise<PullOutcome[]> {
  const { config } = options;
  const unknown = (options.only ?? []).filter((id) => !config.sources.some((s) => s.id === id));
  if (unknown.length > 0) throw new Error(`unknown source${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  const sources = options.only && options.only.length > 0 ? config.sources.filter((s) => options.only!.includes(s.id)) : config.sources;
  const ctx: PullContext = {
    configDir: dirname(resolve(options.configPath)),
    fetchOptions: options.fetchOptions,
    now: options.now,
    log: options.log,
  };
  const outcomes: PullOutcome[] = [];
  for (const source of sources) {
    options.log?.(`${source.id} (${source.pull.type})`);
    try {
      const pulled = await runConnector(source.pull, ctx);
      // Check the payloads with the source's own readers before they replace anything.
      const files = pulled.map((f) => cachedFile(f.name, f.bytes, f.url, f.retrieved));
      let observations = 0;
      try {
        observations = (await readSource(source, files, () => undefined)).observations;
      } catch (error) {
        throw new Error(`malformed payload: ${(error as Error).message}`);
      }
      const retrieved = (options.now ?? (() => new Date()))().toISOString();
      writeSourceCache(options.cacheDir, source.id, source.pull.type, pulled, retrieved);
      const bytes = pulled.reduce((n, f) => n + f.bytes.byteLength, 0);
      outcomes.push({
        id: source.id,
        ok: true,
        message: `${pulled.length} file${pulled.length === 1 ? '' : 's'}, ${(bytes / 1e6).toFixed(2)} MB, ${observations} observations`,
        files: pulled.length,
        bytes,
        observations,
      });
    } catch (error) {
      outcomes.push({ id: source.id, ok: false, message: (error as Error).message, files: 0, bytes: 0, observations: 0 });
    }
  }
  return outcomes;
}
