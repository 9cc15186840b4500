import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDatasetFiles } from '../write';
import type { ChangeReport } from './changes';
import { loadConfig } from './config';
import { parseRefreshArgs, RefreshError, refreshSnapshot, type RefreshOptions } from './refresh';
import { SNAPSHOT_DIR, type SnapshotManifest } from './snapshot';

const SAMPLES_CONFIG = join(import.meta.dirname, 'samples.config.json');

/** Two sources of tidy CSV files pulled from a temporary directory: the refresh, offline. */
function source(id: string, file: string) {
  return {
    id,
    name: `Test source ${id}`,
    kind: 'official',
    publisher: `Publisher of ${id}`,
    url: `https://example.org/${id}`,
    licence: 'CC BY 4.0',
    counts: 'country-of-birth',
    definition: 'People born abroad.',
    cadence: 'yearly',
    releaseDate: '2026-01-01',
    pull: { type: 'file', files: [{ name: file, path: file }] },
    read: [{ files: file, format: 'csv', series: [{ indicator: 'migrant-stock' }] }],
  };
}

const indicator = {
  id: 'migrant-stock',
  label: 'International migrant stock',
  unit: 'persons',
  description: 'People living outside their country of birth.',
  topic: 'Stocks',
};

function writeConfig(dir: string, ids: readonly string[]): string {
  const path = join(dir, 'refresh.config.json');
  writeFileSync(path, JSON.stringify({ title: 'Refresh test', indicators: [indicator], sources: ids.map((id) => source(id, `${id}.csv`)) }));
  return path;
}

const csv = (rows: [string, string, number][]): string => `geo,period,value\n${rows.map((r) => r.join(',')).join('\n')}\n`;
const COUNTRIES = ['DEU', 'FRA', 'ITA', 'ESP', 'POL'];
const allRows = (period: string, base: number): [string, string, number][] => COUNTRIES.map((geo, i) => [geo, period, base + i]);

/** Every file of a directory with its bytes, to tell whether a failed refresh left it as it was. */
function contents(dir: string): Map<string, string> {
  return new Map(listDatasetFiles(dir).map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
}

const readJson = (dir: string, path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));

describe('npm run data:refresh, offline (file pulls into a temporary target)', { timeout: 60_000 }, () => {
  let dir: string;
  let target: string;
  let options: (date: string, ids?: readonly string[]) => RefreshOptions;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ml-refresh-'));
    target = join(dir, 'public-data');
    options = (date, ids = ['alpha', 'beta']) => ({ config: writeConfig(dir, ids), cache: join(dir, 'cache'), target, date });
    writeFileSync(join(dir, 'alpha.csv'), csv([...allRows('2019', 100), ...allRows('2020', 200)]));
    writeFileSync(join(dir, 'beta.csv'), csv(allRows('2020', 50)));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the data and a change report when every check passes, and describes the next refresh against it', async () => {
    const first = await refreshSnapshot(options('2027-01-04'));
    expect(first.outcome).toBe('written');
    expect(readJson(target, 'changes.json')).toMatchObject({
      from: null,
      to: '2027-01-04',
      sources: [
        { id: 'alpha', status: 'added' },
        { id: 'beta', status: 'added' },
      ],
    });
    expect(readJson(target, 'series/migrant-stock/alpha.json')).toMatchObject({
      columns: { geo: ['DEU', 'DEU', 'ESP', 'ESP', 'FRA', 'FRA', 'ITA', 'ITA', 'POL', 'POL'] },
    });
    const manifest = readJson(target, 'manifest.json') as SnapshotManifest;
    expect(manifest.date).toBe('2027-01-04');
    expect(manifest.inputs.map((i) => [i.file, i.sources, i.sha256.length])).toEqual([
      ['alpha/alpha.csv', ['alpha'], 64],
      ['beta/beta.csv', ['beta'], 64],
    ]);

    // The publisher revises DEU 2020 and adds 2021 and Kosovo; beta does not change.
    writeFileSync(
      join(dir, 'alpha.csv'),
      csv([...allRows('2019', 100), ['DEU', '2020', 260], ...allRows('2020', 200).slice(1), ...allRows('2021', 300), ['XKX', '2021', 7]]),
    );
    const second = await refreshSnapshot(options('2027-01-11'));
    expect(second.outcome).toBe('written');
    const report = readJson(target, 'changes.json') as ChangeReport;
    expect(report).toEqual({
      format: 'migration-lens/changes',
      version: 1,
      from: '2027-01-04',
      to: '2027-01-11',
      sources: [
        {
          id: 'alpha',
          status: 'changed',
          periodsAdded: ['2021'],
          periodsRemoved: [],
          revised: { count: 1, largest: [{ indicator: 'migrant-stock', slice: 'total', geo: 'DEU', period: '2020', before: 200, after: 260 }] },
          countriesAdded: ['XKX'],
          countriesDropped: [],
        },
        {
          id: 'beta',
          status: 'unchanged',
          periodsAdded: [],
          periodsRemoved: [],
          revised: { count: 0, largest: [] },
          countriesAdded: [],
          countriesDropped: [],
        },
      ],
    });
    expect(second.summary).toContain('### alpha: changed');
    expect(second.summary).toContain('migrant-stock DEU 2020: 200 → 260 (+30%)');
  });

  it('leaves the target untouched when a source fails to pull, naming it', async () => {
    await refreshSnapshot(options('2027-01-04'));
    const before = contents(target);
    writeFileSync(join(dir, 'alpha.csv'), csv(allRows('2021', 1)));
    unlinkSync(join(dir, 'beta.csv'));
    const failure = await refreshSnapshot(options('2027-01-11')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RefreshError);
    expect((failure as RefreshError).step).toBe('pull');
    expect((failure as RefreshError).message).toMatch(/beta: .*cannot read the file/);
    expect(contents(target)).toEqual(before);
  });

  it('leaves the target untouched when a source loses most of its values or countries', async () => {
    await refreshSnapshot(options('2027-01-04'));
    const before = contents(target);
    writeFileSync(join(dir, 'alpha.csv'), csv(allRows('2020', 200))); // 5 of its 10 values: exactly half is kept, allowed
    writeFileSync(join(dir, 'beta.csv'), csv(allRows('2020', 50).slice(0, 2))); // 2 of 5 values and countries: below 50% and 80%
    const failure = (await refreshSnapshot(options('2027-01-11')).catch((error: unknown) => error)) as RefreshError;
    expect(failure.step).toBe('limits');
    expect(failure.problems).toEqual([
      'beta: keeps 2 of its 5 values (40%; at least 50% expected)',
      'beta: keeps 2 of its 5 countries (40%; at least 80% expected; dropped: ESP, ITA, POL)',
    ]);
    expect(contents(target)).toEqual(before);
  });

  it('leaves the target untouched when a source cannot be built (two rows for one country and year)', async () => {
    await refreshSnapshot(options('2027-01-04'));
    const before = contents(target);
    writeFileSync(join(dir, 'alpha.csv'), csv([...allRows('2019', 100), ...allRows('2020', 200), ['DEU', '2020', 1]]));
    const failure = (await refreshSnapshot(options('2027-01-11')).catch((error: unknown) => error)) as RefreshError;
    expect(failure).toBeInstanceOf(RefreshError);
    expect(failure.step).toBe('build');
    expect(failure.message).toMatch(/alpha: failed: .*DEU 2020: 200 and 1/);
    expect(contents(target)).toEqual(before);
  });

  it("stops, changing nothing, when the committed snapshot does not pass the app's validation", async () => {
    await refreshSnapshot(options('2027-01-04'));
    writeFileSync(join(target, 'series/migrant-stock/beta.json'), JSON.stringify({ contract: 'migration-lens/1', indicator: 'migrant-stock' }));
    const before = contents(target);
    await expect(refreshSnapshot(options('2027-01-11'))).rejects.toThrow(/series\/migrant-stock\/beta\.json/);
    expect(contents(target)).toEqual(before);
  });

  it('carries over, byte for byte, a committed source that the refresh config does not pull', async () => {
    await refreshSnapshot(options('2027-01-04'));
    const before = contents(target);
    writeFileSync(join(dir, 'alpha.csv'), csv([...allRows('2019', 100), ...allRows('2020', 201)]));
    const result = await refreshSnapshot(options('2027-01-11', ['alpha']));
    expect(result.carried).toEqual(['beta']);
    const after = contents(target);
    expect(after.get('series/migrant-stock/beta.json')).toBe(before.get('series/migrant-stock/beta.json'));
    const catalog = readJson(target, 'catalog.json') as { sources: { id: string }[]; indicators: { sources: { id: string }[] }[] };
    expect(catalog.sources.map((s) => s.id)).toEqual(['alpha', 'beta']);
    expect(catalog.indicators[0]!.sources.map((s) => s.id)).toEqual(['alpha', 'beta']);
    expect((readJson(target, 'manifest.json') as SnapshotManifest).inputs.map((i) => i.file)).toEqual(['alpha/alpha.csv', 'beta/beta.csv']);
    expect(readJson(target, 'changes.json')).toMatchObject({
      sources: [
        { id: 'alpha', status: 'changed', revised: { count: 5 } },
        { id: 'beta', status: 'unchanged' },
      ],
    });
    expect(result.summary).toContain('Carried over from the committed snapshot, not pulled (no publisher API in the refresh config): beta.');
  });

  it("writes nothing when the publishers' figures are those already committed", async () => {
    await refreshSnapshot(options('2027-01-04'));
    const before = contents(target);
    const again = await refreshSnapshot(options('2027-01-11'));
    expect(again.outcome).toBe('unchanged');
    expect(contents(target)).toEqual(before);
  });
});

describe('data:refresh on the committed snapshot, pulling two of its sources from the shared files', { timeout: 120_000 }, () => {
  it('carries the others over and finds the figures unchanged, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ml-refresh-real-'));
    try {
      const target = join(dir, 'data');
      cpSync(SNAPSHOT_DIR, target, { recursive: true });
      const samples = loadConfig(SAMPLES_CONFIG);
      const pulled = ['wb-migrant-stock', 'unhcr'];
      const sources = samples.sources
        .filter((s) => pulled.includes(s.id))
        .map((s) =>
          s.pull.type === 'file'
            ? { ...s, pull: { ...s.pull, files: s.pull.files.map((f) => ({ ...f, path: resolve(dirname(SAMPLES_CONFIG), f.path) })) } }
            : s,
        );
      const indicators = samples.indicators.map((i) => ({ ...i, sources: i.sources.filter((id) => pulled.includes(id)) }));
      writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...samples, indicators, sources }));
      const before = contents(target);
      const committed = (JSON.parse(before.get('catalog.json')!) as { sources: { id: string }[] }).sources.map((s) => s.id);

      const result = await refreshSnapshot({ config: join(dir, 'config.json'), cache: join(dir, 'cache'), target, date: '2099-01-01' });
      expect(result.outcome).toBe('unchanged');
      expect(result.carried).toEqual(committed.filter((id) => !pulled.includes(id)));
      expect(result.report.sources.every((s) => s.status === 'unchanged')).toBe(true);
      expect(contents(target)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseRefreshArgs', () => {
  const today = new Date('2027-03-01T12:00:00Z');
  it("defaults to the publishers' config, public/data and today, and reads the options", () => {
    const args = parseRefreshArgs([], '/work', today);
    expect(args.config).toMatch(/pipeline\/real\/sources\.config\.json$/);
    expect(args.target).toMatch(/public\/data$/);
    expect(args).toMatchObject({ date: '2027-03-01', pull: true });
    expect(parseRefreshArgs(['--target', 'out', '--date', '2027-02-01', '--no-pull', '--summary', 's.md'], '/work', today)).toMatchObject({
      target: '/work/out',
      date: '2027-02-01',
      pull: false,
      summary: '/work/s.md',
    });
  });
  it('refuses an unknown option, a missing value and a date that is not one', () => {
    expect(() => parseRefreshArgs(['--out', 'x'], '/work', today)).toThrow(/unknown option --out/);
    expect(() => parseRefreshArgs(['--date'], '/work', today)).toThrow(/--date needs a value/);
    expect(() => parseRefreshArgs(['--date', '2027-13-45'], '/work', today)).toThrow(/YYYY-MM-DD/);
  });
});
