import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDatasetAtomically } from '../write';
import { CHANGES_FILE, type ChangeReport } from './changes';
import { loadConfig } from './config';
import { buildSnapshot, compareSnapshot, MANIFEST_FILE } from './snapshot';
import { samplePath } from './testing';

const SAMPLES_CONFIG = join(import.meta.dirname, 'samples.config.json');
const INPUT = 'search-interest/Migration_GTrends.csv';

/**
 * A snapshot of one source (Google Trends, monthly) built from a temporary copy of its input, so
 * that the test can change the input without touching the shared files.
 */
function setUp(dir: string): { inputs: string; csv: string; target: string } {
  const samples = loadConfig(SAMPLES_CONFIG);
  const source = samples.sources.find((s) => s.id === 'google-trends-somalia')!;
  const csv = join(dir, 'data', INPUT);
  mkdirSync(join(dir, 'data', 'search-interest'), { recursive: true });
  writeFileSync(csv, readFileSync(samplePath(INPUT)));
  const config = {
    title: 'Test snapshot',
    indicators: samples.indicators.filter((i) => i.id === 'search-interest').map((i) => ({ ...i, sources: [] })),
    sources: [{ ...source, pull: { type: 'file', files: [{ name: 'Migration_GTrends.csv', path: `data/${INPUT}` }] } }],
  };
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  const inputs = join(dir, 'inputs.json');
  writeInputs(inputs, '2026-12-02');
  return { inputs, csv, target: join(dir, 'public-data') };
}

function writeInputs(path: string, date: string): void {
  const meta = {
    publisher: 'Google Trends',
    url: 'https://trends.google.com/',
    licence: 'reuse with attribution',
    citation: 'Google Trends, "qaxooti" in Somalia, monthly.',
  };
  writeFileSync(path, JSON.stringify({ date, config: 'config.json', dataDir: 'data', inputs: { [INPUT]: meta } }));
}

/** Change one month's value of the term and add a month after the last one. */
function reviseInput(csv: string): { revised: string; before: number; after: number; added: string } {
  const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
  const header = lines[0]!.split(',');
  const column = header.indexOf('qaxooti');
  const cells = lines[1]!.split(',');
  const before = Number(cells[column]);
  cells[column] = String(before + 4);
  lines[1] = cells.join(',');
  const last = lines[lines.length - 1]!.split(',');
  const [year, month] = last[0]!.split('-').map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  last[0] = `${next}-28`;
  lines.push(last.join(','));
  writeFileSync(csv, `${lines.join('\n')}\n`);
  return { revised: cells[0]!.slice(0, 7), before, after: before + 4, added: next };
}

describe('the change report of a snapshot (changes.json)', { timeout: 60_000 }, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ml-snapshot-changes-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is kept as committed when the inputs build the same figures, and describes a changed input against the snapshot it replaces', async () => {
    const { inputs, csv, target } = setUp(dir);

    const first = await buildSnapshot(inputs, target);
    expect(first.get(CHANGES_FILE)).toMatchObject({
      from: null,
      to: '2026-12-02',
      sources: [{ id: 'google-trends-somalia', status: 'added', revised: { count: 0 } }],
    });
    writeDatasetAtomically(target, first);

    // Rebuilt from the same inputs: byte for byte what is there, the report included.
    expect(compareSnapshot(await buildSnapshot(inputs, target), target)).toEqual([]);

    const { revised, before, after, added } = reviseInput(csv);
    writeInputs(inputs, '2027-01-06');
    const second = await buildSnapshot(inputs, target);
    const report = second.get(CHANGES_FILE) as ChangeReport;
    expect(report).toEqual({
      format: 'migration-lens/changes',
      version: 1,
      from: '2026-12-02',
      to: '2027-01-06',
      sources: [
        {
          id: 'google-trends-somalia',
          status: 'changed',
          periodsAdded: [added],
          periodsRemoved: [],
          revised: { count: 1, largest: [{ indicator: 'search-interest', slice: 'total', geo: 'SOM', period: revised, before, after }] },
          countriesAdded: [],
          countriesDropped: [],
        },
      ],
    });
    expect((second.get(MANIFEST_FILE) as { date: string }).date).toBe('2027-01-06');
    writeDatasetAtomically(target, second);
    expect(compareSnapshot(await buildSnapshot(inputs, target), target)).toEqual([]);
  });

  it('refuses new figures under the date of a snapshot that already is a refresh, leaving the committed one as it is', async () => {
    const { inputs, csv, target } = setUp(dir);
    writeDatasetAtomically(target, await buildSnapshot(inputs, target));
    reviseInput(csv);
    writeInputs(inputs, '2027-01-06');
    writeDatasetAtomically(target, await buildSnapshot(inputs, target));
    reviseInput(csv);
    await expect(buildSnapshot(inputs, target)).rejects.toThrow(/give the new snapshot a later date/);
  });
});
