/**
 * Connection and freshness notices: an offline notice (navigator.onLine and its events), and,
 * when a refresh of data already on screen fails, what could not be refreshed and how old the
 * figures shown are, with a retry. Coming back online refreshes what is on screen.
 */
import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useCatalog } from '../../data/queries';
import { catalogIndex } from '../../data/catalogIndex';
import { useT } from '../../i18n/useT';
import { formatAge } from './age';
import { useOnline } from '../../lib/useOnline';
import { useReleaseReplaced } from '../../sw/releaseState';

/** Queries that have data but whose latest fetch failed: the data on screen is stale. */
function staleQueries(queries: Query[]): Query[] {
  return queries.filter((q) => q.state.status === 'error' && q.state.data !== undefined && q.getObserversCount() > 0);
}

/** What a query loads, in words: "the data catalog", "International migrant stock from Census", or its key. */
function useDescribe(): (query: Query) => string {
  const { t } = useT();
  const catalog = useCatalog().data;
  return (query) => {
    const [kind, indicatorId, sourceId] = query.queryKey;
    if (kind === 'catalog') return t('what.catalog');
    const indicator = catalog && catalogIndex(catalog).indicator(indicatorId);
    const source = catalog && catalogIndex(catalog).source(sourceId);
    if ((kind === 'series' || kind === 'bilateral') && indicator && source)
      return t('what.series', { indicator: indicator.label, source: source.name });
    return query.queryKey.filter((part) => typeof part === 'string').join(' / ');
  };
}

function useStaleQueries(): Query[] {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const signature = useSyncExternalStore(
    (listener) => cache.subscribe(listener),
    () =>
      staleQueries(cache.getAll())
        .map((q) => q.queryHash)
        .join('|'),
  );
  return signature === '' ? [] : staleQueries(cache.getAll());
}

/** Refetches the queries on screen when the connection comes back. */
function useRefreshOnReconnect(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onOnline = () => void queryClient.refetchQueries({ type: 'active' });
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [queryClient]);
}

/** Seconds since the epoch, ticking every second while the component is mounted. */
function subscribeClock(listener: () => void): () => void {
  const id = window.setInterval(listener, 1000);
  return () => window.clearInterval(id);
}
const clock = () => Math.floor(Date.now() / 1000);
function useClock(): number {
  return useSyncExternalStore(subscribeClock, clock, clock) * 1000;
}

export function StatusNotices() {
  const { t } = useT();
  const online = useOnline();
  const stale = useStaleQueries();
  const replaced = useReleaseReplaced();
  useRefreshOnReconnect();
  return (
    <>
      {replaced && (
        <div className="notice notice--release" role="status">
          <p>{t('status.newRelease')}</p>
          <button type="button" className="button-quiet" onClick={() => window.location.reload()}>
            {t('status.reload')}
          </button>
        </div>
      )}
      {!online && (
        <div className="notice notice--offline" role="status">
          <p>{t('status.offline')}</p>
        </div>
      )}
      {stale.length > 0 && <StaleNotice stale={stale} />}
    </>
  );
}

/** Figures on screen whose refresh failed: what they are, how old, and a retry. Mounted only while there are some. */
function StaleNotice({ stale }: { stale: Query[] }) {
  const { t, lang } = useT();
  const now = useClock();
  const describe = useDescribe();
  const oldest = stale.reduce((min, q) => Math.min(min, q.state.dataUpdatedAt), Infinity);
  const age = formatAge(oldest, Math.max(now, oldest), lang);
  return (
    <div className="notice notice--stale" role="status">
      <p>{stale.length === 1 ? t('status.stale', { what: describe(stale[0]!), age }) : t('status.staleMany', { count: stale.length, age })}</p>
      <button type="button" className="button-quiet" onClick={() => stale.forEach((q) => void q.fetch())}>
        {t('state.retry')}
      </button>
    </div>
  );
}
