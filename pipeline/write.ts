/**
 * Writing generated files so that a failure never leaves a half-written dataset: everything goes
 * into a temporary sibling directory first, which then replaces the old directory in two renames.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The exact bytes of a payload file: compact JSON and a final newline. */
export function serialize(payload: unknown): string {
  return `${JSON.stringify(payload)}\n`;
}

function checkRelative(path: string): void {
  if (path === '' || path.startsWith('/') || path.split(/[\\/]/).includes('..')) {
    throw new Error(`refusing to write outside the dataset directory: "${path}"`);
  }
}

/**
 * Replace directory `dir` by what `fill` writes into `dir.tmp-<pid>`: then the old directory is
 * renamed aside, the new one renamed in, the old deleted (or put back if the swap fails).
 */
export function replaceDirAtomically(dir: string, fill: (tmp: string) => void): void {
  const target = resolve(dir);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(tmp, { recursive: true });
    fill(tmp);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  mkdirSync(dirname(target), { recursive: true });
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (error) {
    if (hadOld) renameSync(old, target); // put the previous directory back
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** Replace directory `dir` by exactly `files` (relative path → JSON payload), atomically. */
export function writeDatasetAtomically(dir: string, files: ReadonlyMap<string, unknown>): void {
  replaceDirAtomically(dir, (tmp) => {
    for (const [path, payload] of files) {
      checkRelative(path);
      const file = join(tmp, path);
      if (!file.startsWith(tmp + sep)) throw new Error(`refusing to write outside the dataset directory: "${path}"`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, serialize(payload));
    }
  });
}

/** Replace one file atomically (write a temporary sibling, then rename over). */
export function writeFileAtomically(file: string, payload: unknown): void {
  const target = resolve(file);
  const tmp = `${target}.tmp-${process.pid}`;
  mkdirSync(dirname(target), { recursive: true });
  try {
    writeFileSync(tmp, serialize(payload));
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Every file under a dataset directory, as relative paths with "/" (none if it does not exist). */
export function listDatasetFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listDatasetFiles(path, base) : [relative(base, path).split(sep).join('/')];
  });
}
