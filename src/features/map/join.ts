/**
 * Joins a series' values to the map's countries for one period, with the time tolerance: where a
 * country has no value for the chosen period, the nearest period within ±N periods of the series'
 * grain (years for YYYY, months for YYYY-MM) is used instead, and marked as such.
 *
 * Ties (a value as far before as after) go to the EARLIER period: the figure that was already
 * known at the chosen time, as when carrying the last observation forward.
 *
 * Pure; the per-series index (data/seriesIndex.ts) makes recolouring while a year plays a binary
 * search per country, not a scan of the series.
 */
import type { Series } from '../../contract/schema';
import { observationAt, type Observation } from '../../data/observations';
import { indexOf } from '../../data/seriesIndex';
import { nearestOrdinal, parsePeriod } from '../../lib/period';
import type { ColorScale } from '../../lib/scales';

/** The value shown for a country, and where it came from. */
export interface PickedValue {
  row: number;
  observation: Observation;
  /** The period the value is for. */
  period: string;
  /** Periods from the chosen one to the value's (negative: earlier); 0 when exact. */
  offset: number;
}

/**
 * The value of each country at the period, or failing that the nearest within ±tolerance periods
 * (ties: the earlier). Countries with neither are absent from the result.
 */
export function pickValues(series: Series, period: string, tolerance: number): Map<string, PickedValue> {
  const out = new Map<string, PickedValue>();
  const target = parsePeriod(period);
  const index = indexOf(series);
  if (!target || (index.grain !== null && index.grain !== target.grain)) return out;
  for (const [geo, { ordinals, rows }] of index.byGeo) {
    const pick = nearestOrdinal(ordinals, target.ordinal, tolerance);
    if (pick < 0) continue;
    const row = rows[pick] as number;
    out.set(geo, {
      row,
      observation: observationAt(series, row),
      period: series.columns.period[row] as string,
      offset: (ordinals[pick] as number) - target.ordinal,
    });
  }
  return out;
}

/** What one country of the map shows. */
export interface CountryFill {
  id: string;
  picked: PickedValue | null;
  /** #rrggbb, or null for "no data" (no value, or a value the scale cannot colour). */
  color: string | null;
  /** Class index, -1 for a continuous scale or no colour. */
  classIndex: number;
}

/** The fill of every map country (ids) from the picked values and a colour scale. */
export function joinFills(ids: Iterable<string>, picked: ReadonlyMap<string, PickedValue>, scale: ColorScale): Map<string, CountryFill> {
  const out = new Map<string, CountryFill>();
  for (const id of ids) {
    const p = picked.get(id) ?? null;
    const value = p?.observation.value;
    const color = value === undefined ? null : scale.colorOf(value);
    out.set(id, { id, picked: p, color, classIndex: color === null || value === undefined ? -1 : scale.classOf(value) });
  }
  return out;
}

/** The values of the picked countries among ids (what the scale is built from). */
export function valuesOf(ids: Iterable<string>, picked: ReadonlyMap<string, PickedValue>): number[] {
  const values: number[] = [];
  for (const id of ids) {
    const p = picked.get(id);
    if (p) values.push(p.observation.value);
  }
  return values;
}
