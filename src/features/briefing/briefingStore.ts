/**
 * Saved views, briefings and presenter mode: one zustand store. After every change, and when
 * another tab writes, its lists are merged into what localStorage holds (storage.ts, merge.ts),
 * one tab at a time where the browser has Web Locks. Presenting steps the view store through a
 * briefing's views.
 */
import { create } from 'zustand';
import { useViewStore } from '../../state/store';
import type { ViewState } from '../../state/viewState';
import type { TransferError } from './briefingTransfer';
import { backupsFileText, discardBackups, listBackups } from './backups';
import { idTaken } from './merge';
import { MAX_BRIEFINGS, MAX_SAVED_VIEWS, MAX_STEPS, cleanTitle, newId, viewOfQuery, viewQuery, type Briefing, type SavedView } from './model';
import { loadSaved, syncSaved, type KeyValueStore, type SavedData, type StorageNotice } from './storage';
import { browserStorage } from '../../lib/browserStorage';
import { STORAGE_KEY } from './storageKeys';
import { withWebLock } from './webLock';
import { registerBriefingStore } from './briefingsOnDemand';

export type Incoming = { briefing: Briefing; dropped: number } | { error: TransferError };

export interface Presenting {
  briefing: Briefing;
  index: number;
  /** The view on screen before presenting, restored when leaving. */
  returnTo: ViewState;
}

export interface BriefingStore extends SavedData {
  notices: StorageNotice[];
  /** How many backups of saved data that could not be read are kept aside (backups.ts). */
  backups: number;
  /** A briefing that arrived in a link, waiting for the user to present, keep or dismiss it. */
  incoming: Incoming | null;
  presenting: Presenting | null;

  /** Saves a view under a title; null when the list is full. */
  saveView: (title: string, view: ViewState) => SavedView | null;
  renameView: (id: string, title: string) => void;
  deleteView: (id: string) => void;
  /** Creates an empty briefing (or one with the given steps); null when the list is full. */
  createBriefing: (title: string, steps?: { title: string; query: string }[]) => Briefing | null;
  renameBriefing: (id: string, title: string) => void;
  deleteBriefing: (id: string) => void;
  /** Adds a briefing made elsewhere (an imported file, a link); null when the list is full. */
  keepBriefing: (briefing: Briefing) => Briefing | null;
  addStep: (briefingId: string, step: { title: string; query: string }) => void;
  /** Moves a step by delta places (clamped). */
  moveStep: (briefingId: string, index: number, delta: number) => void;
  removeStep: (briefingId: string, index: number) => void;

  setIncoming: (incoming: Incoming | null) => void;
  dismissNotices: () => void;
  /** The file that "Download" gives: every backup kept aside. */
  backupsFile: (today: string) => string;
  discardBackups: () => void;

  startPresenting: (briefing: Briefing, index?: number) => void;
  goToStep: (index: number) => void;
  stepBy: (delta: number) => void;
  stopPresenting: () => void;

  /** Reads localStorage again, in place of this tab's lists (for tests that change the storage). */
  reload: () => void;
  /** Merges this tab's lists with what another tab wrote, and writes back what that tab did not have. */
  resync: () => void;
}

let storage: KeyValueStore | null = browserStorage();

function initial(): Pick<BriefingStore, keyof SavedData | 'notices' | 'backups'> {
  let { data, notices } = loadSaved(storage);
  // A migrated document, or one with damaged entries, is written back at once as it was read (the
  // original is kept aside), so that discarding the backup is final.
  if (notices.some((n) => n.kind === 'migrated' || n.kind === 'invalid-entries')) ({ data, notices } = syncSaved(storage, data));
  return { ...data, notices: notices.filter((n) => n.kind !== 'migrated'), backups: listBackups(storage).length };
}

const sameNotice = (a: StorageNotice, b: StorageNotice) => JSON.stringify(a) === JSON.stringify(b);

function applyStep(briefing: Briefing, index: number): void {
  const step = briefing.steps[index];
  if (!step) return;
  const { lang } = useViewStore.getState().view;
  useViewStore.getState().replaceView(viewOfQuery(step.query, lang), { history: 'replace' });
}

const now = () => new Date().toISOString();

export const useBriefingStore = create<BriefingStore>()((set, get) => {
  const lists = (): SavedData => {
    const { views, briefings, deleted } = get();
    return { views, briefings, deleted };
  };
  /** Merges this tab's lists into storage and takes the result, noting each new problem once. */
  const persist = () =>
    withWebLock(STORAGE_KEY, () => {
      const { data, notices } = syncSaved(storage, lists());
      const known = get().notices;
      const fresh = notices.filter((n) => n.kind !== 'migrated' && !known.some((k) => sameNotice(k, n)));
      set({ ...data, backups: listBackups(storage).length, ...(fresh.length > 0 ? { notices: [...known, ...fresh] } : {}) });
    });
  /** Sets new lists at once, then writes them. */
  const commit = (data: Partial<SavedData>) => {
    set(data);
    persist();
  };
  const tombstone = (id: string) => [...get().deleted, { id, at: now() }];
  const updateBriefing = (id: string, change: (briefing: Briefing) => Briefing) => {
    const { briefings, presenting } = get();
    const index = briefings.findIndex((b) => b.id === id);
    if (index < 0) return;
    const next = { ...change(briefings[index] as Briefing), updated: now() };
    commit({ briefings: briefings.map((b, i) => (i === index ? next : b)) });
    if (presenting?.briefing.id === id)
      set({ presenting: { ...presenting, briefing: next, index: Math.min(presenting.index, Math.max(0, next.steps.length - 1)) } });
  };

  return {
    ...initial(),
    incoming: null,
    presenting: null,

    saveView: (title, view) => {
      const { views } = get();
      if (views.length >= MAX_SAVED_VIEWS) return null;
      const at = now();
      const saved: SavedView = {
        id: newId('view'),
        title: cleanTitle(title) || viewQuery(view) || '—',
        query: viewQuery(view),
        created: at,
        updated: at,
      };
      commit({ views: [...views, saved] });
      return saved;
    },
    renameView: (id, title) => {
      const clean = cleanTitle(title);
      if (!clean) return;
      commit({ views: get().views.map((view) => (view.id === id ? { ...view, title: clean, updated: now() } : view)) });
    },
    deleteView: (id) => commit({ views: get().views.filter((view) => view.id !== id), deleted: tombstone(id) }),

    createBriefing: (title, steps = []) => {
      const { briefings } = get();
      if (briefings.length >= MAX_BRIEFINGS) return null;
      const briefing: Briefing = {
        id: newId('briefing'),
        title: cleanTitle(title) || '—',
        steps: steps.slice(0, MAX_STEPS).map((step) => ({ id: newId('step'), title: cleanTitle(step.title), query: step.query })),
        created: now(),
        updated: now(),
      };
      commit({ briefings: [...briefings, briefing] });
      return briefing;
    },
    renameBriefing: (id, title) => {
      const clean = cleanTitle(title);
      if (clean) updateBriefing(id, (briefing) => ({ ...briefing, title: clean }));
    },
    deleteBriefing: (id) => {
      commit({ briefings: get().briefings.filter((briefing) => briefing.id !== id), deleted: tombstone(id) });
      if (get().presenting?.briefing.id === id) get().stopPresenting();
    },
    keepBriefing: (briefing) => {
      const { briefings } = get();
      if (briefings.length >= MAX_BRIEFINGS) return null;
      // A deleted id stays deleted in every tab, so a briefing imported again gets a new one.
      const kept = idTaken(lists(), briefing.id) ? { ...briefing, id: newId('briefing') } : briefing;
      commit({ briefings: [...briefings, kept] });
      return kept;
    },
    addStep: (briefingId, step) =>
      updateBriefing(briefingId, (briefing) =>
        briefing.steps.length >= MAX_STEPS
          ? briefing
          : { ...briefing, steps: [...briefing.steps, { id: newId('step'), title: cleanTitle(step.title), query: step.query }] },
      ),
    moveStep: (briefingId, index, delta) =>
      updateBriefing(briefingId, (briefing) => {
        const target = Math.min(briefing.steps.length - 1, Math.max(0, index + delta));
        if (target === index || !briefing.steps[index]) return briefing;
        const steps = [...briefing.steps];
        const [moved] = steps.splice(index, 1);
        steps.splice(target, 0, moved as Briefing['steps'][number]);
        return { ...briefing, steps };
      }),
    removeStep: (briefingId, index) =>
      updateBriefing(briefingId, (briefing) => ({ ...briefing, steps: briefing.steps.filter((_, i) => i !== index) })),

    setIncoming: (incoming) => set({ incoming }),
    dismissNotices: () => set({ notices: [] }),
    backupsFile: (today) => backupsFileText(listBackups(storage), today),
    discardBackups: () => {
      discardBackups(storage);
      set({ backups: listBackups(storage).length, notices: get().notices.filter((n) => n.kind !== 'backup-full') });
    },

    startPresenting: (briefing, index = 0) => {
      if (briefing.steps.length === 0) return;
      const start = Math.min(Math.max(0, index), briefing.steps.length - 1);
      const returnTo = get().presenting?.returnTo ?? useViewStore.getState().view;
      set({ presenting: { briefing, index: start, returnTo } });
      applyStep(briefing, start);
    },
    goToStep: (index) => {
      const { presenting } = get();
      if (!presenting) return;
      const target = Math.min(Math.max(0, index), presenting.briefing.steps.length - 1);
      if (target === presenting.index) return;
      set({ presenting: { ...presenting, index: target } });
      applyStep(presenting.briefing, target);
    },
    stepBy: (delta) => {
      const { presenting } = get();
      if (presenting) get().goToStep(presenting.index + delta);
    },
    stopPresenting: () => {
      const { presenting } = get();
      if (!presenting) return;
      set({ presenting: null });
      const { lang } = useViewStore.getState().view;
      useViewStore.getState().replaceView({ ...presenting.returnTo, lang }, { history: 'replace' });
    },

    reload: () => set(initial()),
    resync: persist,
  };
});

registerBriefingStore(useBriefingStore);

/** Points the store at another storage (tests) and re-reads it. */
export function resetBriefingStore(kv: KeyValueStore | null = browserStorage()): void {
  storage = kv;
  useBriefingStore.setState({ ...initial(), incoming: null, presenting: null });
}
