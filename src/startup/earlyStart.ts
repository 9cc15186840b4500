/**
 * What the entry starts before React renders (issue #20): the catalog, then the series of the view
 * the link names, and for the map panel the boundaries and the map engine (its chunk and worker),
 * so that none of them waits for React to mount and ask. Each request goes into the query client
 * under the key its hook uses, through the same typed client (validated at the boundary), so the
 * hooks find it in flight or done and never fetch twice. index.html's preload hints (vite.config.ts)
 * start the catalog and the default series before this module has even loaded.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../data/client';
import { queryKeys } from '../data/queries';
import { resolveView } from '../data/resolveView';
import type { ViewState } from '../state/viewState';

export interface EarlyStartDeps {
  queryClient: QueryClient;
  api: ApiClient;
  /** The view the link names (after the store has read the location). */
  view: ViewState;
  /** For the map panel: the boundaries into the query client, and the map engine loading. */
  startMap?: () => void;
}

/** Starts the view's data (and the map's) loading; resolves when the series has been asked for (or not). */
export async function startEarly({ queryClient, api, view, startMap }: EarlyStartDeps): Promise<void> {
  if (view.panel === 'map') startMap?.();
  const catalog = await queryClient
    .fetchQuery({ queryKey: queryKeys.catalog, queryFn: ({ signal }) => api.catalog(signal), staleTime: Infinity })
    .catch(
      () => null, // the panels show the failure (and offer to retry) as they would have
    );
  if (!catalog) return;
  const resolved = resolveView(catalog, view);
  if (!resolved?.perCountry) return;
  const ref = { indicator: resolved.indicator.id, source: resolved.source.id, slice: resolved.slice };
  void queryClient.prefetchQuery({ queryKey: queryKeys.series(ref), queryFn: ({ signal }) => api.series(ref, signal), staleTime: Infinity });
}
