import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { FetchError } from '../contract/errors';
import type { Catalog, Series } from '../contract/schema';
import type { ApiClient, SeriesRef } from '../data/client';
import { queryKeys } from '../data/queries';
import { levelsCatalog } from '../../mocks/fixtures/levels';
import { catalogFixture } from '../state/catalogFixture.test-utils';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import { startEarly } from './earlyStart';

const seriesOf = (ref: SeriesRef) => ({ ref }) as unknown as Series;

function fakeApi(catalog: () => Promise<Catalog>) {
  const api = {
    catalog: vi.fn(catalog),
    series: vi.fn((ref: SeriesRef) => Promise.resolve(seriesOf(ref))),
    bilateral: vi.fn(),
    manifest: vi.fn(),
    changes: vi.fn(),
  };
  return api as typeof api & ApiClient;
}

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('startEarly (what a link starts loading before React mounts)', () => {
  it('a map link: starts the map, then the catalog and the view’s series, where the panel’s hooks will look for them', async () => {
    const queryClient = new QueryClient();
    const api = fakeApi(() => Promise.resolve(catalogFixture));
    const startMap = vi.fn();
    await startEarly({ queryClient, api, view: view({ panel: 'map', source: 'census' }), startMap });
    expect(startMap).toHaveBeenCalledTimes(1);
    expect(api.catalog).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryData(queryKeys.catalog)).toBe(catalogFixture);
    const ref = { indicator: 'migrant-stock', source: 'census', slice: 'total' };
    expect(queryClient.getQueryData(queryKeys.series(ref))).toEqual(seriesOf(ref));
    expect(api.series).toHaveBeenCalledTimes(1);
  });

  it('the default view: the indicator’s default source, and a breakdown the source does not have falls back to the total', async () => {
    const queryClient = new QueryClient();
    const api = fakeApi(() => Promise.resolve(catalogFixture));
    await startEarly({ queryClient, api, view: view({ source: null, slice: 'age-0-14' }) });
    await vi.waitFor(() => expect(api.series).toHaveBeenCalledTimes(1));
    expect(api.series.mock.calls[0]?.[0]).toEqual({ indicator: 'migrant-stock', source: 'un-desa', slice: 'total' });
  });

  it('a map link at a level: starts the engine without the country boundaries, then the level’s boundaries once the catalog names them', async () => {
    const queryClient = new QueryClient();
    const startMap = vi.fn();
    const startLevel = vi.fn();
    const api = fakeApi(() => Promise.resolve(levelsCatalog));
    await startEarly({ queryClient, api, view: view({ panel: 'map', level: 'nuts2' }), startMap, startLevel });
    expect(startMap).toHaveBeenCalledWith(false);
    expect(startLevel).toHaveBeenCalledWith(expect.objectContaining({ id: 'nuts2', boundaries: 'nuts2.topo.json' }));
    // The series asked for is the level's source's, not the indicator's default (a country source).
    await vi.waitFor(() => expect(api.series).toHaveBeenCalledTimes(1));
    expect(api.series.mock.calls[0]?.[0]).toEqual({ indicator: 'migrant-stock', source: 'regional-census', slice: 'total' });
    await startEarly({ queryClient, api, view: view({ panel: 'map' }), startMap, startLevel });
    expect(startMap).toHaveBeenLastCalledWith(true);
    expect(startLevel).toHaveBeenCalledTimes(1);
  });

  it('a Compare or series link does not start the map', async () => {
    const queryClient = new QueryClient();
    const startMap = vi.fn();
    await startEarly({ queryClient, api: fakeApi(() => Promise.resolve(catalogFixture)), view: view({ panel: 'compare' }), startMap });
    await startEarly({ queryClient, api: fakeApi(() => Promise.resolve(catalogFixture)), view: view({ panel: 'series' }), startMap });
    expect(startMap).not.toHaveBeenCalled();
  });

  it('a Compare link: the files the panel shows first are asked for with the catalog, where its hooks will look for them', async () => {
    const queryClient = new QueryClient();
    const api = fakeApi(() => Promise.resolve(catalogFixture));
    const a = { indicator: 'migrant-stock', source: 'census', slice: 'total' };
    const b = { indicator: 'migrant-stock', source: 'social-audience', slice: 'total' };
    const panelFiles = vi.fn(() => Promise.resolve({ series: [a, b], bilateral: [] }));
    await startEarly({ queryClient, api, view: view({ panel: 'compare' }), panelFiles });
    expect(panelFiles).toHaveBeenCalledWith(catalogFixture);
    // Resolved once they are in: a return visit's first render waits for that (src/main.tsx).
    expect(queryClient.getQueryData(queryKeys.series(b))).toEqual(seriesOf(b));
    expect(queryClient.getQueryData(queryKeys.series(a))).toEqual(seriesOf(a));
  });

  it('resolves once the files it asked for have failed too, so that nothing waits on them', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const api = fakeApi(() => Promise.resolve(catalogFixture));
    api.series.mockImplementation(() => Promise.reject(new FetchError('series.json', 500)));
    const a = { indicator: 'migrant-stock', source: 'census', slice: 'total' };
    await expect(
      startEarly({ queryClient, api, view: view({ panel: 'compare' }), panelFiles: () => Promise.resolve({ series: [a], bilateral: [] }) }),
    ).resolves.toBeUndefined();
    expect(queryClient.getQueryState(queryKeys.series(a))?.status).toBe('error');
  });

  it('a failed catalog is left for the panels to report (no series asked for, nothing thrown), and they try it again', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const api = fakeApi(() => Promise.reject(new FetchError('catalog.json', 404)));
    await expect(startEarly({ queryClient, api, view: DEFAULT_VIEW })).resolves.toBeUndefined();
    expect(api.series).not.toHaveBeenCalled();
    expect(queryClient.getQueryState(queryKeys.catalog)?.status).toBe('error');
  });
});
