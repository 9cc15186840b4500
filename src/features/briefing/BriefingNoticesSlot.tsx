import { useEffect, useState, type ComponentType } from 'react';
import { useBriefingStoreLoaded } from './briefingsOnDemand';

/**
 * Where the notices about saved data and a briefing link show: their code loads once the briefing
 * store has (briefingsOnDemand.ts). Code that cannot be loaded leaves the place empty, never the app broken.
 */
export function BriefingNoticesSlot() {
  const loaded = useBriefingStoreLoaded();
  const [Notices, setNotices] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!loaded || Notices) return;
    let live = true;
    import('./BriefingNotices').then(
      (module) => live && setNotices(() => module.BriefingNotices),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loaded, Notices]);
  return Notices ? <Notices /> : null;
}
