/**
 * `npm run data:demo [-- --seed N]`: writes the demo dataset to mocks/demo-data/ (a test fixture and `npm run start:demo`) and the joined country
 * boundaries to public/geo/countries.topo.json.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinBoundaries } from '../geo/boundaries';
import { serialize, writeDatasetAtomically, writeFileAtomically } from '../write';
import { DEFAULT_SEED, generateDemo } from './generate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = join(ROOT, 'mocks/demo-data');
const TOPOLOGY_FILE = join(ROOT, 'public/geo/countries.topo.json');

function parseSeed(args: string[]): number {
  const i = args.indexOf('--seed');
  if (i === -1) return DEFAULT_SEED;
  const seed = Number(args[i + 1]);
  if (!Number.isInteger(seed)) throw new Error(`--seed needs an integer, got "${args[i + 1] ?? ''}"`);
  return seed;
}

function main(): void {
  const seed = parseSeed(process.argv.slice(2));
  const boundaries = joinBoundaries();
  const files = generateDemo(seed, boundaries);
  let bytes = 0;
  for (const payload of files.values()) bytes += Buffer.byteLength(serialize(payload));
  writeDatasetAtomically(DATA_DIR, files);
  writeFileAtomically(TOPOLOGY_FILE, boundaries.topology);
  const mb = (n: number): string => `${(n / 1e6).toFixed(2)} MB`;
  console.log(`demo dataset (seed ${seed}): ${files.size} files, ${mb(bytes)} in ${DATA_DIR}`);
  console.log(`boundaries: ${boundaries.countries.length} countries, ${mb(statSync(TOPOLOGY_FILE).size)} in ${TOPOLOGY_FILE}`);
}

main();
