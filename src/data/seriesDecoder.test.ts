import { describe, expect, it, vi } from 'vitest';
import { ContractError } from '../contract/errors';
import { CONTRACT_VERSION, type Series } from '../contract/schema';
// eslint-disable-next-line import-x/no-restricted-paths -- the map's pick of the nearest period proves that the index came with the series
import { pickValues } from '../features/map/join';
import { createSeriesDecoder, decodeHere } from './seriesDecoder';
import { answerDecode, type DecodeReply, type DecodeRequest } from './seriesWorkerProtocol';
import { fakeWorkers as fakeSeriesWorkers } from '../lib/fakeWorker.test-utils';

const series: Series = {
  contract: CONTRACT_VERSION,
  indicator: 'search-interest',
  source: 'search-interest',
  slice: 'total',
  focus: null,
  releaseDate: '2026-10-01',
  columns: { geo: ['DEU', 'DEU', 'FRA'], period: ['2024-01', '2024-03', '2024-02'], value: [40, 60, 20], flag: [null, 'provisional', null] },
};

const bytesOf = (payload: unknown) => new TextEncoder().encode(JSON.stringify(payload)).buffer as ArrayBuffer;

const fakeWorkers = (options: { failToStart?: boolean } = {}) => fakeSeriesWorkers<DecodeRequest, DecodeReply>(answerDecode, options);

describe('createSeriesDecoder', () => {
  it('decodes a large file in the worker: the page gets the same series, and its index with it', async () => {
    const { factory, requests } = fakeWorkers();
    const decode = createSeriesDecoder({ createWorker: factory, minWorkerBytes: 0 });
    const bytes = bytesOf(series);
    const decoded = await decode(bytes, 'series/search-interest/search-interest.json');
    expect(decoded).toEqual(series);
    expect(requests).toHaveLength(1);
    // Transferred, not copied.
    expect(bytes.byteLength).toBe(0);
    const picked = pickValues(decoded, '2024-02', 1);
    expect([...picked].map(([geo, p]) => `${geo}:${p.period}`)).toEqual(['DEU:2024-01', 'FRA:2024-02']);
  });

  it('decodes small files on the page, without starting a worker', async () => {
    const { factory } = fakeWorkers();
    const decode = createSeriesDecoder({ createWorker: factory, minWorkerBytes: 1024 });
    expect(await decode(bytesOf(series), 'small.json')).toEqual(series);
    expect(factory).not.toHaveBeenCalled();
  });

  it('names the file and the field of a payload off the contract, as on the page', async () => {
    const bad = { ...series, columns: { ...series.columns, geo: ['DEU', 'XX', 'FRA'] } };
    const { factory } = fakeWorkers();
    const inWorker = createSeriesDecoder({ createWorker: factory, minWorkerBytes: 0 })(bytesOf(bad), 'bad.json');
    await expect(inWorker).rejects.toBeInstanceOf(ContractError);
    await expect(inWorker).rejects.toThrow('bad.json: columns.geo.1 must be an ISO 3166-1 alpha-3 code');
    expect(() => decodeHere(bytesOf(bad), 'bad.json')).toThrow('bad.json: columns.geo.1 must be an ISO 3166-1 alpha-3 code');
    const notJson = createSeriesDecoder({ createWorker: fakeWorkers().factory, minWorkerBytes: 0 })(
      new TextEncoder().encode('{"contract":').buffer as ArrayBuffer,
      'cut.json',
    );
    await expect(notJson).rejects.toThrow('cut.json: (root) is not valid JSON');
  });

  it('falls back to the page when the worker cannot start, and does not try again', async () => {
    const { factory, requests } = fakeWorkers({ failToStart: true });
    const decode = createSeriesDecoder({ createWorker: factory, minWorkerBytes: 0 });
    expect(await decode(bytesOf(series), 'a.json')).toEqual(series);
    expect(await decode(bytesOf(series), 'b.json')).toEqual(series);
    expect(factory).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(0);
  });

  it('stops waiting when the request is cancelled', async () => {
    const { factory } = fakeWorkers();
    const decode = createSeriesDecoder({ createWorker: factory, minWorkerBytes: 0 });
    const controller = new AbortController();
    const pending = decode(bytesOf(series), 'a.json', controller.signal);
    await vi.waitFor(() => expect(factory).toHaveBeenCalled());
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    // The worker is still there for the next file.
    expect(await decode(bytesOf(series), 'b.json')).toEqual(series);
  });
});
