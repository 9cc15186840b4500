/**
 * Everything the map shows for a view, computed from a series without any DOM: the value picked
 * for each country (with the time tolerance), the colour scale built from those values, the fill
 * of each country and the legend's counts.
 */
import type { Indicator, Series } from '../../contract/schema';
import { buildColorScale, type ClassMethod, type ColorScale, type ScaleMode } from '../../lib/scales';
import { joinFills, pickValues, valuesOf, type CountryFill, type PickedValue } from './join';
import { COLORS } from './mapStyle';

export interface MapModelInput {
  series: Series;
  period: string;
  tolerance: number;
  /** The countries on the map. */
  ids: readonly string[];
  mode: ScaleMode;
  method: ClassMethod;
  log: boolean;
}

export interface MapModel {
  picked: Map<string, PickedValue>;
  scale: ColorScale;
  fills: Map<string, CountryFill>;
  /** Countries on the map with a colour. */
  withValue: number;
  /** Countries on the map without one. */
  noData: number;
  /** Countries whose value is from the nearest period, not the chosen one. */
  nearest: number;
}

/** Net migration and other signed indicators diverge around 0; counts and shares are sequential. */
export function scaleModeFor(indicator: Pick<Indicator, 'signed'>, originDestination: boolean): ScaleMode {
  return indicator.signed && !originDestination ? { kind: 'diverging', centre: 0 } : { kind: 'sequential' };
}

export function buildMapModel({ series, period, tolerance, ids, mode, method, log }: MapModelInput): MapModel {
  const picked = pickValues(series, period, tolerance);
  const scale = buildColorScale(valuesOf(ids, picked), { mode, method, log });
  const fills = joinFills(ids, picked, scale);
  let withValue = 0;
  let nearest = 0;
  for (const fill of fills.values()) {
    if (fill.color === null) continue;
    withValue += 1;
    if (fill.picked && fill.picked.offset !== 0) nearest += 1;
  }
  return { picked, scale, fills, withValue, noData: fills.size - withValue, nearest };
}

/** The fills plus a plain one for each territory with no permanent population (not hatched as "no data"). */
export function withUninhabited(fills: ReadonlyMap<string, CountryFill>, uninhabited: ReadonlySet<string>): Map<string, CountryFill> {
  const out = new Map(fills);
  for (const id of uninhabited) out.set(id, { id, picked: null, color: COLORS.uninhabited, classIndex: -1 });
  return out;
}
