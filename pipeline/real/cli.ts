/**
 * npm run data:pull  [-- --config FILE] [--cache DIR] [--only id,id]
 * npm run data:build [-- --config FILE] [--cache DIR] [--out DIR] [--partial] [--replace-snapshot]
 *
 * Defaults: config pipeline/real/sources.config.json, cache .cache/real-data/, out dist-data/
 * (all relative to the repository; the cache and the output are gitignored). The build never
 * writes over public/data (the committed snapshot, see snapshot.ts) unless --replace-snapshot is given.
 */
import { relative, resolve } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError, buildDataset, REPORT_FILE } from './build';
import { loadConfig } from './config';
import { pullSources } from './pull';
import { runMain } from '../runMain';
import { formatBuildReport } from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULTS = {
  config: resolve(ROOT, 'pipeline/real/sources.config.json'),
  cache: resolve(ROOT, '.cache/real-data'),
  out: resolve(ROOT, 'dist-data'),
};

export interface CliArgs {
  command: 'pull' | 'build';
  config: string;
  cache: string;
  out: string;
  only: string[];
  partial: boolean;
  replaceSnapshot: boolean;
}

const VALUE_FLAGS = new Set(['--config', '--cache', '--out', '--only']);
const SWITCHES = new Set(['--partial', '--replace-snapshot']);

export function parseArgs(argv: readonly string[], cwd = process.cwd()): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'pull' && command !== 'build') throw new Error(`usage: cli.ts pull|build [options] (got "${command ?? ''}")`);
  const args: CliArgs = {
    command,
    config: DEFAULTS.config,
    cache: DEFAULTS.cache,
    out: DEFAULTS.out,
    only: [],
    partial: false,
    replaceSnapshot: false,
  };
  for (let i = 0; i < rest.length; i += 1) {
    const flag = rest[i]!;
    if (SWITCHES.has(flag)) {
      if (flag === '--partial') args.partial = true;
      else args.replaceSnapshot = true;
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) throw new Error(`unknown option ${flag} (options: ${[...VALUE_FLAGS, ...SWITCHES].join(', ')})`);
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    i += 1;
    if (flag === '--config') args.config = resolve(cwd, value);
    else if (flag === '--cache') args.cache = resolve(cwd, value);
    else if (flag === '--out') args.out = resolve(cwd, value);
    else
      args.only = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
  }
  return args;
}

const shown = (path: string): string => relative(process.cwd(), path) || '.';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig(args.config);
  if (args.command === 'pull') {
    console.log(
      `pulling ${args.only.length ? args.only.join(', ') : `${config.sources.length} sources`} from ${shown(args.config)} into ${shown(args.cache)}/`,
    );
    const outcomes = await pullSources({ config, configPath: args.config, cacheDir: args.cache, only: args.only, log: (m) => console.log(m) });
    console.log('');
    for (const o of outcomes) console.log(`${o.ok ? '✓' : '✗'} ${o.id}: ${o.message}`);
    const failed = outcomes.filter((o) => !o.ok);
    if (failed.length > 0) {
      console.error(`\n${failed.length} of ${outcomes.length} sources failed; their previous cache, if any, is unchanged.`);
      return 1;
    }
    console.log(`\nall ${outcomes.length} sources cached in ${shown(args.cache)}/; now run npm run data:build`);
    return 0;
  }
  try {
    const { report } = await buildDataset({
      config,
      configPath: args.config,
      cacheDir: args.cache,
      outDir: args.out,
      partial: args.partial,
      replaceSnapshot: args.replaceSnapshot,
    });
    console.log(formatBuildReport(report));
    console.log(`\nwrote ${shown(args.out)}/ (report: ${shown(resolve(args.out, REPORT_FILE))})`);
    return 0;
  } catch (error) {
    if (error instanceof BuildError) {
      console.error(`build failed, ${shown(args.out)}/ is unchanged:\n${error.message}`);
      return 1;
    }
    throw error;
  }
}

runMain(import.meta.url, main);
