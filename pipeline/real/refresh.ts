/**
 * `npm run data:refresh`: the committed snapshot (public/data/) refreshed from the publishers.
 * Pulls every source of the refresh config (the publishers' APIs of sources.config.json) into a raw
 * cache, builds, carries over the committed sources that config does not pull (refreshCarry.ts),
 * checks the whole snapshot as the app reads it (snapshotChecks.ts), compares it with the
 * committed one (changes.json) and holds it to the limits of refreshLimits.ts. Only when every
 * step passes does it replace the target directory, as a whole; any failure leaves it untouched.
 */
import { writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from '../runMain';
import { writeDatasetAtomically } from '../write';
import { BuildError, buildDataset, REPORT_FILE } from './build';
import { readSourceCache } from './cache';
import { CHANGES_FILE, hasChanges, type ChangeReport, type SourceCounts } from './changes';
import { changeReportFor, ReleaseError } from './changesRelease';
import { formatChanges } from './changesSummary';
import { loadConfig, type Config } from './config';
import type { FetchOptions } from './connectors/http';
import { pullSources } from './pull';
import { carryOver } from './refreshCarry';
import { implausibleChanges, REFRESH_LIMITS, type RefreshLimits } from './refreshLimits';
import type { SnapshotInput, SnapshotManifest } from './snapshot';
import { checkSnapshot } from './snapshotChecks';
import { MANIFEST_FILE, readSnapshotFiles, snapshotDate } from './snapshotFiles';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface RefreshOptions {
  config: string;
  cache: string;
  target: string;
  /** The new snapshot's date, YYYY-MM-DD (the catalog's "generated", the change report's "to"). */
  date: string;
  /** false: build from the cache as it is, without pulling (to rebuild from a kept pull). */
  pull?: boolean;
  limits?: RefreshLimits;
  fetchOptions?: FetchOptions;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface RefreshResult {
  /** "unchanged": the figures are those committed, and nothing was written. */
  outcome: 'written' | 'unchanged';
  report: ChangeReport;
  counts: Map<string, SourceCounts>;
  carried: string[];
  /** The change report in Markdown, with the sources carried over: a pull request's description. */
  summary: string;
}

export class RefreshError extends Error {
  constructor(
    readonly step: 'pull' | 'build' | 'compare' | 'check' | 'limits',
    readonly problems: readonly string[],
  ) {
    super(`refresh stopped at the ${step}:\n  ✗ ${problems.join('\n  ✗ ')}`);
    this.name = 'RefreshError';
  }
}

/** A path as the reports show it: relative to the repository when inside it. */
function shown(path: string): string {
  const rel = relative(ROOT, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

/** The manifest's inputs: each pulled file, and the inputs of the sources carried over, as committed. */
function inputsOf(config: Config, cacheDir: string, previousManifest: SnapshotManifest | undefined, carried: ReadonlySet<string>): SnapshotInput[] {
  const inputs: SnapshotInput[] = [];
  for (const source of config.sources) {
    const cache = readSourceCache(cacheDir, source.id)!;
    for (const file of cache.manifest.files) {
      inputs.push({
        file: `${source.id}/${file.name}`,
        sha256: file.sha256,
        bytes: file.bytes,
        publisher: source.publisher,
        url: file.url,
        licence: source.licence,
        citation: `${source.publisher}. ${source.name}. ${source.url ?? file.url} (retrieved ${file.retrieved.slice(0, 10)}).`,
        retrieved: file.retrieved.slice(0, 10),
        sources: [source.id],
      });
    }
  }
  for (const input of previousManifest?.inputs ?? []) {
    const sources = input.sources.filter((id) => carried.has(id));
    if (sources.length > 0) inputs.push({ ...input, sources });
  }
  return inputs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export async function refreshSnapshot(options: RefreshOptions): Promise<RefreshResult> {
  const log = options.log ?? (() => {});
  const config = loadConfig(options.config);
  const previous = readSnapshotFiles(options.target);

  if (options.pull !== false) {
    log(`pulling ${config.sources.length} source${config.sources.length === 1 ? '' : 's'} into ${shown(options.cache)}/`);
    const outcomes = await pullSources({
      config,
      configPath: options.config,
      cacheDir: options.cache,
      fetchOptions: options.fetchOptions,
      now: options.now,
      log,
    });
    const failed = outcomes.filter((o) => !o.ok);
    if (failed.length > 0)
      throw new RefreshError(
        'pull',
        failed.map((o) => `${o.id}: ${o.message}`),
      );
  }

  let built;
  try {
    built = await buildDataset({ config, configPath: options.config, cacheDir: options.cache, generated: options.date });
  } catch (error) {
    if (error instanceof BuildError) throw new RefreshError('build', [error.message]);
    throw error;
  }
  const { files, carried } = carryOver(built.files, previous, new Set(config.sources.map((s) => s.id)));
  const manifest: SnapshotManifest = {
    format: 'migration-lens/snapshot',
    version: 1,
    date: options.date,
    config: shown(options.config),
    inputs: inputsOf(config, options.cache, previous?.get(MANIFEST_FILE) as SnapshotManifest | undefined, new Set(carried)),
  };
  files.set(MANIFEST_FILE, manifest);
  files.set(REPORT_FILE, {
    ...built.report,
    cache: `(the refresh's pull, ${manifest.inputs.length} inputs in manifest.json)`,
    out: shown(options.target),
  });

  let release;
  try {
    release = changeReportFor({ previous, previousDate: snapshotDate(previous), built: files, date: options.date });
  } catch (error) {
    if (error instanceof ReleaseError) throw new RefreshError('compare', [error.message]);
    throw error;
  }
  files.set(CHANGES_FILE, release.changes);
  const problems = checkSnapshot(files);
  if (problems.length > 0) throw new RefreshError('check', problems);
  const implausible = implausibleChanges(release.comparison, options.limits ?? REFRESH_LIMITS);
  if (implausible.length > 0) throw new RefreshError('limits', implausible);

  const { report, counts } = release.comparison;
  const carriedNote =
    carried.length > 0
      ? `\nCarried over from the committed snapshot, not pulled (no publisher API in the refresh config): ${carried.join(', ')}.\n`
      : '';
  const summary = `${formatChanges(report, counts)}${carriedNote}`;
  if (previous !== null && (release.kept || !hasChanges(report))) return { outcome: 'unchanged', report, counts, carried, summary };
  writeDatasetAtomically(options.target, files);
  return { outcome: 'written', report, counts, carried, summary };
}

export interface RefreshArgs {
  config: string;
  cache: string;
  target: string;
  date: string;
  pull: boolean;
  /** Where to write the summary (Markdown) when a new snapshot is written. */
  summary?: string;
}

const VALUE_FLAGS = ['--config', '--cache', '--target', '--date', '--summary'] as const;

export function parseRefreshArgs(argv: readonly string[], cwd = process.cwd(), today = new Date()): RefreshArgs {
  const args: RefreshArgs = {
    config: resolve(ROOT, 'pipeline/real/sources.config.json'),
    cache: resolve(ROOT, '.cache/refresh'),
    target: resolve(ROOT, 'public/data'),
    date: today.toISOString().slice(0, 10),
    pull: true,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    if (flag === '--no-pull') {
      args.pull = false;
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(flag))
      throw new Error(`unknown option ${flag} (options: ${[...VALUE_FLAGS, '--no-pull'].join(', ')})`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    i += 1;
    if (flag === '--date') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
        throw new Error(`--date must be YYYY-MM-DD (got "${value}")`);
      args.date = value;
    } else {
      const key = flag.slice(2) as 'config' | 'cache' | 'target' | 'summary';
      args[key] = resolve(cwd, value);
    }
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseRefreshArgs(process.argv.slice(2));
  try {
    const result = await refreshSnapshot({ ...args, log: (m) => console.log(m) });
    console.log(`\n${result.summary}`);
    if (result.outcome === 'unchanged') {
      console.log(`refresh: the figures are those of the committed snapshot; ${shown(args.target)}/ is unchanged`);
      return 0;
    }
    if (args.summary !== undefined) writeFileSync(args.summary, result.summary);
    console.log(`refresh: wrote the snapshot of ${args.date} to ${shown(args.target)}/ (see ${CHANGES_FILE} and ${MANIFEST_FILE})`);
    return 0;
  } catch (error) {
    if (error instanceof RefreshError) {
      console.error(`${error.message}\n${shown(args.target)}/ is unchanged.`);
      return 1;
    }
    throw error;
  }
}

runMain(import.meta.url, main, (message) => `refresh failed, the snapshot is unchanged: ${message}`);
