/** Serves the dataset below the country level (mocks/fixtures/levels.ts) to the app in component tests. */
import { http, HttpResponse } from 'msw';
import { levelCatalog, nuts2Topology, regionSeries, regionTiesSeries, stateOriginSeries, usStateTopology } from '../../../mocks/fixtures/levels';
import { server } from '../../../mocks/server';
import { bilateralPath, seriesPath } from '../../contract/paths';
import { serveOverFixture } from '../../app/renderAppAt.test-utils';

export { levelCatalog, nuts2Topology, regionSeries, stateOriginSeries, unitTopology, usStateTopology } from '../../../mocks/fixtures/levels';

/** Serves the level catalog, its files and boundaries over the fixture dataset. */
export function serveLevels(): void {
  serveOverFixture(
    new Map<string, unknown>([
      ['catalog.json', levelCatalog],
      [seriesPath('migrant-stock', 'region-census', 'total'), regionSeries],
      [bilateralPath('migrant-stock', 'state-survey', 'origin', 'IND'), stateOriginSeries],
      [bilateralPath('migrant-stock', 'region-ties', 'origin', 'DE11'), regionTiesSeries],
    ]),
  );
  server.use(
    http.get('*/geo/nuts2.topo.json', () => HttpResponse.json(nuts2Topology)),
    http.get('*/geo/us-state.topo.json', () => HttpResponse.json(usStateTopology)),
  );
}
