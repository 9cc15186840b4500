import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureHandlers, server, TEST_DATA_BASE } from '../../mocks/server';
import { createApiClient } from '../data/client';
import { createQueryClient } from '../data/queryClient';
import { REQUEST_TIMEOUT_MS, SLOW_NOTICE_MS } from '../data/timing';
import { resetViewStore } from '../state/store';
import { App } from './App';

beforeEach(() => {
  resetViewStore();
  // Only the timers are fake; real time still passes, so msw and the page's promises run as usual.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

describe('a data source that never answers', () => {
  it('shows loading, then that the source is slow, then at the time-out that it is not answering, and Try again loads it', async () => {
    server.use(...fixtureHandlers({ scenario: 'no-answer', target: 'series/migrant-stock/census.json' }));
    window.history.replaceState(null, '', '/?panel=table&year=2020');
    render(<App queryClient={createQueryClient({ retryDelayMs: 1 })} api={createApiClient(TEST_DATA_BASE)} />);

    await screen.findByRole('combobox', { name: 'Indicator' });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByText(/slow to answer/)).not.toBeInTheDocument();

    await advance(SLOW_NOTICE_MS);
    expect(await screen.findByText('Still loading: the server is slow to answer.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await advance(REQUEST_TIMEOUT_MS - SLOW_NOTICE_MS);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load International migrant stock from Census & registers (demo).');
    expect(alert).toHaveTextContent(`The data source is not answering: no reply within ${REQUEST_TIMEOUT_MS / 1000} seconds.`);
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();

    server.resetHandlers();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });
});
