import { CONTRACT_VERSION, type Catalog, type Series, type Source } from '../../contract/schema';
import { seriesPath } from '../../contract/paths';

/** A contract series from rows [geo, period, value, lower?, upper?, flag?]. */
export function makeSeries(
  indicator: string,
  source: string,
  rows: readonly (readonly [string, string, number, (number | null)?, (number | null)?, (Series['columns']['flag'] & object)[number]?])[],
  slice = 'total',
): Series {
  const withBounds = rows.some((r) => r[3] !== undefined || r[4] !== undefined);
  const withFlags = rows.some((r) => r[5] !== undefined);
  return {
    contract: CONTRACT_VERSION,
    indicator,
    source,
    slice,
    focus: null,
    releaseDate: '2026-01-01',
    columns: {
      geo: rows.map((r) => r[0]),
      period: rows.map((r) => r[1]),
      value: rows.map((r) => r[2]),
      ...(withBounds ? { lower: rows.map((r) => r[3] ?? null), upper: rows.map((r) => r[4] ?? null) } : {}),
      ...(withFlags ? { flag: rows.map((r) => r[5] ?? null) } : {}),
    },
  };
}

const source = (id: string, name: string, kind: Source['kind'], cadence: Source['cadence'], caveats: string[] = []): Source => ({
  id,
  name,
  kind,
  publisher: 'Series test fixture',
  url: null,
  licence: 'CC0 1.0',
  counts: 'country-of-birth',
  definition: 'Synthetic.',
  cadence,
  releaseDate: '2026-01-01',
  latestPeriod: '2024',
  caveats,
  demo: true,
});

/** A catalog with a 5-yearly official source, a yearly digital one (bounds, a break, a gap), a population and a monthly index. */
export const seriesCatalog: Catalog = {
  contract: CONTRACT_VERSION,
  title: 'Series fixture (synthetic)',
  generated: '2026-11-01',
  sources: [
    source('census', 'Census (demo)', 'official', '5-yearly', ['Synthetic.']),
    source('audience', 'Audience (demo)', 'digital-trace', 'yearly', [
      'Synthetic.',
      'In 2018 the platform changed how it counts users (values flagged "break"): values before and after are not comparable.',
    ]),
    source('model', 'Model (demo)', 'model', 'yearly'),
    source('search', 'Search (demo)', 'digital-trace', 'monthly'),
  ],
  indicators: [
    {
      id: 'migrant-stock',
      label: 'Migrant stock',
      unit: 'persons',
      description: 'People born abroad.',
      topic: 'Stock',
      signed: false,
      bilateral: false,
      grain: 'year',
      dimensions: [],
      sources: [
        { id: 'census', breakdowns: [] },
        { id: 'audience', breakdowns: [] },
      ],
    },
    {
      id: 'net-migration',
      label: 'Net migration',
      unit: 'persons',
      description: 'In minus out.',
      topic: 'Flows',
      signed: true,
      bilateral: false,
      grain: 'year',
      dimensions: [],
      sources: [{ id: 'model', breakdowns: [] }],
    },
    {
      id: 'population',
      label: 'Population',
      unit: 'persons',
      description: 'Residents.',
      topic: 'Population',
      signed: false,
      bilateral: false,
      grain: 'year',
      dimensions: [],
      sources: [{ id: 'model', breakdowns: [] }],
    },
    {
      id: 'search-interest',
      label: 'Search interest',
      unit: 'index',
      description: 'Monthly index.',
      topic: 'Intentions',
      signed: false,
      bilateral: false,
      grain: 'month',
      dimensions: [],
      sources: [{ id: 'search', breakdowns: [] }],
    },
  ],
  geographies: {
    countries: [
      { id: 'DEU', name: 'Germany', region: 'europe', subregion: 'western-europe' },
      { id: 'FRA', name: 'France', region: 'europe', subregion: 'western-europe' },
      { id: 'ETH', name: 'Ethiopia', region: 'africa', subregion: 'eastern-africa' },
      { id: 'USA', name: 'United States', region: 'americas', subregion: 'north-america' },
    ],
    regions: [
      { id: 'europe', name: 'Europe', parent: null },
      { id: 'africa', name: 'Africa', parent: null },
      { id: 'americas', name: 'Americas', parent: null },
    ],
  },
};

export const censusSeries = makeSeries('migrant-stock', 'census', [
  ['DEU', '2010', 10_000_000],
  ['DEU', '2015', 12_000_000],
  ['DEU', '2020', 15_000_000, null, null, 'provisional'],
  ['FRA', '2010', 7_000_000],
  ['FRA', '2020', 8_000_000], // 2015 missing: a gap
  ['ETH', '2010', 1_000_000],
  ['ETH', '2015', 1_100_000],
  ['ETH', '2020', 1_200_000],
  ['USA', '2015', 45_000_000],
  ['USA', '2020', 50_000_000],
]);

export const audienceSeries = makeSeries('migrant-stock', 'audience', [
  ['DEU', '2016', 9_000_000, 8_000_000, 10_000_000],
  ['DEU', '2017', 9_500_000, 8_500_000, 10_500_000],
  ['DEU', '2018', 11_000_000, 9_900_000, 12_100_000, 'break'],
  ['DEU', '2019', 11_500_000, 10_300_000, 12_700_000],
  ['DEU', '2020', 12_000_000, 10_800_000, 13_200_000],
  ['FRA', '2016', 6_000_000, 5_400_000, 6_600_000],
  ['FRA', '2018', 6_500_000, 5_800_000, 7_200_000, 'break'], // 2017 missing: a gap
  ['FRA', '2019', 6_600_000, 5_900_000, 7_300_000],
  ['FRA', '2020', 6_700_000, 6_000_000, 7_400_000],
  ['FRA', '2021', 6_800_000, 6_100_000, 7_500_000], // no population for 2021
]);

export const netMigrationSeries = makeSeries('net-migration', 'model', [
  ['DEU', '2019', 300_000],
  ['DEU', '2020', 250_000],
  ['ETH', '2019', -12_000],
  ['ETH', '2020', 0],
]);

export const populationSeries = makeSeries('population', 'model', [
  ...(['2010', '2015', '2016', '2017', '2018', '2019', '2020'] as const).map((p) => ['DEU', p, 80_000_000] as const),
  ...(['2010', '2015', '2016', '2017', '2018', '2019', '2020'] as const).map((p) => ['FRA', p, 64_000_000] as const),
  ['ETH', '2020', 100_000_000],
]);

export const searchSeries = makeSeries('search-interest', 'search', [
  ['DEU', '2020-01', 40],
  ['DEU', '2020-02', 55],
  ['DEU', '2020-03', 100],
  ['FRA', '2020-01', 20],
  ['FRA', '2020-03', 30],
]);

const files = new Map<string, unknown>([
  ['catalog.json', seriesCatalog],
  ...[censusSeries, audienceSeries, netMigrationSeries, populationSeries, searchSeries].map(
    (s) => [seriesPath(s.indicator, s.source, s.slice), s] as const,
  ),
]);

/** The fixture's files by contract path (for contractHandlers). */
export function seriesFixtureFiles(path: string): unknown {
  return files.get(path);
}
