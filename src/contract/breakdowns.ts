/** What a catalog entry of a source says about its breakdowns (README, "The indicators API contract"). */
import { TOTAL_SLICE } from './paths';
import type { Indicator } from './schema';

type SourceRef = Indicator['sources'][number];

/**
 * The breakdowns a view can choose from a source: those of its series, or, for a source of
 * figures between pairs of countries only (no series), those of its bilateral files.
 */
export function viewBreakdowns(ref: SourceRef | undefined): string[] {
  if (ref === undefined) return [];
  return ref.total === false ? (ref.bilateralBreakdowns ?? []) : ref.breakdowns;
}

/** The slices that have bilateral files: the total, and the breakdowns listed for them. */
export function bilateralSlices(ref: SourceRef | undefined): string[] {
  return [TOTAL_SLICE, ...(ref?.bilateralBreakdowns ?? [])];
}
