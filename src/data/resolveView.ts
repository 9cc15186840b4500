import { bilateralSlices, viewBreakdowns } from '../contract/breakdowns';
import type { Catalog, Indicator, Source } from '../contract/schema';
import { TOTAL_SLICE } from '../contract/paths';
import type { TFunction } from '../i18n/useT';
import type { ViewState } from '../state/viewState';
import { catalogIndex } from './catalogIndex';

/** The catalog entries a view points at, with its defaults filled in. */
export interface ResolvedView {
  indicator: Indicator;
  source: Source;
  /** The sources that give the indicator, the default first. */
  sources: Source[];
  slice: string;
  /** The breakdowns the resolved source has for this indicator ("total" first). */
  slices: string[];
  /** The slices that have bilateral files: "total" always (though a source may have none at all), and the breakdowns listed for them. */
  bilateralSlices: string[];
  /** false when the source has figures between pairs of countries only (by focus country), none per country. */
  perCountry: boolean;
}

/** Resolves with the same fallbacks as reconcileView (state/reconcile.ts): both go through the catalog index. */
export function resolveView(catalog: Catalog, view: ViewState): ResolvedView | null {
  const index = catalogIndex(catalog);
  const indicator = index.indicatorOrFallback(view.indicator);
  if (!indicator) return null;
  const sources = index.sourcesOf(indicator);
  // No source named: the first at the view's level (a level link's first request is for that level's files).
  const atLevel = index.sourceRefsAt(indicator, view.level)[0];
  const source = sources.find((s) => s.id === view.source) ?? sources.find((s) => s.id === atLevel?.id) ?? sources[0];
  if (!source) return null;
  const ref = index.sourceRef(indicator, source.id);
  const slices = [TOTAL_SLICE, ...viewBreakdowns(ref)];
  const slice = slices.includes(view.slice) ? view.slice : TOTAL_SLICE;
  return { indicator, source, sources, slice, slices, bilateralSlices: bilateralSlices(ref), perCountry: ref?.total !== false };
}

/** "sex-female" → the labels of dimension "sex" and its value "female", from the indicator. */
export function sliceLabel(indicator: Indicator, slice: string): { dimension: string; value: string } | null {
  for (const dimension of indicator.dimensions) {
    for (const value of dimension.values) {
      if (`${dimension.id}-${value.id}` === slice) return { dimension: dimension.label, value: value.label };
    }
  }
  return null;
}

/** "Sex: Female" ("Sexe : Femmes") for a breakdown, as the Breakdown control names it; null for the total. */
export function breakdownText(indicator: Indicator, slice: string, t: TFunction): string | null {
  const label = sliceLabel(indicator, slice);
  return label ? t('filters.breakdownText', label) : null;
}
