/**
 * Registers the service worker (src/sw/sw.ts, built as `sw.js` at the app's base), scoped to the
 * app's base so that it works under a sub-path. Loaded by the entry after the first paint, in
 * production builds only. Then hands the worker what this page loaded before the worker controlled
 * it (so the first visit already works offline), marks `<html data-sw="ready">` once that is cached
 * (the browser tests and the bench wait for it), and listens for a data release the worker has
 * replaced (the notice, src/sw/releaseState.ts).
 */
import { markReleaseReplaced } from './releaseState';

export async function registerServiceWorker(): Promise<void> {
  const container = navigator.serviceWorker;
  const base = import.meta.env.BASE_URL;
  container.addEventListener('message', (event: MessageEvent<{ type?: string } | null>) => {
    if (event.data?.type === 'ml:release-replaced') markReleaseReplaced();
    if (event.data?.type === 'ml:warmed') document.documentElement.dataset.sw = 'ready';
  });
  container.startMessages();
  // Messages sent before this listener existed are lost: the worker says again whether this page's data was replaced.
  container.controller?.postMessage({ type: 'ml:hello' });
  await container.register(`${base}sw.js`, { scope: base });
  const registration = await container.ready;
  const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
  registration.active?.postMessage({ type: 'ml:warm', urls });
}
