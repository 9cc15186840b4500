import { create } from 'zustand';

/**
 * The country under the pointer, shared by the views that show countries so that hovering one
 * highlights it in the others. Transient: not part of the view, never in the URL.
 */
interface HoverStore {
  geo: string | null;
  setGeo: (geo: string | null) => void;
}

export const useHoverStore = create<HoverStore>()((set, get) => ({
  geo: null,
  setGeo: (geo) => {
    if (get().geo !== geo) set({ geo });
  },
}));
