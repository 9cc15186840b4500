/**
 * Keeps the view store and the query string in step. The codec (urlCodec.ts) is the only owner
 * of the query string: other parameters are reported and dropped. The path and the hash are kept.
 */
import { useLayoutEffect } from 'react';
import { useViewStore, type HistoryMode } from './store';
import { parseView, serializeView } from './urlCodec';
import type { ViewState } from './viewState';

/** True while the store is being set from the location: such changes must not be written back as new entries. */
let applyingLocation = false;

/** Writes the canonical URL of a view, unless the address already says it. */
function writeLocation(view: ViewState, mode: HistoryMode): void {
  const search = serializeView(view);
  const { pathname, hash } = window.location;
  if (search === window.location.search) return;
  const url = `${pathname}${search}${hash}`;
  try {
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  } catch {
    // Browsers throttle history updates (Safari throws SecurityError): the next change writes again.
  }
}

/**
 * Reads window.location.search into the store without adding a history entry, adds what was
 * left out to the notices, and replaces the address with the canonical one. Idempotent.
 * useUrlSync calls it on mount and on popstate; the app may also call it once before the first
 * render so that the first render already shows the linked view.
 */
export function syncStoreFromLocation(): void {
  const { view, ignored } = parseView(window.location.search);
  const store = useViewStore.getState();
  store.addNotices(ignored);
  applyingLocation = true;
  try {
    store.replaceView(view, { history: 'replace' });
  } finally {
    applyingLocation = false;
  }
  writeLocation(useViewStore.getState().view, 'replace');
}

/**
 * Two-way URL sync; use once, at the app root. On mount the URL is read into the store; then
 * every view change is written with pushState (replaceState when the change asked for it, see
 * ChangeOptions), and going back or forward (popstate) restores the view without pushing.
 */
export function useUrlSync(): void {
  useLayoutEffect(() => {
    syncStoreFromLocation();
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (applyingLocation || state.view === previous.view) return;
      // Read the latest state: a listener that ran before this one may have changed it again.
      const { view, historyMode } = useViewStore.getState();
      writeLocation(view, historyMode);
    });
    window.addEventListener('popstate', syncStoreFromLocation);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', syncStoreFromLocation);
    };
  }, []);
}
