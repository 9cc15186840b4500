import { CONTRACT_VERSION, type Catalog, type Indicator, type Source } from '../contract/schema';

const source = (id: string): Source => ({
  id,
  name: id,
  kind: 'official',
  publisher: 'Test',
  url: null,
  licence: 'CC-BY-4.0',
  counts: 'country-of-birth',
  definition: '',
  cadence: 'yearly',
  releaseDate: '2024-01-01',
  latestPeriod: '2023',
  caveats: [],
  demo: true,
});

const indicator = (id: string, sources: Indicator['sources'], bilateral = false): Indicator => ({
  id,
  label: id,
  unit: 'persons',
  description: '',
  topic: 'stocks',
  signed: false,
  bilateral,
  grain: 'year',
  dimensions: [],
  sources,
});

/** A small hand-made catalog for the state tests. */
export const catalogFixture: Catalog = {
  contract: CONTRACT_VERSION,
  title: 'Test catalog',
  generated: '2024-01-01',
  sources: [source('census'), source('un-desa'), source('social-audience')],
  indicators: [
    indicator(
      'migrant-stock',
      [
        { id: 'un-desa', breakdowns: ['sex-female', 'sex-male'] },
        { id: 'census', breakdowns: ['age-0-14'] },
        { id: 'social-audience', breakdowns: [] },
      ],
      true,
    ),
    indicator('net-migration', [{ id: 'un-desa', breakdowns: [] }]),
  ],
  geographies: {
    countries: ['DEU', 'FRA', 'SYR', 'USA'].map((id) => ({ id, name: id, region: 'europe', subregion: 'western-europe' })),
    regions: [{ id: 'europe', name: 'Europe', parent: null }],
  },
};
