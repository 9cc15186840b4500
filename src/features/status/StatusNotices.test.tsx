import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import { FetchError } from '../../contract/errors';
import { ApiContext } from '../../data/ApiContext';
import type { ApiClient } from '../../data/client';
import { createQueryClient } from '../../data/queryClient';
import { resetViewStore } from '../../state/store';
import { markReleaseReplaced } from '../../sw/releaseState';
import { formatAge } from './age';
import { StatusNotices } from './StatusNotices';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));
}

const api = { catalog: async () => fixtureCatalog } as unknown as ApiClient;
let failing = false;
let calls = 0;
function Figures() {
  const query = useQuery({
    queryKey: ['series', 'migrant-stock', 'census', 'total'],
    queryFn: async () => {
      calls += 1;
      if (failing) throw new FetchError('series/migrant-stock/census.json', 500);
      return `figures #${calls}`;
    },
    staleTime: Infinity,
  });
  return <p>{query.data ?? 'none'}</p>;
}

beforeEach(() => {
  resetViewStore();
  failing = false;
  calls = 0;
});
afterEach(() => vi.restoreAllMocks());

describe('status notices', () => {
  it('show an offline notice while the browser is offline', () => {
    render(
      <QueryClientProvider client={createQueryClient({ retryDelayMs: 1 })}>
        <StatusNotices />
      </QueryClientProvider>,
    );
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument();
    setOnline(false);
    expect(screen.getByRole('status')).toHaveTextContent('You are offline.');
    setOnline(true);
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument();
  });

  it('refresh what is on screen when the connection comes back; a failed refresh keeps the figures and says how old they are', async () => {
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={createQueryClient({ retryDelayMs: 1 })}>
        <ApiContext.Provider value={api}>
          <StatusNotices />
          <Figures />
        </ApiContext.Provider>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('figures #1')).toBeInTheDocument();
    failing = true;
    setOnline(false);
    setOnline(true);
    const stale = await screen.findByText(
      /Could not refresh International migrant stock from Census & registers \(demo\): showing figures loaded \d+ seconds? ago\./,
    );
    expect(screen.getByText('figures #1')).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/figures #\d/)).not.toHaveTextContent('figures #1');
    expect(stale).not.toBeInTheDocument();
  });

  it('say ages in words in the language', () => {
    const now = Date.UTC(2026, 10, 29, 12);
    expect(formatAge(now - 5_000, now, 'en')).toBe('5 seconds ago');
    expect(formatAge(now - 3 * 60_000, now, 'fr')).toBe('il y a 3 minutes');
    expect(formatAge(now - 5 * 3_600_000, now, 'es')).toBe('hace 5 horas');
    expect(formatAge(now - 3 * 86_400_000, now, 'en')).toBe('3 days ago');
  });

  // Last: the release state is the page's, and stays set once the service worker has said so.
  it('say when the service worker has loaded a newer data release, with a reload', () => {
    render(
      <QueryClientProvider client={createQueryClient({ retryDelayMs: 1 })}>
        <StatusNotices />
      </QueryClientProvider>,
    );
    expect(screen.queryByText(/newer data release/)).not.toBeInTheDocument();
    act(() => markReleaseReplaced());
    expect(screen.getByRole('status')).toHaveTextContent('A newer data release has been loaded.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
