import type { Catalog, Indicator, Source } from '../contract/schema';
import { TOTAL_SLICE } from '../contract/paths';
import type { ViewState } from '../state/viewState';

/** The catalog entries a view points at, with its defaults filled in. */
export interface ResolvedView {
  indicator: Indicator;
  source: Source;
  /** The sources that give the indicator, the default first. */
  sources: Source[];
  slice: string;
  /** The breakdowns the resolved source has for this indicator ("total" first). */
  slices: string[];
  /** false when the source has figures between pairs of countries only (by focus country), none per country. */
  perCountry: boolean;
}

export function resolveView(catalog: Catalog, view: ViewState): ResolvedView | null {
  const indicator = catalog.indicators.find((i) => i.id === view.indicator) ?? catalog.indicators[0];
  if (!indicator) return null;
  const sources = indicator.sources
    .map((ref) => catalog.sources.find((s) => s.id === ref.id))
    .filter((s): s is Source => s !== undefined);
  const source = sources.find((s) => s.id === view.source) ?? sources[0];
  if (!source) return null;
  const ref = indicator.sources.find((r) => r.id === source.id);
  const slices = [TOTAL_SLICE, ...(ref?.breakdowns ?? [])];
  const slice = slices.includes(view.slice) ? view.slice : TOTAL_SLICE;
  return { indicator, source, sources, slice, slices, perCountry: ref?.total !== false };
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
