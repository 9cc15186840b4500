import type { QueryClient } from '@tanstack/react-query';

/**
 * Resolves once `after` has and no query of the client is fetching (the view's files are in and
 * decoded, or have failed), or after `capMs` at the latest. The service worker's first install waits
 * for this: caching the whole app competes on a small machine with the first view's files and the
 * boundaries' decoding (issue #20).
 */
export function whenDataSettled(queryClient: QueryClient, after: Promise<unknown>, capMs: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, capMs);
    void after.then(() => {
      const check = () => queryClient.isFetching() === 0 && (unsubscribe(), resolve());
      const unsubscribe = queryClient.getQueryCache().subscribe(check);
      check();
    });
  });
}
