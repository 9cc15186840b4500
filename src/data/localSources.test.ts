import { describe, expect, it, vi } from 'vitest';
import { fixtureCatalog, fixtureSeries } from '../../mocks/fixtures/dataset';
import { FetchError } from '../contract/errors';
import { CONTRACT_VERSION, type Series } from '../contract/schema';
import type { ApiClient } from './client';
import {
  checkStored,
  createLocalSourceStore,
  isLocalSourceId,
  memoryPersistence,
  mergeCatalog,
  withLocalSources,
  type LocalSource,
} from './localSources';

function entry(id = 'upload-mine-ab12', indicator = 'migrant-stock'): LocalSource {
  const series: Series = {
    contract: CONTRACT_VERSION,
    indicator,
    source: id,
    slice: 'total',
    focus: null,
    releaseDate: '2026-11-29',
    columns: { geo: ['DEU', 'FRA'], period: ['2020', '2020'], value: [1, 2] },
  };
  return {
    source: { ...fixtureCatalog.sources[0]!, id, name: 'Mine', demo: false },
    indicator,
    series,
    file: { name: 'mine.csv', bytes: 100 },
    added: '2026-11-29T10:00:00.000Z',
  };
}

const base: ApiClient = {
  catalog: vi.fn(async () => structuredClone(fixtureCatalog)),
  series: vi.fn(async () => fixtureSeries[0]!),
  bilateral: vi.fn(async () => fixtureSeries[0]!),
  manifest: vi.fn(async () => null),
  changes: vi.fn(async () => null),
};

describe('mergeCatalog', () => {
  it('adds an uploaded source to the catalog and, last, to its indicator', () => {
    const merged = mergeCatalog(fixtureCatalog, [entry()]);
    expect(merged.sources.map((s) => s.id)).toEqual(['census', 'social-audience', 'model', 'upload-mine-ab12']);
    expect(merged.indicators[0]!.sources.map((s) => s.id)).toEqual(['census', 'social-audience', 'upload-mine-ab12']);
    expect(merged.indicators[1]!.sources.map((s) => s.id)).toEqual(['model']);
  });

  it('is idempotent, removes sources no longer uploaded, and leaves out one whose indicator is gone', () => {
    const once = mergeCatalog(fixtureCatalog, [entry()]);
    expect(mergeCatalog(once, [entry()])).toEqual(once);
    expect(mergeCatalog(once, [])).toEqual(fixtureCatalog);
    expect(mergeCatalog(fixtureCatalog, [entry('upload-x-0000', 'no-such-indicator')])).toBe(fixtureCatalog);
  });
});

describe('the local source store and the client decorator', () => {
  it('serves uploaded series from memory, and everything else from the server', async () => {
    const store = createLocalSourceStore(memoryPersistence([entry()]));
    const api = withLocalSources(base, store);
    expect((await api.catalog()).sources.some((s) => s.id === 'upload-mine-ab12')).toBe(true);
    expect((await api.series({ indicator: 'migrant-stock', source: 'upload-mine-ab12', slice: 'total' })).columns.value).toEqual([1, 2]);
    await api.series({ indicator: 'migrant-stock', source: 'census', slice: 'total' });
    expect(base.series).toHaveBeenCalledTimes(1);
  });

  it('answers like a missing file for a breakdown, another indicator, a bilateral slice or a removed source', async () => {
    const store = createLocalSourceStore(memoryPersistence([entry()]));
    const api = withLocalSources(base, store);
    const missing = { name: 'FetchError', status: 404 };
    await expect(api.series({ indicator: 'migrant-stock', source: 'upload-mine-ab12', slice: 'sex-female' })).rejects.toMatchObject(missing);
    await expect(api.series({ indicator: 'net-migration', source: 'upload-mine-ab12', slice: 'total' })).rejects.toBeInstanceOf(FetchError);
    await expect(
      api.bilateral({ indicator: 'migrant-stock', source: 'upload-mine-ab12', role: 'origin', geo: 'DEU', slice: 'total' }),
    ).rejects.toMatchObject(missing);
    await store.remove('upload-mine-ab12');
    await expect(api.series({ indicator: 'migrant-stock', source: 'upload-mine-ab12', slice: 'total' })).rejects.toMatchObject(missing);
  });

  it('tells listeners of changes and saves through its persistence', async () => {
    const persistence = memoryPersistence();
    const store = createLocalSourceStore(persistence);
    await store.ready;
    const listener = vi.fn();
    store.subscribe(listener);
    expect(await store.add(entry())).toBe(false); // memory: not durable
    expect(listener).toHaveBeenCalledTimes(1);
    expect(await persistence.load()).toHaveLength(1);
    await store.remove('upload-mine-ab12');
    expect(store.list()).toEqual([]);
    expect(await persistence.load()).toEqual([]);
  });

  it('drops stored entries that do not fit the contract (storage can hold anything)', async () => {
    const bad = { ...entry(), series: { ...entry().series, columns: { geo: ['DEU'], period: ['2020'], value: ['<script>'] } } };
    const wrongId = entry('census');
    const store = createLocalSourceStore({
      durable: true,
      load: async () => [entry(), bad, wrongId, null, 'x', { source: 1 }],
      save: async () => {},
      remove: async () => {},
    });
    await store.ready;
    expect(store.list().map((e) => e.source.id)).toEqual(['upload-mine-ab12']);
    expect(store.status()).toEqual({ leftOut: 5, problem: null });
    expect(checkStored(entry())).not.toBeNull();
    expect(isLocalSourceId('upload-a')).toBe(true);
    expect(isLocalSourceId('census')).toBe(false);
  });

  it('keeps working when storage fails', async () => {
    const store = createLocalSourceStore({
      durable: true,
      load: async () => Promise.reject(new Error('blocked')),
      save: async () => Promise.reject(new Error('quota')),
      remove: async () => Promise.reject(new Error('blocked')),
    });
    await store.ready;
    expect(await store.add(entry())).toBe(false);
    expect(store.list()).toHaveLength(1);
    await store.remove('upload-mine-ab12');
    expect(store.list()).toHaveLength(0);
  });

  it('gives the catalog without waiting for storage where the browser keeps no source, and waits where it may keep some', async () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const slowStorage = (knownEmpty: boolean) => ({
      durable: true,
      knownEmpty: () => knownEmpty,
      load: async () => {
        await opened;
        return knownEmpty ? [] : [entry()];
      },
      save: async () => {},
      remove: async () => {},
    });
    const empty = withLocalSources(base, createLocalSourceStore(slowStorage(true)));
    expect((await empty.catalog()).sources.map((s) => s.id)).toEqual(fixtureCatalog.sources.map((s) => s.id));

    const store = createLocalSourceStore(slowStorage(false));
    expect(store.mayLoad).toBe(true);
    let catalog: Awaited<ReturnType<ApiClient['catalog']>> | null = null;
    void withLocalSources(base, store)
      .catalog()
      .then((c) => (catalog = c));
    // The server's catalog answers within microtasks: by the next task it would have been given.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(catalog).toBeNull();
    open();
    await vi.waitFor(() => expect(catalog?.sources.some((s) => s.id === 'upload-mine-ab12')).toBe(true));
  });
});
