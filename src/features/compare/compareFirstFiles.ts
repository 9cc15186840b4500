import type { Catalog } from '../../contract/schema';
import { TOTAL_SLICE } from '../../contract/paths';
import { catalogIndex } from '../../data/catalogIndex';
import type { BilateralRef, SeriesRef } from '../../data/client';
import { resolveView } from '../../data/resolveView';
import type { ViewState } from '../../state/viewState';
import { chooseSources } from './compareModel';
import { focusFile, focusOfView, focusSlice, pairFocus } from './focus';

export interface PanelFiles {
  series: SeriesRef[];
  bilateral: BilateralRef[];
}

/**
 * The files a Compare link shows first: both sides' series (or, for a pair compared for one focus
 * place, both sides' files of that focus in the view's breakdown), as the panel chooses them. The entry asks for them with
 * the catalog (issue #20) instead of once the panel's code has arrived and rendered.
 */
export function compareFirstFiles(catalog: Catalog, view: ViewState): PanelFiles {
  const none: PanelFiles = { series: [], bilateral: [] };
  const resolved = resolveView(catalog, view);
  if (!resolved) return none;
  const { indicator } = resolved;
  const { a, b } = chooseSources(catalog, indicator, view.compare, view.level);
  if (!a || !b) return none;
  const pair = pairFocus(indicator, a.id, b.id);
  if (pair.kind === 'totals') return { series: [a, b].map((s) => ({ indicator: indicator.id, source: s.id, slice: TOTAL_SLICE })), bilateral: [] };
  const focus = focusOfView(pair, view.map.od, catalogIndex(catalog).placeLevel);
  if (!focus) return none;
  const slice = focusSlice(indicator, a.id, b.id, view.slice);
  return { series: [], bilateral: [a, b].map((s) => focusFile(indicator.id, s.id, focus, slice)) };
}
