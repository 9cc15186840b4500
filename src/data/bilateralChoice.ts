import { TOTAL_SLICE } from '../contract/paths';
import type { ViewState } from '../state/viewState';
import type { BilateralRef } from './client';
import type { ResolvedView } from './resolveView';

export type OdFocus = NonNullable<ViewState['map']['od']>;

/**
 * Which bilateral file a view in origin–destination mode shows: the one of its breakdown, or, when
 * the source has no bilateral files for that breakdown, none: `missingSlice` names the breakdown so
 * that the panel can say so rather than show another figure under its name, and `total` is the
 * total's file for the same focus, to offer instead if the source has it.
 */
export type BilateralChoice = { ref: BilateralRef; missingSlice: null; total: null } | { ref: null; missingSlice: string; total: BilateralRef };

export function bilateralChoice(resolved: ResolvedView, od: OdFocus): BilateralChoice {
  const { indicator, source, slice } = resolved;
  const ref = { indicator: indicator.id, source: source.id, role: od.role, geo: od.focus };
  if (!resolved.bilateralSlices.includes(slice)) return { ref: null, missingSlice: slice, total: { ...ref, slice: TOTAL_SLICE } };
  return { ref: { ...ref, slice }, missingSlice: null, total: null };
}

/** The bilateral file to load, or null (not in origin–destination mode, or none for the breakdown). */
export const bilateralRefOf = (resolved: ResolvedView | null, od: OdFocus | null): BilateralRef | null =>
  resolved && od ? bilateralChoice(resolved, od).ref : null;
