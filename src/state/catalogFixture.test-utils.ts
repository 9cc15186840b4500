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

/**
 * The same catalog with levels below the country: US states (Facebook and a census, with origin
 * countries as focus) and NUTS-2 regions (ties between regions) for the bilateral indicator.
 */
export const levelsCatalogFixture: Catalog = {
  ...catalogFixture,
  sources: [...catalogFixture.sources, source('state-census'), source('state-audience'), source('region-ties')],
  indicators: [
    indicator(
      'migrant-stock',
      [
        ...catalogFixture.indicators[0]!.sources,
        { id: 'state-census', breakdowns: [], total: false, level: 'us-state', focusLevel: 'country', roles: ['origin'] },
        { id: 'state-audience', breakdowns: [], total: false, level: 'us-state', focusLevel: 'country', roles: ['origin'] },
        { id: 'region-ties', breakdowns: [], total: false, level: 'nuts2' },
      ],
      true,
    ),
    catalogFixture.indicators[1]!,
  ],
  geographies: {
    ...catalogFixture.geographies,
    levels: [
      { id: 'nuts2', name: 'NUTS-2 regions', codes: 'NUTS 2024', boundaries: 'nuts2.topo.json', attribution: '© EuroGeographics' },
      { id: 'us-state', name: 'US states', codes: 'US Census FIPS state codes', boundaries: 'us-state.topo.json', attribution: 'US Census Bureau' },
    ],
    units: [
      { id: 'DE11', level: 'nuts2', name: 'Stuttgart', country: 'DEU' },
      { id: 'FR10', level: 'nuts2', name: 'Ile-de-France', country: 'FRA' },
      { id: '06', level: 'us-state', name: 'California', country: 'USA' },
      { id: '48', level: 'us-state', name: 'Texas', country: 'USA' },
    ],
  },
};
