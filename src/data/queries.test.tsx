import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fixtureCatalog, fixtureSeries } from '../../mocks/fixtures/dataset';
import { FetchError } from '../contract/errors';
import { ApiContext } from './ApiContext';
import type { ApiClient, SeriesRef } from './client';
import { queryKeys, useSeries, DATA_FILE_QUERY } from './queries';
import { createQueryClient } from './queryClient';
import { useSeriesList } from './useSeriesList';

const ref: SeriesRef = { indicator: 'migrant-stock', source: 'census', slice: 'total' };

const state = (query: { data?: unknown; isError: boolean }) => (query.data ? 'shown' : query.isError ? 'missing' : 'waiting');

function Shown() {
  const single = useSeries(ref);
  const [listed] = useSeriesList([ref]);
  return (
    <p>
      {state(single)}, {listed && state(listed)}
      <button onClick={() => void single.refetch()}>Try again</button>
    </p>
  );
}

describe('data file queries', () => {
  it('a file that failed before the panel mounted is reported, not fetched again; Try again fetches it', async () => {
    let missing = true;
    const series = vi.fn(async () => {
      if (missing) throw new FetchError('series/migrant-stock/census.json', 404);
      return fixtureSeries[0]!;
    });
    const api: ApiClient = {
      catalog: async () => fixtureCatalog,
      series,
      bilateral: series,
      manifest: async () => null,
      changes: async () => null,
    };
    const queryClient = createQueryClient();
    // The entry's early start, which fails before React renders.
    await queryClient.prefetchQuery({ queryKey: queryKeys.series(ref), queryFn: () => api.series(ref), ...DATA_FILE_QUERY });
    expect(series).toHaveBeenCalledTimes(1);

    render(
      <QueryClientProvider client={queryClient}>
        <ApiContext.Provider value={api}>
          <Shown />
        </ApiContext.Provider>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('missing, missing')).toBeInTheDocument();
    expect(series).toHaveBeenCalledTimes(1);

    missing = false;
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click());
    expect(await screen.findByText('shown, shown')).toBeInTheDocument();
    expect(series).toHaveBeenCalledTimes(2);
  });
});
