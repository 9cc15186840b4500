/** The whole app at a link, on the test server's data, as the component tests open it. */
import { render } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach } from 'vitest';
import { fixtureFiles } from '../../mocks/fixtures/dataset';
import { contractHandlers } from '../../mocks/handlers';
import { server, TEST_DATA_BASE } from '../../mocks/server';
import { testTopology } from '../features/map/topologyFixture.test-utils';
import { createApiClient } from '../data/client';
import { createQueryClient } from '../data/queryClient';
import { App } from './App';

export function renderAppAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App queryClient={createQueryClient({ retryDelayMs: 1 })} api={createApiClient(TEST_DATA_BASE)} />);
}

/** Serves these files of the contract (by path, or a dataset's lookup), the fixture dataset's for every other path, and the test boundaries. */
export function serveOverFixture(files: ReadonlyMap<string, unknown> | ((path: string) => unknown)): void {
  const fileAt = typeof files === 'function' ? files : (path: string) => files.get(path);
  server.use(
    http.get('*/geo/countries.topo.json', () => HttpResponse.json(testTopology)),
    ...contractHandlers({ base: TEST_DATA_BASE, files: (path) => fileAt(path) ?? fixtureFiles(path) }),
  );
}

/** The paths the app requests from the test server during each test (call at the top level of a test file). */
export function recordRequests(): readonly string[] {
  const requests: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    requests.push(new URL(request.url).pathname);
  };
  beforeEach(() => {
    requests.length = 0;
    server.events.on('request:start', onRequest);
  });
  afterEach(() => {
    server.events.removeListener('request:start', onRequest);
  });
  return requests;
}
