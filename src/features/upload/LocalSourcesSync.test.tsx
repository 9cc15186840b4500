import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import type { Catalog } from '../../contract/schema';
import { createLocalSourceStore, LocalSourcesContext, memoryPersistence, type LocalSource } from '../../data/localSources';
import { queryKeys } from '../../data/queries';
import { LocalSourcesSync } from './LocalSourcesSync';

const mine: LocalSource = {
  source: { ...fixtureCatalog.sources[0]!, id: 'upload-mine-ab12', name: 'Mine', demo: false },
  indicator: 'migrant-stock',
  series: {
    contract: fixtureCatalog.contract,
    indicator: 'migrant-stock',
    source: 'upload-mine-ab12',
    slice: 'total',
    focus: null,
    releaseDate: '2026-11-29',
    columns: { geo: ['DEU'], period: ['2020'], value: [1] },
  },
  file: { name: 'mine.csv', bytes: 10 },
  added: '2026-11-29T10:00:00.000Z',
};

describe('LocalSourcesSync', () => {
  it('adds to a catalog given before storage answered the sources that storage held, even those loaded before it mounted', async () => {
    const store = createLocalSourceStore(memoryPersistence([mine]));
    await store.ready; // loaded before the sync is mounted: no change event left to hear
    const queryClient = new QueryClient();
    queryClient.setQueryData<Catalog>(queryKeys.catalog, structuredClone(fixtureCatalog));
    render(
      <QueryClientProvider client={queryClient}>
        <LocalSourcesContext.Provider value={store}>
          <LocalSourcesSync />
        </LocalSourcesContext.Provider>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(queryClient.getQueryData<Catalog>(queryKeys.catalog)?.sources.some((s) => s.id === 'upload-mine-ab12')).toBe(true));
  });
});
