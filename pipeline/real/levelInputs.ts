/**
 * The boundary files of the levels below the country, as snapshot.inputs.json names them under
 * "boundaries" (a file under its dataDir, or a file of an installed npm package), read and built
 * into each level's units and topology (pipeline/geo/levels.ts). The snapshot records them in its
 * manifest; any build with sources below the country reads them the same way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLevels, type LevelBoundaries, type LevelInputs, type SubLevel } from '../geo/levels';
import { createGeoResolver } from './codes';

const HERE = dirname(fileURLToPath(import.meta.url));
const INPUTS_FILE = resolve(HERE, 'snapshot.inputs.json');

export interface InputMeta {
  publisher: string;
  url: string;
  licence: string;
  citation: string;
}

/** A boundaries input: a file under dataDir, or (`package`) a file of an installed npm package. */
export interface BoundaryMeta extends InputMeta {
  file: string;
  package?: string;
}

export interface BoundaryFile {
  level: SubLevel;
  /** As the manifest names it: the path under dataDir, or "npm:{package}@{version}/{file}". */
  key: string;
  bytes: Buffer;
  meta: BoundaryMeta;
}

const LEVELS: readonly SubLevel[] = ['nuts2', 'nuts3', 'us-state'];

export function readBoundaryFiles(boundaries: Partial<Record<SubLevel, BoundaryMeta>>, dataDir: string): BoundaryFile[] {
  const require = createRequire(import.meta.url);
  return LEVELS.map((level) => {
    const meta = boundaries[level];
    if (meta === undefined) throw new Error(`snapshot inputs: "boundaries" has no entry for ${level}`);
    if (meta.package === undefined) return { level, key: meta.file, bytes: readFileSync(resolve(dataDir, meta.file)), meta };
    const version = (require(`${meta.package}/package.json`) as { version: string }).version;
    return { level, key: `npm:${meta.package}@${version}/${meta.file}`, bytes: readFileSync(require.resolve(`${meta.package}/${meta.file}`)), meta };
  });
}

export function levelsFrom(files: readonly BoundaryFile[]): LevelBoundaries[] {
  const json = (level: SubLevel): unknown => JSON.parse(files.find((f) => f.level === level)!.bytes.toString('utf8'));
  const resolver = createGeoResolver();
  const iso2ToIso3 = (code: string): string | undefined => {
    const match = resolver.resolve(code, 'iso2');
    return match.kind === 'country' ? match.id : undefined;
  };
  return buildLevels({ nuts2: json('nuts2'), nuts3: json('nuts3'), usAtlas: json('us-state') } as LevelInputs, iso2ToIso3);
}

let memo: LevelBoundaries[] | undefined;

/** The levels of the snapshot's boundaries (read once), for a build that has sources below the country and was given no levels. */
export function snapshotLevels(): LevelBoundaries[] {
  if (memo === undefined) {
    const spec = JSON.parse(readFileSync(INPUTS_FILE, 'utf8')) as { dataDir: string; boundaries?: Record<SubLevel, BoundaryMeta> };
    if (spec.boundaries === undefined) throw new Error(`${INPUTS_FILE}: no "boundaries" for the levels below the country`);
    memo = levelsFrom(readBoundaryFiles(spec.boundaries, resolve(HERE, spec.dataDir)));
  }
  return memo;
}
