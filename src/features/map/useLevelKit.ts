import { useEffect, useState } from 'react';

export type LevelKit = typeof import('./levelKit');
let kit: LevelKit | null = null;
let kitLoad: Promise<LevelKit> | null = null;

/** The level kit's chunk (levelKit.tsx), loaded once. */
export function loadLevelKit(): Promise<LevelKit> {
  kitLoad ??= import('./levelKit').then((module) => (kit = module));
  kitLoad.catch(() => {
    kitLoad = null; // the next map tries again
  });
  return kitLoad;
}

/** The map's code below the country level, when the view needs it (a level other than countries, or an indicator that has one); null until loaded. */
export function useLevelKit(wanted: boolean): LevelKit | null {
  const [loaded, setLoaded] = useState<LevelKit | null>(kit);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    loadLevelKit().then(
      (module) => live && setLoaded(module),
      () => undefined, // the map stays at what it can show; a later render tries again
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  return wanted ? loaded : null;
}
