import type { Panel } from '../state/viewState';
import type { MessageKey } from './en';

const LABELS: Record<Panel, MessageKey> = {
  map: 'panel.map',
  series: 'panel.series',
  compare: 'panel.compare',
  table: 'panel.table',
  about: 'panel.about',
};

/** The message key of a panel's name ("Map", "Time series"…), as its tab and a saved view say it. */
export const panelLabelKey = (panel: Panel) => LABELS[panel];
