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
 * How long the catalog waits for the files the view shows first, so that the page renders them with
 * it: one render of the whole page instead of two (issue #20). A file that takes longer comes after,
 * as it would have.
 */
export const FIRST_FILES_WAIT_MS = 500;

/** Resolves when `work` has settled, or after `ms`, whichever comes first. */
function within(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void work.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Starts the view's data (and the map's) loading; resolves once the catalog is in the query client (or failed). */
export async function startEarly(deps: EarlyStartDeps): Promise<void> {
  const { queryClient, api, view, startMap } = deps;
  if (view.panel === 'map') startMap?.(view.level === 'country');
  await queryClient
    .fetchQuery({
      queryKey: queryKeys.catalog,
      queryFn: async ({ signal }) => {
        const catalog = await api.catalog(signal);
        await within(startFirstFiles(deps, catalog), FIRST_FILES_WAIT_MS);
        return catalog;
      },
      staleTime: Infinity,
    })
    .catch(
      () => null, // the panels show the failure (and offer to retry) as they would have
    );
}

/** Asks for the files the view shows first (the level's boundaries, the panel's files, the view's series); settles once they have. */
function startFirstFiles({ queryClient, api, view, startLevel, panelFiles }: EarlyStartDeps, catalog: Catalog): Promise<unknown> {
  const level = view.panel === 'map' && view.level !== 'country' ? catalogIndex(catalog).level(view.level) : undefined;
  if (level) startLevel?.(level);
  const series = (ref: SeriesRef) =>
    queryClient.prefetchQuery({ queryKey: queryKeys.series(ref), queryFn: ({ signal }) => api.series(ref, signal), staleTime: Infinity });
  const bilateral = (ref: BilateralRef) =>
    queryClient.prefetchQuery({ queryKey: queryKeys.bilateral(ref), queryFn: ({ signal }) => api.bilateral(ref, signal), staleTime: Infinity });
  const files = (panelFiles?.(catalog) ?? Promise.resolve({ series: [], bilateral: [] }))
    .then((first) => Promise.all([...first.series.map(series), ...first.bilateral.map(bilateral)]))
    .catch(() => undefined); // the panel asks for them itself
  const resolved = resolveView(catalog, view);
  const own = resolved?.perCountry ? series({ indicator: resolved.indicator.id, source: resolved.source.id, slice: resolved.slice }) : undefined;
  return Promise.all([files, own]);
}
