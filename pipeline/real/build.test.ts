// @vitest-environment node
/**
 * The round trip: real-format samples → data:pull (file pulls of samples.config.json) → raw cache
 * → data:build → the static API, read back from disk through the app's own validators, with
 * chosen values checked against the samples.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCodeOf } from '../../src/contract/levels';
import type { Catalog, Series } from '../../src/contract/schema';
import { parseCatalog, parseSeries } from '../../src/contract/validate';
import { BuildError, buildDataset, SNAPSHOT_DATA_DIR, REPORT_FILE } from './build';
import { writeSourceCache } from './cache';
import { loadConfig } from './config';
import { pullSources } from './pull';
import type { BuildReport } from './report';
import { samplePath } from './testing';

const SAMPLES_CONFIG = fileURLToPath(new URL('./samples.config.json', import.meta.url));
const REAL_CONFIG = fileURLToPath(new URL('./sources.config.json', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** Read a written dataset back the way the app does: every file through its validator. */
function readBack(dir: string): { catalog: Catalog; series: Map<string, Series> } {
  const catalog = parseCatalog(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));
  const series = new Map<string, Series>();
  for (const path of filesUnder(dir)) {
    if (path === 'catalog.json' || path === REPORT_FILE) continue;
    series.set(path, parseSeries(JSON.parse(readFileSync(join(dir, path), 'utf8')), path));
  }
  return { catalog, series };
}

/** The value (and flag) of one country and period in a series. */
function cell(series: Series | undefined, geo: string, period: string): { value: number; flag: string | null } | undefined {
  if (!series) throw new Error('no such series');
  const { columns } = series;
  const i = columns.geo.findIndex((g, j) => g === geo && columns.period[j] === period);
  return i === -1 ? undefined : { value: columns.value[i]!, flag: columns.flag?.[i] ?? null };
}

describe('round trip: samples → pull → cache → build → the app validator', { timeout: 60_000 }, () => {
  let root: string;
  let out: string;
  let cache: string;
  let catalog: Catalog;
  let series: Map<string, Series>;
  let report: BuildReport;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ml-build-'));
    cache = join(root, 'cache');
    out = join(root, 'out');
    const config = loadConfig(SAMPLES_CONFIG);
    const pulled = await pullSources({ config, configPath: SAMPLES_CONFIG, cacheDir: cache });
    expect(pulled.filter((o) => !o.ok)).toEqual([]);
    ({ report } = await buildDataset({ config, configPath: SAMPLES_CONFIG, cacheDir: cache, outDir: out, generated: '2026-11-20' }));
    ({ catalog, series } = readBack(out));
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a catalog with the real publishers, URLs, licences, release dates and definitions, and no demo source', () => {
    expect(catalog.generated).toBe('2026-11-20');
    expect(catalog.sources.every((s) => s.demo === false)).toBe(true);
    const source = (id: string) => catalog.sources.find((s) => s.id === id)!;
    expect(source('undesa-ims')).toMatchObject({
      publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
      url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
      licence: 'CC BY 3.0 IGO',
      counts: 'country-of-birth',
      releaseDate: '2025-02-07', // the workbook's last-modified date
      latestPeriod: '2024',
    });
    expect(source('wb-migrant-stock')).toMatchObject({ licence: 'CC BY 4.0', releaseDate: '2026-07-13', latestPeriod: '2020' });
    expect(source('wb-net-migration')).toMatchObject({ releaseDate: '2024-06-28', latestPeriod: '2023', counts: 'flow' });
    expect(source('eurostat-foreign-citizens')).toMatchObject({ publisher: 'Eurostat', releaseDate: '2026-08-10', counts: 'citizenship' });
    expect(source('eurostat-foreign-citizens').licence).toMatch(/acknowledgement/);
    expect(source('facebook-expats')).toMatchObject({ kind: 'digital-trace', counts: 'lived-in' });
    expect(source('google-trends-somalia')).toMatchObject({ latestPeriod: '2020-05', cadence: 'monthly' });
    // no release date in the data or the config: the retrieval date, said so in a caveat
    expect(source('oecd-foreign-born').caveats.at(-1)).toMatch(/^The publisher states no release date with these data/);
  });

  it('says for every source the periods it spans and how many countries (or units, below the country) it has figures for, as its files hold them', () => {
    for (const source of catalog.sources) {
      const files = [...series.values()].filter((s) => s.source === source.id);
      const periods = files.flatMap((s) => s.columns.period).sort();
      const level = catalog.indicators.flatMap((i) => i.sources).find((r) => r.id === source.id)?.level ?? 'country';
      const places = files.flatMap((s) => (s.focus ? [s.focus.geo, ...s.columns.geo] : s.columns.geo));
      const countries = new Set(places.filter((geo) => isCodeOf(level, geo)));
      expect({ id: source.id, first: source.firstPeriod, latest: source.latestPeriod, countries: source.countriesWithData }).toEqual({
        id: source.id,
        first: periods[0],
        latest: periods.at(-1),
        countries: countries.size,
      });
    }
  });

  it('lists the indicators with their sources, breakdowns and bilateral flag', () => {
    const stock = catalog.indicators.find((i) => i.id === 'migrant-stock')!;
    expect(stock.sources[0]).toEqual({ id: 'undesa-ims', breakdowns: ['sex-female', 'sex-male'] });
    expect(stock.sources.map((s) => s.id)).toContain('facebook-expats');
    expect(stock.bilateral).toBe(true);
    expect(catalog.indicators.find((i) => i.id === 'net-migration')).toMatchObject({
      signed: true,
      sources: [{ id: 'wb-net-migration', breakdowns: [] }],
    });
    expect(catalog.indicators.find((i) => i.id === 'search-interest')).toMatchObject({ grain: 'month', unit: 'index' });
    expect(stock.dimensions[0]!.i18n?.fr?.label).toBe('Sexe');
  });

  it('keeps chosen values of every sample', () => {
    const s = (path: string) => series.get(path);
    expect(cell(s('series/migrant-stock/undesa-ims.json'), 'DEU', '2024')).toEqual({ value: 16750084, flag: null });
    expect(cell(s('series/migrant-stock/undesa-ims.json'), 'DEU', '1990')).toEqual({ value: 6960112, flag: null });
    expect(cell(s('series/migrant-stock/undesa-ims/sex-male.json'), 'DEU', '2024')!.value).toBe(8375042);
    expect(cell(s('series/migrant-share/undesa-ims.json'), 'DEU', '2024')!.value).toBeCloseTo(19.81033690389901, 10);
    expect(cell(s('series/migrant-stock/wb-migrant-stock.json'), 'DEU', '2020')!.value).toBe(15021300);
    expect(cell(s('series/net-migration/wb-net-migration.json'), 'DEU', '2023')!.value).toBe(155751);
    expect(cell(s('series/net-migration/wb-net-migration.json'), 'AFG', '2021')!.value).toBe(-183672);
    expect(cell(s('series/migrant-stock/eurostat-foreign-citizens.json'), 'GRC', '2010')!.value).toBe(931424); // EL
    expect(cell(s('series/migrant-stock/eurostat-foreign-citizens.json'), 'GBR', '2019')!.value).toBe(6171948); // UK
    expect(cell(s('series/migrant-stock/eurostat-foreign-citizens.json'), 'BEL', '2010')).toEqual({ value: 1052844, flag: 'provisional' });
    expect(cell(s('series/migrant-stock/eurostat-foreign-citizens.json'), 'BEL', '2011')).toEqual({ value: 1162608, flag: 'break' });
    expect(cell(s('series/immigration/eurostat-immigration-tps00176.json'), 'DEU', '2015')).toEqual({ value: 1549937, flag: 'estimate' });
    expect(cell(s('series/immigration/eurostat-immigration-tps00176.json'), 'BGR', '2012')).toEqual({ value: 14103, flag: 'break' }); // "bp"
    expect(cell(s('series/migrant-stock/oecd-foreign-born.json'), 'AUS', '2013')!.value).toBe(6408740);
    expect(cell(s('series/migrant-stock/oecd-foreign-citizens.json'), 'CHL', '2013')).toBeUndefined(); // null in the sample
    expect(cell(s('series/migrant-stock/facebook-expats.json'), 'COD', '2020')!.value).toBe(200000); // "Congo - Kinshasa"
    expect(cell(s('series/migrant-stock/facebook-expats.json'), 'MMR', '2020')!.value).toBe(840000); // "Myanmar (Burma)"
    expect(cell(s('series/search-interest/google-trends-somalia.json'), 'SOM', '2017-03')!.value).toBe(13);
    expect(cell(s('series/refugees-by-origin/unhcr.json'), 'SOM', '2024')!.value).toBe(894120);
    expect(cell(s('series/refugees-by-origin/unhcr.json'), 'SYR', '2024')!.value).toBe(5952174);
    expect(cell(s('series/refugees/unhcr-hdx.json'), 'PAK', '2019')!.value).toBe(1419596); // the sum over the origins in Pakistan
    expect(cell(s('series/refugees-by-origin/unhcr-hdx.json'), 'AFG', '2019')!.value).toBe(2370226);
  });

  it('writes origin–destination files for both roles', () => {
    const inGermany = series.get('bilateral/migrant-stock/undesa-ims-2019-od/destination/DEU.json')!;
    expect(inGermany.focus).toEqual({ geo: 'DEU', role: 'destination' });
    expect(cell(inGermany, 'POL', '2019')!.value).toBe(1784839);
    expect(cell(inGermany, 'TUR', '2019')!.value).toBe(1531333);
    const fromPoland = series.get('bilateral/migrant-stock/undesa-ims-2019-od/origin/POL.json')!;
    expect(fromPoland.focus).toEqual({ geo: 'POL', role: 'origin' });
    expect(cell(fromPoland, 'DEU', '2019')!.value).toBe(1784839);
    const inUnitedStates = series.get('bilateral/migrant-stock/undesa-ims-2020-od/destination/USA.json')!;
    expect(cell(inUnitedStates, 'MEX', '2020')!.value).toBe(10853105); // the check value of the 2020 matrix
    expect(cell(series.get('bilateral/migrant-stock/undesa-ims-2020-od/origin/MEX.json'), 'USA', '2020')!.value).toBe(10853105);
    expect(inUnitedStates.columns.value.every((v) => v > 0)).toBe(true); // the matrix's empty cells (0) are not written
    expect(cell(series.get('series/migrant-stock/undesa-ims-2020-od.json'), 'USA', '2020')!.value).toBe(50632836); // the published total, unknown origins included
    expect(cell(series.get('series/migrant-stock/undesa-ims-2020-od/sex-female.json'), 'USA', '2020')!.value).toBe(26153840);
    expect(cell(series.get('series/migrant-stock/undesa-ims-2020-od.json'), 'SSD', '2005')).toBeUndefined(); // 0 before South Sudan existed: missing
  });

  it('writes the 2020 origin–destination figures by sex beside the total, for both roles, and lists them in the catalog', () => {
    const womenInUnitedStates = series.get('bilateral/migrant-stock/undesa-ims-2020-od/sex-female/destination/USA.json')!;
    expect(womenInUnitedStates).toMatchObject({ slice: 'sex-female', focus: { geo: 'USA', role: 'destination' } });
    expect(cell(womenInUnitedStates, 'MEX', '2020')!.value).toBe(5056331);
    expect(cell(series.get('bilateral/migrant-stock/undesa-ims-2020-od/sex-male/origin/MEX.json'), 'USA', '2020')!.value).toBe(5796774); // 5,056,331 + 5,796,774 = 10,853,105
    expect(womenInUnitedStates.columns.value.every((v) => v > 0)).toBe(true);
    const ref = catalog.indicators.find((i) => i.id === 'migrant-stock')!.sources.find((s) => s.id === 'undesa-ims-2020-od');
    expect(ref).toEqual({ id: 'undesa-ims-2020-od', breakdowns: ['sex-female', 'sex-male'], bilateralBreakdowns: ['sex-female', 'sex-male'] });
    expect(report.sources.find((s) => s.id === 'undesa-ims-2020-od')!.dropped.unmapped).toBeUndefined();
  });

  it('never writes an aggregate or a non-country as a country, nor a unit of another level as a region or state', () => {
    const countries = new Set(catalog.geographies.countries.map((c) => c.id));
    const unitsAt = (level: string) => new Set((catalog.geographies.units ?? []).filter((u) => u.level === level).map((u) => u.id));
    const strays: string[] = [];
    for (const [path, s] of series) {
      const known = s.level === undefined ? countries : unitsAt(s.level);
      for (const geo of new Set(s.columns.geo))
        if (!known.has(geo) || ['WLD', 'AFE', 'EUU', 'CHI', 'UKN', 'STA'].includes(geo)) strays.push(`${path}: ${geo}`);
    }
    expect(strays).toEqual([]);
    expect(countries.has('REU')).toBe(true); // Réunion: a country with data but no map shape, added with its region
  });

  it('keeps the aggregates the publishers give figures for, apart from the countries, and lists them in the catalog', () => {
    const aggregates = new Map((catalog.geographies.aggregates ?? []).map((a) => [a.id, a]));
    expect(aggregates.get('WLD')).toMatchObject({ name: 'World', kind: 'world' });
    expect(aggregates.get('EU27_2020')).toMatchObject({ kind: 'union' });
    expect(aggregates.get('EU27_2020')!.members).toHaveLength(27);
    expect(aggregates.get('HIC')).toMatchObject({ kind: 'income' });
    expect(aggregates.get('M49_908')).toMatchObject({ name: 'Europe (UN)', kind: 'region' });
    // World Bank's and UN DESA's World are one geography, each source with its own figure.
    const aggregateCell = (path: string, geo: string, period: string) => {
      const rows = series.get(path)!.aggregates!;
      const i = rows.geo.findIndex((g, j) => g === geo && rows.period[j] === period);
      return i === -1 ? undefined : rows.value[i];
    };
    expect(aggregateCell('series/migrant-stock/wb-migrant-stock.json', 'WLD', '2020')).toBe(274_711_307);
    expect(aggregateCell('series/migrant-stock/undesa-ims.json', 'WLD', '2020')).toBe(275_284_032);
    // Only what a source publishes: no World for Eurostat, no EU for UN DESA, none for a source without aggregates.
    expect(aggregateCell('series/migrant-stock/eurostat-foreign-citizens.json', 'WLD', '2020')).toBeUndefined();
    expect(series.get('series/migrant-stock/undesa-ims.json')!.aggregates!.geo).not.toContain('EU27_2020');
    expect(series.get('series/migrant-stock/facebook-expats.json')!.aggregates).toBeUndefined();
    // Every aggregate row names an aggregate of the catalog, and none is written as a country or in a bilateral file.
    const strays: string[] = [];
    for (const [path, s] of series) {
      for (const geo of new Set(s.aggregates?.geo ?? [])) if (!aggregates.has(geo) || s.focus !== null) strays.push(`${path}: ${geo}`);
    }
    expect(strays).toEqual([]);
    // The groups no one asked to keep (AFE, UN DESA's SDG regions) stay out, counted in the report.
    expect([...aggregates.keys()]).not.toContain('AFE');
    expect([...aggregates.keys()].some((id) => id.startsWith('M49_18'))).toBe(false);
  });

  it('reports what was left out and why, and the aggregates it kept as groups', () => {
    const wb = report.sources.find((s) => s.id === 'wb-migrant-stock')!;
    expect(wb.dropped.group!.examples).toContain('AFE Africa Eastern and Southern');
    expect(wb.dropped.other!.examples).toEqual(['CHI: Channel Islands: not an ISO 3166-1 country (Jersey JEY and Guernsey GGY together)']);
    expect(wb.dropped.noValue!.count).toBeGreaterThan(0);
    const unhcr = report.sources.find((s) => s.id === 'unhcr-hdx')!;
    expect(unhcr.dropped.other!.examples.join(' ')).toMatch(/UKN: unknown country/);
    const groups = new Map(report.groups.map((g) => [g.id, g.name]));
    expect(groups.get('WLD')).toBe('World');
    expect(groups.get('M49:900')).toBe('World');
    expect(groups.get('EU27_2020')).toBe('European Union - 27 countries (from 2020)');
    const config = loadConfig(SAMPLES_CONFIG);
    expect(report.totals).toMatchObject({ sources: config.sources.length, indicators: config.indicators.length }); // every one made it into the catalog
    expect(report.totals.rows).toBe([...series.values()].filter((s) => s.focus === null).reduce((n, s) => n + s.columns.geo.length, 0));
    expect(JSON.parse(readFileSync(join(out, REPORT_FILE), 'utf8')).totals).toEqual(report.totals);
  });

  it('leaves nothing aside, and the previous dataset intact when a later build fails', async () => {
    expect(readdirSync(root).sort()).toEqual(['cache', 'out']);
    const before = readFileSync(join(out, 'catalog.json'));
    const config = loadConfig(SAMPLES_CONFIG);
    // a cached file that no longer matches its manifest
    const cached = join(cache, 'google-trends-somalia', 'Migration_GTrends.csv');
    const original = readFileSync(cached);
    writeFileSync(cached, 'date,qaxooti\n2020-01-31,oops\n');
    try {
      await expect(buildDataset({ config, cacheDir: cache, outDir: out })).rejects.toThrow(
        new RegExp(String.raw`1 of ${config.sources.length} sources cannot be built \(nothing written`),
      );
    } finally {
      writeFileSync(cached, original);
    }
    expect(readFileSync(join(out, 'catalog.json'))).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['cache', 'out']);
  });

  it('fails on a cached payload that does not parse, naming the source and file, and writes nothing', async () => {
    const before = readFileSync(join(out, 'catalog.json'));
    const config = loadConfig(SAMPLES_CONFIG);
    writeSourceCache(
      cache,
      'undesa-ims',
      'file',
      [{ name: 'destination.xlsx', url: 'test:', bytes: new TextEncoder().encode('<html>'), retrieved: '2026-11-20T00:00:00Z' }],
      '2026-11-20T00:00:00Z',
    );
    try {
      await expect(buildDataset({ config, cacheDir: cache, outDir: out })).rejects.toThrow(
        new RegExp(
          String.raw`1 of ${config.sources.length} sources cannot be built \(nothing written.*\n.*undesa-ims: failed: destination.xlsx: is not an xlsx workbook`,
        ),
      );
    } finally {
      await pullSources({ config, configPath: SAMPLES_CONFIG, cacheDir: cache, only: ['undesa-ims'] });
    }
    expect(readFileSync(join(out, 'catalog.json'))).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['cache', 'out']);
  });

  it('after a pull of one source, builds from the whole cache and says which sources come from an older pull', async () => {
    const all = loadConfig(SAMPLES_CONFIG);
    const config = { ...all, sources: all.sources.filter((s) => s.id === 'facebook-expats' || s.id === 'google-trends-somalia') };
    const dated = mkdtempSync(join(tmpdir(), 'ml-dated-'));
    try {
      await pullSources({ config, configPath: SAMPLES_CONFIG, cacheDir: dated, now: () => new Date('2026-11-01T09:00:00Z') });
      await pullSources({
        config,
        configPath: SAMPLES_CONFIG,
        cacheDir: dated,
        only: ['facebook-expats'],
        now: () => new Date('2026-11-11T10:00:00Z'),
      });
      const { report } = await buildDataset({ config, cacheDir: dated, generated: '2026-11-11' });
      const older = report.warnings.filter((w) => w.includes('older pull'));
      expect(older).toEqual([
        'google-trends-somalia: built from an older pull, retrieved 2026-11-01, 10 days before the newest (npm run data:pull -- --only google-trends-somalia refreshes it)',
      ]);
      expect(report.sources.map((r) => [r.id, r.status])).toEqual([
        ['facebook-expats', 'built'],
        ['google-trends-somalia', 'built'],
      ]);
    } finally {
      rmSync(dated, { recursive: true, force: true });
    }
  });

  it('builds the others with --partial, saying which source is missing', async () => {
    const config = loadConfig(SAMPLES_CONFIG);
    const partialCache = mkdtempSync(join(tmpdir(), 'ml-partial-'));
    try {
      await pullSources({ config, configPath: SAMPLES_CONFIG, cacheDir: partialCache, only: ['facebook-expats', 'wb-migrant-stock'] });
      const { files, report: partial } = await buildDataset({ config, cacheDir: partialCache, partial: true });
      expect(partial.sources.filter((s) => s.status === 'built').map((s) => s.id)).toEqual(['wb-migrant-stock', 'facebook-expats']);
      expect(partial.sources.find((s) => s.id === 'undesa-ims')).toMatchObject({
        status: 'missing',
        error: expect.stringMatching(/run npm run data:pull/),
      });
      expect((files.get('catalog.json') as Catalog).indicators.map((i) => i.id)).toEqual(['migrant-stock']);
    } finally {
      rmSync(partialCache, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses to replace the committed snapshot in public/data unless asked to', async () => {
    const mtime = statSync(join(SNAPSHOT_DATA_DIR, 'catalog.json')).mtimeMs;
    await expect(buildDataset({ config: loadConfig(SAMPLES_CONFIG), cacheDir: cache, outDir: SNAPSHOT_DATA_DIR })).rejects.toThrow(BuildError);
    await expect(buildDataset({ config: loadConfig(SAMPLES_CONFIG), cacheDir: cache, outDir: SNAPSHOT_DATA_DIR })).rejects.toThrow(
      /--replace-snapshot/,
    );
    expect(statSync(join(SNAPSHOT_DATA_DIR, 'catalog.json')).mtimeMs).toBe(mtime);
  });
});

describe('the real config, built from a cache seeded with the samples', { timeout: 60_000 }, () => {
  it('maps the real-format payloads to a valid dataset (the sources with samples; the others reported missing)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ml-real-'));
    try {
      const seed = (id: string, name: string, path: string, pull: string) =>
        writeSourceCache(
          root,
          id,
          pull,
          [{ name, url: `https://example.org/${name}`, bytes: new Uint8Array(readFileSync(samplePath(path))), retrieved: '2026-11-20T00:00:00Z' }],
          '2026-11-20T00:00:00Z',
        );
      seed('undesa-ims', 'destination.xlsx', 'undesa/UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx', 'http');
      seed('wb-migrant-stock', 'SM.POP.TOTL.p1.json', 'worldbank/api-v2-SM.POP.TOTL.json', 'worldbank');
      seed('unhcr', 'origin.p1.json', 'unhcr/api-population-sample.json', 'unhcr');
      seed('eurostat-foreign-citizens', 'migr_pop1ctz.json', 'eurostat/jsonstat-migr_pop1ctz.json', 'eurostat');
      const config = loadConfig(REAL_CONFIG);
      await expect(buildDataset({ config, cacheDir: root })).rejects.toThrow(/6 of 10 sources cannot be built/);
      const { files, report } = await buildDataset({ config, cacheDir: root, partial: true, generated: '2026-11-20' });
      const catalog = parseCatalog(files.get('catalog.json'));
      expect(catalog.indicators.map((i) => i.id)).toEqual(['migrant-stock', 'migrant-share', 'refugees-by-origin']);
      expect(catalog.indicators[0]!.sources.map((s) => s.id)).toEqual(['undesa-ims', 'wb-migrant-stock', 'eurostat-foreign-citizens']);
      expect(catalog.indicators[0]!.bilateral).toBe(false); // the origin–destination workbook is not among the samples
      for (const [path, payload] of files) if (path !== 'catalog.json') parseSeries(payload, path);
      const stock = files.get('series/migrant-stock/eurostat-foreign-citizens/sex-female.json');
      expect(stock).toBeUndefined(); // the sample holds sex T only
      expect(cell(files.get('series/migrant-stock/undesa-ims/sex-female.json') as Series, 'DEU', '2024')!.value).toBe(8375042);
      expect(cell(files.get('series/refugees-by-origin/unhcr.json') as Series, 'SOM', '2024')!.value).toBe(894120);
      expect(report.sources.filter((s) => s.status === 'missing').map((s) => s.id)).toEqual([
        'wb-refugees',
        'wb-net-migration',
        'wb-remittances',
        'wb-population',
        'eurostat-foreign-born',
        'eurostat-immigration',
      ]);
      expect(report.sources.find((s) => s.id === 'undesa-ims')!.notes[0]).toMatch(/no cached file matches "origin-destination.xlsx"/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('has the same metadata and mappings as the samples config for the sources both declare', () => {
    const real = loadConfig(REAL_CONFIG);
    const samples = loadConfig(SAMPLES_CONFIG);
    const sameRead = new Set(['undesa-ims', 'wb-migrant-stock', 'unhcr', 'eurostat-foreign-citizens']);
    for (const source of samples.sources) {
      const twin = real.sources.find((s) => s.id === source.id);
      if (!twin) continue;
      const { pull: _a, read: readA, ...metaA } = source;
      const { pull: _b, read: readB, ...metaB } = twin;
      expect(metaA, source.id).toEqual(metaB);
      if (sameRead.has(source.id)) expect(readA, source.id).toEqual(readB);
    }
    expect(existsSync(samplePath('README.md'))).toBe(true);
  });
});
