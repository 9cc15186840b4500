import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContractError, FetchError } from '../../contract/errors';
import type { BoundaryTopology, LevelBoundaries } from '../../data/boundaries';
import { fakeWorkers } from '../../lib/fakeWorker.test-utils';
import { answerBoundaries, type BoundariesReply, type BoundariesRequest } from './boundariesWorkerProtocol';
import { buildMapGeometry } from './geometry';
import { createGeometryLoader } from './geometryDecoder';
import { packGeometry, type PackedGeometry } from './geometryPacking';
import { keptGeometryKey } from './keptGeometry';
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
    const controller = new AbortController();
    // The map stops wanting the file as soon as the worker has been asked for it.
    const asking = () => {
      const worker = factory();
      const post = worker.postMessage.bind(worker);
      worker.postMessage = ((request: unknown, transfer: Transferable[]) => {
        post(request, transfer);
        controller.abort();
      }) as Worker['postMessage'];
      return worker;
    };
    const load = createGeometryLoader({ createWorker: asking });
    const pending = load(URL_, where, 'country', controller.signal);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect((await load(URL_, where, 'country', new AbortController().signal)).shapes.size).toBeGreaterThan(0);
  });

  it('draws the shapes kept from an earlier visit, without fetching the file or starting the worker', async () => {
    const fetchFile = server(testTopology);
    vi.stubGlobal('fetch', fetchFile);
    const { factory } = workers(fetchFile);
    const built = buildMapGeometry(testTopology as unknown as BoundaryTopology);
    const readKept = vi.fn(async () => packGeometry(built).packed);
    const geometry = await createGeometryLoader({ createWorker: factory, readKept })(URL_, where, 'country', new AbortController().signal);
    expect(readKept).toHaveBeenCalledWith(keptGeometryKey(URL_));
    expect(geometry.features).toEqual(built.features);
    expect(geometry.shapes).toEqual(built.shapes);
    expect(factory).not.toHaveBeenCalled();
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('keeps what the worker built for the next visit, which then draws the same map from it', async () => {
    const shelf = new Map<string, PackedGeometry>();
    const keep = vi.fn(async (key: string, packed: PackedGeometry) => void shelf.set(key, structuredClone(packed)));
    const fetchFile = server(testTopology);
    const first = await createGeometryLoader({ createWorker: workers(fetchFile).factory, readKept: async (key) => shelf.get(key) ?? null, keep })(
      URL_,
      where,
      'country',
      new AbortController().signal,
    );
    expect([...shelf.keys()]).toEqual([keptGeometryKey(URL_)]);
    const { factory } = workers(fetchFile);
    const again = await createGeometryLoader({ createWorker: factory, readKept: async (key) => shelf.get(key) ?? null, keep })(
      URL_,
      where,
      'country',
      new AbortController().signal,
    );
    expect(again.features).toEqual(first.features);
    expect(previewShapes(again)).toEqual(previewShapes(first));
    expect(factory).not.toHaveBeenCalled();
    expect(fetchFile).toHaveBeenCalledTimes(1);
  });

  it('loads the file when nothing is kept for this build (a new release keys its shapes anew)', async () => {
    expect(keptGeometryKey(URL_, 'aaaa')).not.toBe(keptGeometryKey(URL_, 'bbbb'));
    const fetchFile = server(testTopology);
    const readKept = vi.fn(async () => null);
    const geometry = await createGeometryLoader({ createWorker: workers(fetchFile).factory, readKept })(
      URL_,
      where,
      'country',
      new AbortController().signal,
    );
    expect(geometry.shapes.size).toBeGreaterThan(0);
    expect(fetchFile).toHaveBeenCalledTimes(1);
  });
});
