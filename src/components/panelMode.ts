import { createContext, useContext } from 'react';

/**
 * Where a panel is drawn: in the full app (on a phone or a wider screen), or alone in embed mode
 * (?embed=1) or presenter mode. On a phone and in those modes the figure comes first and the panel's
 * own controls wait behind one "Options" button.
 * A panel reads it with usePanelMode(); controls marked with the class `panel-controls` (or the map's,
 * time series' and table's option bars) are hidden by the shell's CSS while `optionsOpen` is false.
 */
export interface PanelMode {
  mode: 'full' | 'phone' | 'embed' | 'presenter';
  /** Whether the panel's controls are shown: always in the full app on a wider screen; after "Options" on a phone and in embed and presenter modes. */
  optionsOpen: boolean;
}

export const PanelModeContext = createContext<PanelMode>({ mode: 'full', optionsOpen: true });

export function usePanelMode(): PanelMode {
  return useContext(PanelModeContext);
}
