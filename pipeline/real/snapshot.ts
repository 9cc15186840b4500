/**
 * The real snapshot the app ships in public/data/: `npm run data:snapshot` pulls the publishers'
 * files declared in snapshot.inputs.json (through the sources of its config, file pulls from
 * ../shared/data/) into a temporary cache, builds the static API in memory, adds `manifest.json`
 * (every input's name, SHA-256, size, publisher URL, licence, citation and retrieval date) and the
 * build report, and `changes.json` (the change report against the snapshot it replaces, see
 * changesRelease.ts), and replaces public/data/ as a whole. Every date comes from
 * snapshot.inputs.json, so the same inputs give the same bytes. `--check` builds the same way and
 * compares with what is committed, changing nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, REPORT_FILE } from './build';
import { CHANGES_FILE, parseChangeReport } from './changes';
import { changeReportFor } from './changesRelease';
import { formatChanges } from './changesSummary';
import { loadConfig } from './config';
import { pullSources } from './pull';
import { MANIFEST_FILE, readSnapshotFiles, snapshotDate } from './snapshotFiles';
import { buildLevels, type LevelBoundaries, type LevelInputs, type SubLevel } from '../geo/levels';
import { runMain } from '../runMain';
import { listDatasetFiles, serialize, writeDatasetAtomically, writeFileAtomically } from '../write';
import { createGeoResolver } from './codes';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
export const SNAPSHOT_DIR = resolve(ROOT, 'public/data');
export const SNAPSHOT_INPUTS = resolve(HERE, 'snapshot.inputs.json');
/** The app's boundaries directory: the snapshot writes the files of the levels below the country there (countries.topo.json is the demo's, `npm run data:demo`). */
export const GEO_DIR = resolve(ROOT, 'public/geo');
export { MANIFEST_FILE };

interface InputMeta {
  publisher: string;
  url: string;
  licence: string;
  citation: string;
}
/** A boundaries input: a file under dataDir, or (`package`) a file of an installed npm package. */
interface BoundaryMeta extends InputMeta {
  file: string;
  package?: string;
}
interface InputsFile {
  date: string;
  config: string;
  dataDir: string;
  inputs: Record<string, InputMeta>;
  /** The boundaries of the levels below the country; absent: the snapshot has none. */
  boundaries?: Record<SubLevel, BoundaryMeta>;
}

export interface SnapshotInput extends InputMeta {
  /** The path under ../shared/data/, or "npm:{package}@{version}/{file}" for a file of an npm package. */
  file: string;
  sha256: string;
  bytes: number;
  retrieved: string;
  /** The sources of the snapshot that read it. */
  sources: string[];
}

export interface SnapshotManifest {
  format: 'migration-lens/snapshot';
  version: 1;
  date: string;
  config: string;
  inputs: SnapshotInput[];
}

function readInputsFile(path: string): InputsFile {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<InputsFile>;
  if (typeof parsed.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(parsed.date)) throw new Error(`${path}: "date" must be YYYY-MM-DD`);
  if (typeof parsed.config !== 'string' || typeof parsed.dataDir !== 'string' || typeof parsed.inputs !== 'object' || parsed.inputs === null) {
    throw new Error(`${path}: needs "config", "dataDir" and "inputs"`);
  }
  return parsed as InputsFile;
}

function inputRecord(file: string, bytes: Buffer, meta: InputMeta, retrieved: string, sources: string[]): SnapshotInput {
  return {
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    publisher: meta.publisher,
    url: meta.url,
    licence: meta.licence,
    citation: meta.citation,
    retrieved,
    sources,
  };
}

/** The boundaries of the levels below the country from the inputs file's "boundaries", and their manifest entries. */
function readBoundaries(spec: InputsFile, dataDir: string): { levels: LevelBoundaries[]; inputs: SnapshotInput[] } {
  if (spec.boundaries === undefined) return { levels: [], inputs: [] };
  const require = createRequire(import.meta.url);
  const inputs: SnapshotInput[] = [];
  const read = (level: SubLevel): unknown => {
    const meta = spec.boundaries![level];
    if (meta === undefined) throw new Error(`snapshot inputs: "boundaries" has no entry for ${level}`);
    let path: string;
    let key: string;
    if (meta.package !== undefined) {
      const version = (require(`${meta.package}/package.json`) as { version: string }).version;
      path = require.resolve(`${meta.package}/${meta.file}`);
      key = `npm:${meta.package}@${version}/${meta.file}`;
    } else {
      path = resolve(dataDir, meta.file);
      key = meta.file;
    }
    const bytes = readFileSync(path);
    inputs.push(inputRecord(key, bytes, meta, spec.date, []));
    return JSON.parse(bytes.toString('utf8'));
  };
  const resolver = createGeoResolver();
  const iso2ToIso3 = (code: string): string | undefined => {
    const match = resolver.resolve(code, 'iso2');
    return match.kind === 'country' ? match.id : undefined;
  };
  const levels = buildLevels({ nuts2: read('nuts2'), nuts3: read('nuts3'), usAtlas: read('us-state') } as LevelInputs, iso2ToIso3);
  return { levels, inputs };
}

export interface SnapshotBuild {
  /** The static API's files (public/data/). */
  files: Map<string, unknown>;
  /** The boundaries files of the levels below the country (public/geo/), by file name. */
  geo: Map<string, unknown>;
}

/**
 * Builds the snapshot in memory: the static API's files plus manifest.json, the build report and
 * the change report against the snapshot now in `previousDir` (the one it would replace).
 */
export async function buildSnapshot(inputsPath = SNAPSHOT_INPUTS, previousDir = SNAPSHOT_DIR): Promise<Map<string, unknown>> {
  return (await buildSnapshotWithBoundaries(inputsPath, previousDir)).files;
}

/** The snapshot and the boundaries files of its levels. */
export async function buildSnapshotWithBoundaries(inputsPath = SNAPSHOT_INPUTS, previousDir = SNAPSHOT_DIR): Promise<SnapshotBuild> {
  const spec = readInputsFile(inputsPath);
  const configPath = resolve(dirname(inputsPath), spec.config);
  const dataDir = resolve(dirname(inputsPath), spec.dataDir);
  if (!existsSync(dataDir)) throw new Error(`the publishers' files are not there: ${dataDir} (the project's shared data)`);
  const config = loadConfig(configPath);
  const now = () => new Date(`${spec.date}T00:00:00Z`);

  const inputs: SnapshotInput[] = [];
  for (const source of config.sources) {
    if (source.pull.type !== 'file') throw new Error(`${source.id}: a snapshot reads local files only (pull type "${source.pull.type}")`);
    for (const file of source.pull.files) {
      const path = resolve(dirname(configPath), file.path);
      const key = relative(dataDir, path).split(sep).join('/');
      if (key.startsWith('..')) throw new Error(`${source.id}: ${file.path} is outside ${dataDir}`);
      const meta = spec.inputs[key];
      if (!meta) throw new Error(`${source.id}: ${key} has no entry in ${relative(ROOT, inputsPath)} (publisher, url, licence, citation)`);
      const seen = inputs.find((i) => i.file === key);
      if (seen) {
        if (!seen.sources.includes(source.id)) seen.sources.push(source.id);
        continue;
      }
      inputs.push(inputRecord(key, readFileSync(path), meta, spec.date, [source.id]));
    }
  }
  const boundaries = readBoundaries(spec, dataDir);
  inputs.push(...boundaries.inputs);

  const cacheDir = mkdtempSync(join(tmpdir(), 'ml-snapshot-'));
  try {
    const outcomes = await pullSources({ config, configPath, cacheDir, now, log: () => {} });
    const failed = outcomes.filter((o) => !o.ok);
    if (failed.length > 0) throw new Error(`could not read: ${failed.map((o) => `${o.id} (${o.message})`).join('; ')}`);
    const { files, report } = await buildDataset({ config, configPath, cacheDir, generated: spec.date, levels: boundaries.levels });
    const manifest: SnapshotManifest = {
      format: 'migration-lens/snapshot',
      version: 1,
      date: spec.date,
      config: relative(ROOT, configPath).split(sep).join('/'),
      inputs: inputs.sort((a, b) => a.file.localeCompare(b.file)),
    };
    const result = new Map(files);
    result.set(MANIFEST_FILE, manifest);
    result.set(REPORT_FILE, { ...report, cache: '(temporary, from the inputs in manifest.json)', out: 'public/data' });
    const previous = readSnapshotFiles(previousDir);
    result.set(CHANGES_FILE, changeReportFor({ previous, previousDate: snapshotDate(previous), built: result, date: spec.date }).changes);
    const geo = new Map<string, unknown>(boundaries.levels.map((l) => [l.entry.boundaries, l.topology]));
    return { files: result, geo };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** What differs between a built snapshot and a directory: files missing, extra or with other bytes. */
export function compareSnapshot(files: ReadonlyMap<string, unknown>, dir = SNAPSHOT_DIR): string[] {
  const differences: string[] = [];
  const onDisk = new Set(listDatasetFiles(dir));
  for (const [path, payload] of files) {
    if (!onDisk.has(path)) differences.push(`missing: ${path}`);
    else if (readFileSync(join(dir, path), 'utf8') !== serialize(payload)) differences.push(`differs: ${path}`);
    onDisk.delete(path);
  }
  for (const path of onDisk) differences.push(`extra: ${path}`);
  return differences.sort();
}

/** What differs between built boundaries files and those in a directory (other files there, such as countries.topo.json, are not compared). */
export function compareBoundaries(geo: ReadonlyMap<string, unknown>, dir = GEO_DIR): string[] {
  const differences: string[] = [];
  for (const [name, topology] of geo) {
    const path = join(dir, name);
    if (!existsSync(path)) differences.push(`missing: geo/${name}`);
    else if (readFileSync(path, 'utf8') !== serialize(topology)) differences.push(`differs: geo/${name}`);
  }
  return differences.sort();
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const { files, geo } = await buildSnapshotWithBoundaries();
  if (check) {
    const differences = [...compareSnapshot(files), ...compareBoundaries(geo)];
    if (differences.length === 0) {
      console.log(`snapshot: public/data/ and public/geo/ are what the inputs build (${files.size} files, ${geo.size} boundaries files)`);
      return 0;
    }
    console.error(
      `snapshot: public/data/ or public/geo/ is not what the inputs build (${differences.length} files):\n  ${differences.slice(0, 20).join('\n  ')}`,
    );
    return 1;
  }
  writeDatasetAtomically(SNAPSHOT_DIR, files);
  for (const [name, topology] of geo) writeFileAtomically(join(GEO_DIR, name), topology);
  let bytes = 0;
  for (const payload of files.values()) bytes += Buffer.byteLength(serialize(payload));
  console.log(
    `snapshot: wrote ${files.size} files, ${(bytes / 1e6).toFixed(1)} MB, to ${relative(process.cwd(), SNAPSHOT_DIR) || '.'}/ (see manifest.json, ${REPORT_FILE} and ${CHANGES_FILE})\n`,
  );
  console.log(formatChanges(parseChangeReport(files.get(CHANGES_FILE))));
  return 0;
}

runMain(import.meta.url, main, (message) => `snapshot failed, public/data/ is unchanged: ${message}`);
