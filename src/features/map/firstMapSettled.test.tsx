import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/server';
import { resetViewStore, useViewStore } from '../../state/store';
import { renderAppAt } from '../../app/renderAppAt.test-utils';
import { FakeMap } from './maplibreMock.test-utils';
import { mapReady } from './mapReady.test-utils';
import { testTopology } from './topologyFixture.test-utils';

vi.mock('maplibre-gl', async () => (await import('./maplibreMock.test-utils')).maplibreModule);
const webgl = vi.hoisted(() => ({ available: true }));
vi.mock('./webgl', () => ({ forgetWebGL: () => undefined, hasWebGL: () => webgl.available }));
/** What the map showed each time it said the first map had settled (the service worker's install waits for the first). */
const settledWith = vi.hoisted(() => [] as (string | null)[]);
vi.mock('./firstMapSettled', () => ({
  firstMapSettled: Promise.resolve(),
  markFirstMapSettled: () => settledWith.push(document.querySelector<HTMLElement>('.map-canvas')?.dataset.idleKey ?? null),
}));

beforeEach(() => {
  resetViewStore();
  FakeMap.reset();
  webgl.available = true;
  settledWith.length = 0;
  server.use(http.get('*/geo/countries.topo.json', () => HttpResponse.json(testTopology)));
});

describe('the first map settles (for the service worker to install after it)', () => {
  it('once the engine has drawn the figures, not before', async () => {
    renderAppAt('?year=2020');
    await mapReady();
    await waitFor(() => expect(settledWith.length).toBeGreaterThan(0));
    expect(settledWith[0]).toMatch(/\|2020\|.*\|data$/);
  });

  it('at once where no engine is coming (no WebGL)', async () => {
    webgl.available = false;
    renderAppAt('?year=2020');
    expect(await screen.findByText(/WebGL is not available/)).toBeInTheDocument();
    await waitFor(() => expect(settledWith).toEqual([null]));
  });

  it('when the engine fails to start', async () => {
    FakeMap.failNext = new Error('Failed to initialize WebGL');
    renderAppAt('?year=2020');
    expect(await screen.findByText(/The map could not be drawn/)).toBeInTheDocument();
    await waitFor(() => expect(settledWith.length).toBeGreaterThan(0));
  });

  it('when the map leaves the screen (another panel), drawn or not', async () => {
    renderAppAt('?year=2020');
    expect(await screen.findByRole('region', { name: /^Legend/ })).toBeInTheDocument();
    const before = settledWith.length;
    act(() => useViewStore.getState().setPanel('table'));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(settledWith.length).toBeGreaterThan(before);
  });
});
