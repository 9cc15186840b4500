/**
 * Whether the service worker has replaced the cached data with a newer release while this page
 * shows the older one (src/sw/register.ts sets it; StatusNotices shows the notice). Kept tiny: it is
 * part of the first load.
 */
import { useSyncExternalStore } from 'react';

let replaced = false;
const listeners = new Set<() => void>();

export function markReleaseReplaced(): void {
  replaced = true;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener));

export const useReleaseReplaced = (): boolean => useSyncExternalStore(subscribe, () => replaced);
