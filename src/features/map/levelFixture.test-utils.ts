/**
 * The component tests' dataset below the country level, in the shapes of issue #18's contract: the
 * fixture catalog plus NUTS-2 regions (a census by region) and US states (people born in a country,
 * by state: origin files only, with countries as focus), their series and tiny boundaries.
 */
import { http, HttpResponse } from 'msw';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import { server } from '../../../mocks/server';
import { bilateralPath, seriesPath } from '../../contract/paths';
import { CONTRACT_VERSION, type Catalog, type Series, type Source } from '../../contract/schema';
import { serveOverFixture } from '../../app/renderAppAt.test-utils';

const source = (id: string, name: string): Source => ({ ...fixtureCatalog.sources[0]!, id, name, caveats: [] });

export const levelCatalog: Catalog = {
  ...fixtureCatalog,
  contract: CONTRACT_VERSION,
  sources: [...fixtureCatalog.sources, source('region-census', 'Regional census (demo)'), source('state-survey', 'State survey (demo)')],
  indicators: [
    {
      ...fixtureCatalog.indicators[0]!,
      sources: [
        ...fixtureCatalog.indicators[0]!.sources,
        { id: 'region-census', breakdowns: [], level: 'nuts2' },
        { id: 'state-survey', breakdowns: [], total: false, level: 'us-state', focusLevel: 'country', roles: ['origin'] },
      ],
    },
    ...fixtureCatalog.indicators.slice(1),
  ],
  geographies: {
    ...fixtureCatalog.geographies,
    levels: [
      {
        id: 'nuts2',
        name: 'NUTS-2 regions',
        codes: 'NUTS 2024',
        boundaries: 'nuts2.topo.json',
        attribution: '© EuroGeographics for the administrative boundaries',
      },
      { id: 'us-state', name: 'US states', codes: 'FIPS', boundaries: 'us-state.topo.json', attribution: 'US Census Bureau (public domain)' },
    ],
    units: [
      { id: 'DE11', level: 'nuts2', name: 'Stuttgart', country: 'DEU' },
      { id: 'DE21', level: 'nuts2', name: 'Oberbayern', country: 'DEU' },
      { id: 'FR10', level: 'nuts2', name: 'Ile-de-France', country: 'FRA' },
      { id: '06', level: 'us-state', name: 'California', country: 'USA' },
      { id: '48', level: 'us-state', name: 'Texas', country: 'USA' },
      { id: '36', level: 'us-state', name: 'New York', country: 'USA' },
    ],
  },
};

/** Regions' figures: Stuttgart and Oberbayern have one in 2020, Ile-de-France none. */
export const regionSeries: Series = {
  contract: CONTRACT_VERSION,
  indicator: 'migrant-stock',
  source: 'region-census',
  slice: 'total',
  level: 'nuts2',
  focus: null,
  releaseDate: '2025-01-15',
  columns: { geo: ['DE11', 'DE21'], period: ['2020', '2020'], value: [820_000, 1_250_000] },
};

/** People born in India, by US state (New York has none). */
export const stateOriginSeries: Series = {
  contract: CONTRACT_VERSION,
  indicator: 'migrant-stock',
  source: 'state-survey',
  slice: 'total',
  level: 'us-state',
  focus: { geo: 'IND', role: 'origin', level: 'country' },
  releaseDate: '2025-01-15',
  columns: { geo: ['06', '48'], period: ['2020', '2020'], value: [420_000, 180_000] },
};

type Box = [string, string, [number, number, number, number]];

/** A boundaries topology of a level: one object "units", each geometry a box with the unit's code as id. */
export function unitTopology(boxes: readonly Box[]): Topology<{ units: GeometryCollection<{ name: string }> }> {
  return {
    type: 'Topology',
    arcs: boxes.map(([, , [w, s, e, n]]) => [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ]),
    objects: {
      units: {
        type: 'GeometryCollection',
        geometries: boxes.map(([id, name], i) => ({ type: 'Polygon' as const, arcs: [[i]], id, properties: { name } })),
      },
    },
  };
}

export const nuts2Topology = unitTopology([
  ['DE11', 'Stuttgart', [8, 48, 10, 49.5]],
  ['DE21', 'Oberbayern', [10.5, 47.5, 13, 49]],
  ['FR10', 'Ile-de-France', [1.5, 48, 3.5, 49.2]],
  ['DEZZ', 'Extra-Regio', [0, 0, 0.5, 0.5]],
]);

export const usStateTopology = unitTopology([
  ['06', 'California', [-124, 32, -114, 42]],
  ['48', 'Texas', [-106, 26, -93, 36]],
  ['36', 'New York', [-80, 40.5, -72, 45]],
]);

/** Serves the level catalog, its files and boundaries over the fixture dataset. */
export function serveLevels(): void {
  serveOverFixture(
    new Map<string, unknown>([
      ['catalog.json', levelCatalog],
      [seriesPath('migrant-stock', 'region-census', 'total'), regionSeries],
      [bilateralPath('migrant-stock', 'state-survey', 'origin', 'IND'), stateOriginSeries],
    ]),
  );
  server.use(
    http.get('*/geo/nuts2.topo.json', () => HttpResponse.json(nuts2Topology)),
    http.get('*/geo/us-state.topo.json', () => HttpResponse.json(usStateTopology)),
  );
}
