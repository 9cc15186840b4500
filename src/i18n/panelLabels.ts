import type { Panel } from '../state/viewState';

const LABELS = { map: 'panel.map', series: 'panel.series', compare: 'panel.compare', table: 'panel.table', about: 'panel.about' } as const;

/** The message key of a panel's name ("Map", "Time series"…), as its tab and a saved view say it. */
export const panelLabelKey = (panel: Panel) => LABELS[panel];
