/**
 * Numbers of the time series in words, through format.ts (Intl). Pure.
 */
import type { Unit } from '../../contract/schema';
import { formatCompact, formatValue } from '../../i18n/format';
import type { SeriesMeasure } from '../../state/viewState';
import type { Language } from '../../state/viewState';

/**
 * The unit a measured value is formatted in: as published, the indicator's unit; per 1,000
 * population, money stays money and counts get one decimal; an index gets one decimal.
 * ('percent' is format.ts's one-decimal number, without a sign: the unit is said beside it.)
 */
function measuredUnit(unit: Unit, measure: SeriesMeasure): Unit {
  if (measure === 'absolute') return unit;
  if (measure === 'per1000' && unit === 'usd') return 'usd';
  return 'percent';
}

/** A value in full, for the tooltip. */
export function formatMeasured(value: number, unit: Unit, measure: SeriesMeasure, lang: Language): string {
  return formatValue(value, measuredUnit(unit, measure), lang);
}

/** A short value, for the axis. */
export function formatTick(value: number, unit: Unit, measure: SeriesMeasure, lang: Language): string {
  if (measure === 'absolute') return formatCompact(value, unit, lang);
  return formatCompact(value, unit === 'usd' && measure === 'per1000' ? 'usd' : 'persons', lang);
}

/** Whether "per 1,000 population" means something for the indicator (counts and money, not shares, indexes or population itself). */
export function perThousandApplies(indicator: { id: string; unit: Unit }, populationIndicator: string): boolean {
  return (indicator.unit === 'persons' || indicator.unit === 'usd') && indicator.id !== populationIndicator;
}
