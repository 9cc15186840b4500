import { StrictMode, type ReactNode } from 'react';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../contract/schema';
import { catalogFixture as catalog } from './catalogFixture.test-utils';
import { resetViewStore, useViewStore } from './store';
import { useCatalogReconcile } from './useCatalogReconcile';
import { syncStoreFromLocation, useUrlSync } from './useUrlSync';
import { DEFAULT_VIEW } from './viewState';

const state = () => useViewStore.getState();
const here = () => `${window.location.pathname}${window.location.search}${window.location.hash}`;

function visit(url: string) {
  window.history.replaceState(null, '', url);
}

function popTo(url: string) {
  // What history.back() does: the location changes first, then popstate fires.
  window.history.pushState(null, '', url);
  act(() => window.dispatchEvent(new PopStateEvent('popstate', { state: null })));
}

beforeEach(() => {
  resetViewStore();
  visit('/');
});
afterEach(() => cleanup());

describe('useUrlSync', () => {
  it('reads the initial URL into the store and canonicalises the address without a new entry', () => {
    visit('/app/?countries=deu~FRA&year=2020&indicator=migrant-stock#table');
    const length = window.history.length;
    renderHook(() => useUrlSync());
    expect(state().view).toEqual({ ...DEFAULT_VIEW, period: '2020', countries: ['DEU', 'FRA'] });
    expect(here()).toBe('/app/?year=2020&countries=DEU~FRA#table');
    expect(window.history.length).toBe(length);
    expect(state().notices).toEqual([]);
  });

  it('reports ignored parameters in the notices and drops them from the address', () => {
    visit('/?utm_source=mail&year=3000&lang=fr');
    renderHook(() => useUrlSync());
    expect(state().view.lang).toBe('fr');
    expect(state().notices).toEqual([
      { key: 'utm_source', value: 'mail', reason: 'unknown-parameter' },
      { key: 'year', value: '3000', reason: 'invalid-value' },
    ]);
    expect(here()).toBe('/?lang=fr');
  });

  it('pushes the canonical URL on every view change, keeping path and hash', () => {
    visit('/app#notes');
    renderHook(() => useUrlSync());
    const length = window.history.length;
    act(() => state().setPanel('table'));
    expect(here()).toBe('/app?panel=table#notes');
    act(() => state().toggleCountry('DEU'));
    expect(here()).toBe('/app?countries=DEU&panel=table#notes');
    expect(window.history.length).toBe(length + 2);
    act(() => state().toggleCountry('DEU'));
    act(() => state().setPanel('map'));
    expect(here()).toBe('/app#notes');
    expect(window.history.length).toBe(length + 4);
  });

  it('does not push when nothing changes', () => {
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => state().setPanel('map'));
    act(() => state().setNotices([{ key: 'x', value: '', reason: 'unknown-parameter' }]));
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('replaces instead of pushing for changes that ask for it (a playing time slider)', () => {
    renderHook(() => useUrlSync());
    const length = window.history.length;
    act(() => state().setPeriod('2018', { history: 'replace' }));
    act(() => state().setPeriod('2019', { history: 'replace' }));
    act(() => state().setPeriod('2020', { history: 'replace' }));
    expect(here()).toBe('/?year=2020');
    expect(window.history.length).toBe(length);
  });

  it('restores the view on popstate without pushing', () => {
    renderHook(() => useUrlSync());
    act(() => state().setPanel('table'));
    const push = vi.spyOn(window.history, 'pushState');
    popTo('/?year=2010&countries=FRA');
    push.mockClear();
    popTo('/?year=2011');
    expect(state().view).toEqual({ ...DEFAULT_VIEW, period: '2011' });
    expect(push).toHaveBeenCalledTimes(1); // popTo's own pushState only
    expect(here()).toBe('/?year=2011');
  });

  it('canonicalises a non-canonical address reached by popstate with replaceState', () => {
    renderHook(() => useUrlSync());
    popTo('/?countries=fra&nonsense=1');
    expect(state().view.countries).toEqual(['FRA']);
    expect(here()).toBe('/?countries=FRA');
    expect(state().notices).toEqual([{ key: 'nonsense', value: '1', reason: 'unknown-parameter' }]);
  });

  it('follows real back and forward navigation', async () => {
    renderHook(() => useUrlSync());
    act(() => state().setPanel('table'));
    act(() => state().setPeriod('2020'));
    act(() => window.history.back());
    await waitFor(() => expect(state().view).toEqual({ ...DEFAULT_VIEW, panel: 'table' }));
    expect(here()).toBe('/?panel=table');
    act(() => window.history.back());
    await waitFor(() => expect(state().view).toEqual(DEFAULT_VIEW));
    act(() => window.history.forward());
    await waitFor(() => expect(state().view.panel).toBe('table'));
  });

  it('stops listening when unmounted', () => {
    const { unmount } = renderHook(() => useUrlSync());
    unmount();
    act(() => state().setPanel('table'));
    expect(here()).toBe('/');
    popTo('/?year=2001');
    expect(state().view.period).toBeNull();
  });

  it('behaves the same under StrictMode (effects run twice)', () => {
    visit('/?lang=es&bogus=1');
    const length = window.history.length;
    renderHook(() => useUrlSync(), { wrapper: ({ children }: { children: ReactNode }) => <StrictMode>{children}</StrictMode> });
    expect(state().view.lang).toBe('es');
    expect(state().notices).toHaveLength(1);
    act(() => state().setPanel('series'));
    expect(window.history.length).toBe(length + 1);
    expect(here()).toBe('/?panel=series&lang=es');
  });

  it('survives a browser refusing history updates', () => {
    renderHook(() => useUrlSync());
    vi.spyOn(window.history, 'pushState').mockImplementation(() => {
      throw new DOMException('throttled', 'SecurityError');
    });
    expect(() => act(() => state().setPanel('table'))).not.toThrow();
    expect(state().view.panel).toBe('table');
  });

  it('can be run before the first render', () => {
    visit('/?panel=table');
    syncStoreFromLocation();
    expect(state().view.panel).toBe('table');
  });
});

describe('useCatalogReconcile', () => {
  const useBoth = (c: Catalog | undefined) => {
    useUrlSync();
    useCatalogReconcile(c);
  };

  it('fixes the view once the catalog is loaded, replacing (not pushing) the entry, and appends notices', () => {
    visit('/?indicator=nope&countries=DEU~XXX&foo=bar');
    const length = window.history.length;
    const { rerender } = renderHook(({ c }: { c: Catalog | undefined }) => useBoth(c), { initialProps: { c: undefined as Catalog | undefined } });
    expect(state().view.countries).toEqual(['DEU', 'XXX']);
    expect(here()).toBe('/?indicator=nope&countries=DEU~XXX');
    rerender({ c: catalog });
    expect(state().view).toEqual({ ...DEFAULT_VIEW, countries: ['DEU'] });
    expect(here()).toBe('/?countries=DEU');
    expect(window.history.length).toBe(length);
    expect(state().notices).toEqual([
      { key: 'foo', value: 'bar', reason: 'unknown-parameter' },
      { key: 'indicator', value: 'nope', reason: 'not-in-catalog' },
      { key: 'countries', value: 'XXX', reason: 'not-in-catalog' },
    ]);
  });

  it('does nothing when the view is already consistent', () => {
    visit('/?countries=DEU');
    const { rerender } = renderHook(({ c }: { c: Catalog | undefined }) => useBoth(c), { initialProps: { c: undefined as Catalog | undefined } });
    const before = state().view;
    const replace = vi.spyOn(window.history, 'replaceState');
    rerender({ c: catalog });
    expect(state().view).toBe(before);
    expect(replace).not.toHaveBeenCalled();
    expect(state().notices).toEqual([]);
  });

  it('reconciles views restored by going back too', () => {
    renderHook(() => useBoth(catalog));
    popTo('/?source=nope&od=origin~SYR');
    expect(state().view).toEqual({ ...DEFAULT_VIEW, map: { ...DEFAULT_VIEW.map, od: { role: 'origin', focus: 'SYR' } } });
    expect(here()).toBe('/?od=origin~SYR');
    expect(state().notices).toEqual([{ key: 'source', value: 'nope', reason: 'not-in-catalog' }]);
  });

  it('works when the catalog is already there on mount', () => {
    visit('/?indicator=net-migration&od=origin~SYR');
    renderHook(() => useBoth(catalog));
    expect(state().view.indicator).toBe('net-migration');
    expect(state().view.map.od).toBeNull();
    expect(here()).toBe('/?indicator=net-migration');
  });
});
