// @vitest-environment node
/**
 * The Social Connectedness Index mapping of samples.config.json (source meta-sci), built from a few
 * rows in the file's own format: ties between countries, written as bilateral slices only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Series } from '../../src/contract/schema';
import { parseCatalog, parseSeries } from '../../src/contract/validate';
import { buildDataset } from './build';
import { writeSourceCache } from './cache';
import { loadConfig, parseConfig } from './config';

const SAMPLES_CONFIG = fileURLToPath(new URL('./samples.config.json', import.meta.url));

const CSV = [
  'user_country,friend_country,user_region,friend_region,scaled_sci',
  'DE,AT,DE,AT,141880',
  'AT,DE,AT,DE,141880',
  'DE,XK,DE,XK,52017',
  'XK,DE,XK,DE,52017',
  'AT,XK,AT,XK,60511',
  'XK,AT,XK,AT,60511',
  'DE,DE,DE,DE,1403220',
].join('\n');

describe('the Social Connectedness Index (meta-sci) mapping', { timeout: 30_000 }, () => {
  let cache: string;
  let files: Map<string, unknown>;
  let catalog: Catalog;
  const series = (path: string) => parseSeries(files.get(path), path) as Series;

  beforeAll(async () => {
    const samples = loadConfig(SAMPLES_CONFIG);
    const config = parseConfig({
      title: 'sci',
      indicators: samples.indicators.filter((i) => i.id === 'social-connectedness').map((i) => ({ ...i, sources: ['meta-sci'] })),
      sources: samples.sources.filter((s) => s.id === 'meta-sci'),
    });
    cache = mkdtempSync(join(tmpdir(), 'ml-sci-'));
    const bytes = new TextEncoder().encode(CSV);
    writeSourceCache(
      cache,
      'meta-sci',
      'file',
      [{ name: 'sci_country_country.csv', url: 'file:///sci.csv', bytes, retrieved: '2026-12-02T00:00:00Z' }],
      '2026-12-02T00:00:00Z',
    );
    ({ files } = await buildDataset({ config, cacheDir: cache, generated: '2026-12-02' }));
    catalog = parseCatalog(files.get('catalog.json'));
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('writes the ties of each country with the others (ISO2 codes as ISO3, Kosovo as XKX), the same in both roles', () => {
    expect(series('bilateral/social-connectedness/meta-sci/destination/DEU.json')).toMatchObject({
      focus: { geo: 'DEU', role: 'destination' },
      columns: { geo: ['AUT', 'DEU', 'XKX'], period: ['2026', '2026', '2026'], value: [141880, 1403220, 52017] },
    });
    expect(series('bilateral/social-connectedness/meta-sci/origin/XKX.json').columns).toMatchObject({ geo: ['AUT', 'DEU'], value: [60511, 52017] });
    expect(series('bilateral/social-connectedness/meta-sci/origin/AUT.json').columns).toEqual(
      series('bilateral/social-connectedness/meta-sci/destination/AUT.json').columns,
    );
  });

  it('has no figure per country: the catalog lists the source without a total, and no series/ file is written', () => {
    expect([...files.keys()].filter((path) => path.startsWith('series/'))).toEqual([]);
    const indicator = catalog.indicators.find((i) => i.id === 'social-connectedness');
    expect(indicator).toMatchObject({ unit: 'index', bilateral: true, sources: [{ id: 'meta-sci', breakdowns: [], total: false }] });
  });

  it('is labelled as ties, paired with the official bilateral migrant stock, and says why it is no count of migrants', () => {
    const source = catalog.sources.find((s) => s.id === 'meta-sci');
    expect(source).toMatchObject({ kind: 'digital-trace', counts: 'ties', latestPeriod: '2026', comparesWith: 'undesa-ims-2020-od' });
    expect(source?.caveats.join(' ')).toMatch(/not a count of people/);
    expect(source?.caveats.join(' ')).toMatch(/UN DESA's International Migrant Stock by origin and destination/);
    // No release date comes with the file: the date shown is the retrieval's, said in every language.
    expect(source?.releaseDate).toBe('2026-12-02');
    for (const lang of ['fr', 'es'] as const) expect(source?.i18n?.[lang]?.caveats?.at(-1)).toContain('(2026-12-02)');
  });
});
