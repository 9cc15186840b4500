/**
 * Saved views, briefings and presenter mode (briefingStore.ts) load only when this browser may have
 * something for them: saved data or backups in localStorage, storage that cannot be read, a
 * ?briefing= link, another tab's save, or the "Views & briefings" panel opened. Until then the app
 * shows no notice about saved data and presents nothing, which is what the store would say too.
 */
import { useSyncExternalStore } from 'react';
import type { Presenting, useBriefingStore } from './briefingStore';
import { takeBriefingParam } from './briefingParam';
import { browserStorage } from '../../lib/browserStorage';
import { STORAGE_KEY, SLOT_KEYS, isBackupKey } from './storageKeys';

type BriefingStoreHook = typeof useBriefingStore;

let store: BriefingStoreHook | null = null;
let loading: Promise<BriefingStoreHook> | null = null;
const onRegister = new Set<() => void>();

/** Called by briefingStore.ts as it is evaluated, whoever imported it. */
export function registerBriefingStore(hook: BriefingStoreHook): void {
  store = hook;
  for (const listener of onRegister) listener();
}

export function loadBriefingStore(): Promise<BriefingStoreHook> {
  loading ??= import('./briefingStore').then((module) => module.useBriefingStore);
  loading.catch(() => {
    loading = null; // the next reason to load tries again
  });
  return loading;
}

/** Whether localStorage holds saved data or a backup, or cannot be read (the store then says so). */
export function holdsSavedData(storage: Pick<Storage, 'getItem'> | null): boolean {
  if (!storage) return true;
  try {
    return [STORAGE_KEY, ...SLOT_KEYS].some((key) => storage.getItem(key) !== null);
  } catch {
    return true;
  }
}

/**
 * At startup: loads the store where there is saved data to read or report, and follows other tabs'
 * saves (a first save elsewhere loads it; later ones merge into this tab's lists). Returns whether
 * it loads the store now, and the stop of the following (for tests).
 */
export function startBriefings(storage: Pick<Storage, 'getItem'> | null = browserStorage()): { loading: boolean; stop: () => void } {
  const loading = holdsSavedData(storage);
  if (loading) void loadBriefingStore().catch(() => undefined);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null && !isBackupKey(event.key)) return;
    if (store) store.getState().resync();
    else if (event.key !== null) void loadBriefingStore().catch(() => undefined);
  };
  window.addEventListener('storage', onStorage);
  return { loading, stop: () => window.removeEventListener('storage', onStorage) };
}

/**
 * Takes ?briefing=… out of the address before the URL codec reads it (which would report it as
 * unknown), and hands what it holds to the store, whose notice offers to present or keep it. Call
 * before the first render.
 */
export function takeBriefingFromLocation(): void {
  try {
    const { value, rest } = takeBriefingParam(window.location.search);
    if (value === null) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${rest}${hash}`);
    // The reader loads only for such a link.
    void Promise.all([loadBriefingStore(), import('./briefingTransfer')]).then(
      ([hook, { decodeBriefingLink }]) => {
        const result = decodeBriefingLink(value);
        hook.getState().setIncoming(result.ok ? { briefing: result.briefing, dropped: result.dropped } : { error: result.error });
      },
      () => store?.getState().setIncoming({ error: 'not-a-briefing' }),
    );
  } catch {
    // A location that cannot be read or rewritten: nothing to take.
  }
}

function subscribe(listener: () => void): () => void {
  let inner = store?.subscribe(listener) ?? null;
  const registered = () => {
    inner ??= store?.subscribe(listener) ?? null;
    listener();
  };
  onRegister.add(registered);
  return () => {
    onRegister.delete(registered);
    inner?.();
  };
}

const presentingNow = (): Presenting | null => store?.getState().presenting ?? null;
const loadedNow = (): boolean => store !== null;

/** The briefing being presented, or null (also while the store has not loaded). */
export const usePresenting = (): Presenting | null => useSyncExternalStore(subscribe, presentingNow, presentingNow);

/** The name of the step on screen while presenting (its saved view's name), or null: the presenter titles the step with it. */
export const presentedStepTitle = (presenting: Presenting | null): string | null => presenting?.briefing.steps[presenting.index]?.title || null;

/** Whether the store has loaded: its notices are shown from then on. */
export const useBriefingStoreLoaded = (): boolean => useSyncExternalStore(subscribe, loadedNow, loadedNow);
