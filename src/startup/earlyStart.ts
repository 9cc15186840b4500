/**
 * What the entry starts before React renders (issue #20): the catalog, then the series of the view
 * the link names, and for the map panel the boundaries and the first frame's code (the map engine
 * waits for that frame: src/features/map/MapPanel.tsx),
 * so that none of them waits for React to mount and ask. Each request goes into the query client
 * under the key its hook uses, through the same typed client (validated at the boundary), so the
 * hooks find it in flight or done and never fetch twice. index.html's preload hints (vite.config.ts)
 * start the catalog and the default series before this module has even loaded.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../data/client';
import type { Catalog, Level } from '../contract/schema';
import type { BilateralRef, SeriesRef } from '../data/client';
import { catalogIndex } from '../data/catalogIndex';
import { queryKeys } from '../data/queries';
import { resolveView } from '../data/resolveView';
import type { ViewState } from '../state/viewState';

export interface EarlyStartDeps {
  queryClient: QueryClient;
  api: ApiClient;
  /** The view the link names (after the store has read the location). */
  view: ViewState;
  /** For the map panel: the first frame's code loading, and for a country-level link the country boundaries into the query client. */
  startMap?: (countries: boolean) => void;
  /** For a map link below the country level, once the catalog names the level's file: its boundaries (and the map's level code). */
  startLevel?: (level: Level) => void;
  /** For a panel that first shows other files than the view's series (Compare: both sides'), which files, once the catalog is here. */
  panelFiles?: (catalog: Catalog) => Promise<{ series: SeriesRef[]; bilateral: BilateralRef[] }>;
}

/**
 * Starts the view's data (and the map's) loading; resolves once the files it asked for are in the
 * query client or have failed (at once where it asked for none).
 */
export async function startEarly({ queryClient, api, view, startMap, startLevel, panelFiles }: EarlyStartDeps): Promise<void> {
  const map = view.panel === 'map';
  if (map) startMap?.(view.level === 'country');
  const catalog = await queryClient
    .fetchQuery({ queryKey: queryKeys.catalog, queryFn: ({ signal }) => api.catalog(signal), staleTime: Infinity })
    .catch(
      () => null, // the panels show the failure (and offer to retry) as they would have
    );
  if (!catalog) return;
  const level = map && view.level !== 'country' ? catalogIndex(catalog).level(view.level) : undefined;
  if (level) startLevel?.(level);
  const files = panelFiles?.(catalog).then(({ series, bilateral }) =>
    Promise.all([
      ...series.map((ref) =>
        queryClient.prefetchQuery({ queryKey: queryKeys.series(ref), queryFn: ({ signal }) => api.series(ref, signal), staleTime: Infinity }),
      ),
      ...bilateral.map((ref) =>
        queryClient.prefetchQuery({ queryKey: queryKeys.bilateral(ref), queryFn: ({ signal }) => api.bilateral(ref, signal), staleTime: Infinity }),
      ),
    ]),
  );
  const panel = files?.catch(() => undefined); // the panel asks for them itself
  const resolved = resolveView(catalog, view);
  if (!resolved?.perCountry) {
    await panel;
    return;
  }
  const ref = { indicator: resolved.indicator.id, source: resolved.source.id, slice: resolved.slice };
  await Promise.all([
    panel,
    queryClient.prefetchQuery({ queryKey: queryKeys.series(ref), queryFn: ({ signal }) => api.series(ref, signal), staleTime: Infinity }),
  ]);
}
