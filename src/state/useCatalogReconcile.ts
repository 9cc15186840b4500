import { useEffect } from 'react';
import type { Catalog } from '../contract/schema';
import { useViewStore } from './store';

/**
 * Once the catalog is loaded, reconciles the view with it: what the link asked for but the data
 * does not have is left out (the history entry is replaced, not pushed) and listed in the
 * notices. From then on the store keeps every view reconciled, including views restored by
 * going back. Use once, at the app root, next to useUrlSync.
 */
export function useCatalogReconcile(catalog: Catalog | undefined): void {
  useEffect(() => {
    if (catalog) useViewStore.getState().setCatalog(catalog);
  }, [catalog]);
}
