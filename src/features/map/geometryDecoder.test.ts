import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContractError, FetchError } from '../../contract/errors';
import type { BoundaryTopology, LevelBoundaries } from '../../data/boundaries';
import { fakeWorkers } from '../../lib/fakeWorker.test-utils';
import { answerBoundaries, type BoundariesReply, type BoundariesRequest } from './boundariesWorkerProtocol';
import { buildMapGeometry } from './geometry';
import { createGeometryLoader } from './geometryDecoder';
import { previewShapes } from './previewShapes';
import { testTopology } from './topologyFixture.test-utils';

const where: LevelBoundaries = { path: 'geo/countries.topo.json', object: 'countries' };
const URL_ = 'http://localhost/geo/countries.topo.json';

/** The server: the file's body for a URL, or an HTTP status. */
function server(body: unknown, status = 200) {
  return vi.fn(async (url: string) => {
    expect(url).toBe(URL_);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(status === 200 ? text : 'nope', { status });
  });
}

function workers(fetchFile: ReturnType<typeof server>, options: { failToStart?: boolean } = {}) {
  // The worker fetches with the same code as the page, from the server above.
  const answer = (request: BoundariesRequest) => {
    vi.stubGlobal('fetch', fetchFile);
    return answerBoundaries(request);
  };
  return fakeWorkers<BoundariesRequest, BoundariesReply>(answer, options);
}

afterEach(() => vi.unstubAllGlobals());

describe('createGeometryLoader', () => {
  it('fetches and builds the shapes in the worker: the page gets the map it would have built, and the first frame its projection', async () => {
    const fetchFile = server(testTopology);
    const { factory, requests } = workers(fetchFile);
    const geometry = await createGeometryLoader({ createWorker: factory })(URL_, where, 'country', new AbortController().signal);
    const here = buildMapGeometry(testTopology as unknown as BoundaryTopology);
    expect(geometry.features).toEqual(here.features);
    expect(geometry.shapes).toEqual(here.shapes);
    expect(previewShapes(geometry).map((s) => s.iso)).toEqual(previewShapes(here).map((s) => s.iso));
    // The worker fetched the file itself: the page sent only where it is.
    expect(requests).toEqual([{ id: 1, url: URL_, where, level: 'country' }]);
    expect(fetchFile).toHaveBeenCalledTimes(1);
  });

  it('fails as the page would: an HTTP error names the file and the status, a broken file the contract', async () => {
    const signal = new AbortController().signal;
    const missing = createGeometryLoader({ createWorker: workers(server(null, 404)).factory })(URL_, where, 'country', signal);
    await expect(missing).rejects.toBeInstanceOf(FetchError);
    await expect(missing).rejects.toThrow('geo/countries.topo.json: HTTP 404');
    const cut = createGeometryLoader({ createWorker: workers(server('{"type":')).factory })(URL_, where, 'country', signal);
    await expect(cut).rejects.toBeInstanceOf(ContractError);
    await expect(cut).rejects.toThrow('geo/countries.topo.json: (root) is not valid JSON');
    const other = createGeometryLoader({ createWorker: workers(server({ type: 'Topology', arcs: [], objects: {} })).factory })(
      URL_,
      where,
      'country',
      signal,
    );
    await expect(other).rejects.toThrow('geo/countries.topo.json: objects.countries is not a TopoJSON GeometryCollection');
  });

  it('fetches and builds on the page when the worker cannot start, with the same result', async () => {
    const fetchFile = server(testTopology);
    const { factory, requests } = workers(fetchFile, { failToStart: true });
    vi.stubGlobal('fetch', fetchFile);
    const geometry = await createGeometryLoader({ createWorker: factory })(URL_, where, 'country', new AbortController().signal);
    expect(geometry.features).toEqual(buildMapGeometry(testTopology as unknown as BoundaryTopology).features);
    expect(requests).toHaveLength(0);
    vi.stubGlobal('fetch', server(null, 500));
    await expect(createGeometryLoader({ createWorker: null })(URL_, where, 'country', new AbortController().signal)).rejects.toThrow(
      'geo/countries.topo.json: HTTP 500',
    );
  });

  it('stops waiting when the map no longer wants the file', async () => {
    const { factory } = workers(server(testTopology));
    const load = createGeometryLoader({ createWorker: factory });
    const controller = new AbortController();
    const pending = load(URL_, where, 'country', controller.signal);
    await vi.waitFor(() => expect(factory).toHaveBeenCalled());
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect((await load(URL_, where, 'country', new AbortController().signal)).shapes.size).toBeGreaterThan(0);
  });
});
