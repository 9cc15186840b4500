/**
 * Saved views, briefings and presenter mode: one zustand store, written to localStorage after
 * every change (see storage.ts). Presenting steps the view store through a briefing's views.
 */
import { create } from 'zustand';
import { useViewStore } from '../../state/store';
import type { ViewState } from '../../state/viewState';
import type { TransferError } from './briefingTransfer';
import { MAX_BRIEFINGS, MAX_SAVED_VIEWS, MAX_STEPS, cleanTitle, newId, viewOfQuery, viewQuery, type Briefing, type SavedView } from './model';
import { browserStorage, loadSaved, storeSaved, type KeyValueStore, type SavedData, type StorageNotice } from './storage';

export type Incoming = { briefing: Briefing; dropped: number } | { error: TransferError };

export interface Presenting {
  briefing: Briefing;
  index: number;
  /** The view on screen before presenting, restored when leaving. */
  returnTo: ViewState;
}

export interface BriefingStore {
  views: SavedView[];
  briefings: Briefing[];
  notices: StorageNotice[];
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

  startPresenting: (briefing: Briefing, index?: number) => void;
  goToStep: (index: number) => void;
  stepBy: (delta: number) => void;
  stopPresenting: () => void;

  /** Re-reads localStorage (another tab saved, or a test changed the storage). */
  reload: () => void;
}

let storage: KeyValueStore | null = browserStorage();

function initial(): Pick<BriefingStore, 'views' | 'briefings' | 'notices'> {
  const { data, notices } = loadSaved(storage);
  // A migrated document is written back at once in the current format (the original stays as the backup).
  if (notices.some((n) => n.kind === 'migrated')) {
    const failed = storeSaved(storage, data);
    if (failed) notices.push(failed);
  }
  return { views: data.views, briefings: data.briefings, notices: notices.filter((n) => n.kind !== 'migrated') };
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
  /** Sets new lists and writes them to storage, noting a failure once. */
  const commit = (data: Partial<SavedData>) => {
    set(data);
    const { views, briefings, notices } = get();
    const failed = storeSaved(storage, { views, briefings });
    if (failed && !notices.some((n) => sameNotice(n, failed))) set({ notices: [...notices, failed] });
  };
  const updateBriefing = (id: string, change: (briefing: Briefing) => Briefing) => {
    const { briefings, presenting } = get();
    const index = briefings.findIndex((b) => b.id === id);
    if (index < 0) return;
    const next = { ...change(briefings[index] as Briefing), updated: now() };
    commit({ briefings: briefings.map((b, i) => (i === index ? next : b)) });
    if (presenting?.briefing.id === id) set({ presenting: { ...presenting, briefing: next, index: Math.min(presenting.index, Math.max(0, next.steps.length - 1)) } });
  };

  return {
    ...initial(),
    incoming: null,
    presenting: null,

    saveView: (title, view) => {
      const { views } = get();
      if (views.length >= MAX_SAVED_VIEWS) return null;
      const saved: SavedView = { id: newId('view'), title: cleanTitle(title) || viewQuery(view) || '—', query: viewQuery(view), created: now() };
      commit({ views: [...views, saved] });
      return saved;
    },
    renameView: (id, title) => {
      const clean = cleanTitle(title);
      if (!clean) return;
      commit({ views: get().views.map((view) => (view.id === id ? { ...view, title: clean } : view)) });
    },
    deleteView: (id) => commit({ views: get().views.filter((view) => view.id !== id) }),

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
      commit({ briefings: get().briefings.filter((briefing) => briefing.id !== id) });
      if (get().presenting?.briefing.id === id) get().stopPresenting();
    },
    keepBriefing: (briefing) => {
      const { briefings } = get();
      if (briefings.length >= MAX_BRIEFINGS) return null;
      const kept = briefings.some((b) => b.id === briefing.id) ? { ...briefing, id: newId('briefing') } : briefing;
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
  };
});

/** Points the store at another storage (tests) and re-reads it. */
export function resetBriefingStore(kv: KeyValueStore | null = browserStorage()): void {
  storage = kv;
  useBriefingStore.setState({ ...initial(), incoming: null, presenting: null });
}
