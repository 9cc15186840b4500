import { afterEach, describe, expect, it, vi } from 'vitest';

/** An IndexedDB whose one store answers each get with nothing kept, counting the reads by key. */
function fakeIndexedDB() {
  const reads: string[] = [];
  const later = (fn: () => void) => queueMicrotask(fn);
  const request = <T>(result: T) => {
    const req = { result, onsuccess: null as null | (() => void), onerror: null, onblocked: null, onupgradeneeded: null };
    later(() => req.onsuccess?.());
    return req;
  };
  const db = {
    onversionchange: null,
    close() {},
    transaction: () => ({
      objectStore: () => ({
        get: (key: string) => {
          reads.push(key);
          return request(undefined);
        },
      }),
    }),
  };
  return { reads, factory: { open: () => request(db) } };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the kept shapes read early (src/startup/readEarly.ts)', () => {
  it('a read started before the app asks is the read the app gets, once; another key reads on its own', async () => {
    const idb = fakeIndexedDB();
    vi.stubGlobal('indexedDB', idb.factory);
    const { readKeptGeometry, startKeptGeometryRead } = await import('./keptGeometry');
    startKeptGeometryRead('v1 https://example.org/geo/countries.topo.json');
    expect(await readKeptGeometry('v1 https://example.org/geo/countries.topo.json')).toBeNull();
    expect(idb.reads).toEqual(['v1 https://example.org/geo/countries.topo.json']);
    // Taken once: a later ask (another map) reads again, as does another file.
    await readKeptGeometry('v1 https://example.org/geo/countries.topo.json');
    await readKeptGeometry('v1 https://example.org/geo/nuts2.topo.json');
    expect(idb.reads).toEqual([
      'v1 https://example.org/geo/countries.topo.json',
      'v1 https://example.org/geo/countries.topo.json',
      'v1 https://example.org/geo/nuts2.topo.json',
    ]);
  });

  it('an early read of other shapes than the app asks for is left unused', async () => {
    const idb = fakeIndexedDB();
    vi.stubGlobal('indexedDB', idb.factory);
    const { readKeptGeometry, startKeptGeometryRead } = await import('./keptGeometry');
    startKeptGeometryRead('v1 https://example.org/geo/countries.topo.json');
    await readKeptGeometry('v1 https://example.org/geo/us-states.topo.json');
    expect(idb.reads).toEqual(['v1 https://example.org/geo/countries.topo.json', 'v1 https://example.org/geo/us-states.topo.json']);
  });
});
