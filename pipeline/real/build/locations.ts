import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The committed real snapshot (npm run data:snapshot builds it): never replaced by a build unless asked to. */
export const SNAPSHOT_DATA_DIR = resolve(ROOT, 'public/data');
export const REPORT_FILE = 'build-report.json';

/** A path for the report, which may be published with the data: relative to the repository when inside it. */
export function reportPath(path: string): string {
  const rel = relative(ROOT, resolve(path));
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? basename(path) : rel;
}
