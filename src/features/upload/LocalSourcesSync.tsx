import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Catalog } from '../../contract/schema';
import { isLocalSourceId, mergeCatalog, useLocalSourceStore } from '../../data/localSources';
import { queryKeys } from '../../data/queries';
import { useViewStore } from '../../state/store';

/**
 * Keeps the loaded catalog in step with the uploaded sources, without fetching it again: a source
 * added or removed is merged into (or out of) the cached catalog, and the cached series of a
 * removed one are dropped. Use once, inside the QueryClientProvider.
 */
export function LocalSourcesSync() {
  const queryClient = useQueryClient();
  const store = useLocalSourceStore();
  useEffect(() => {
    if (!store) return;
    const sync = () => {
      const entries = store.list();
      queryClient.setQueryData<Catalog>(queryKeys.catalog, (catalog) => (catalog ? mergeCatalog(catalog, entries) : catalog));
      const ids = new Set(entries.map((entry) => entry.source.id));
      queryClient.removeQueries({
        predicate: (query) => {
          const [kind, , source] = query.queryKey;
          return (kind === 'series' || kind === 'bilateral') && typeof source === 'string' && isLocalSourceId(source) && !ids.has(source);
        },
      });
    };
    // Entries that loaded before this effect ran (the catalog may not have waited for them) are merged now.
    sync();
    return store.subscribe(sync);
  }, [queryClient, store]);
  return null;
}

/** Runs `then` once the catalog the view store reconciles with lists the source (at most `timeoutMs` later). */
export function whenSourceKnown(id: string, then: () => void, timeoutMs = 5000): void {
  const known = () => useViewStore.getState().catalogIndex?.source(id) !== undefined;
  if (known()) {
    then();
    return;
  }
  const timer = setTimeout(() => unsubscribe(), timeoutMs);
  const unsubscribe = useViewStore.subscribe(() => {
    if (!known()) return;
    clearTimeout(timer);
    unsubscribe();
    then();
  });
}
