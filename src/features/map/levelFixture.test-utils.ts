/** Serves the dataset below the country level (mocks/fixtures/levels.ts) to the app in component tests. */
import { http, HttpResponse } from 'msw';
import { levelsFixtureFiles, nuts2Topology, usStateTopology } from '../../../mocks/fixtures/levels';
import { server } from '../../../mocks/server';
import { serveOverFixture } from '../../app/renderAppAt.test-utils';

export { nuts2Topology, unitTopology, usStateTopology } from '../../../mocks/fixtures/levels';

/** Serves the levels dataset's files and each level's boundaries over the fixture dataset. */
export function serveLevels(): void {
  serveOverFixture(levelsFixtureFiles);
  server.use(
    http.get('*/geo/nuts2.topo.json', () => HttpResponse.json(nuts2Topology)),
    http.get('*/geo/us-state.topo.json', () => HttpResponse.json(usStateTopology)),
  );
}
