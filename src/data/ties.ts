import type { Indicator, Source } from '../contract/schema';
import type { MessageKey } from '../i18n/en';

/** Whether a source gives an index of ties between two places (social connectedness) rather than counting people. */
export function measuresTies(source: Pick<Source, 'counts'>): boolean {
  return source.counts === 'ties';
}

/** The message key of the unit an indicator's figures from a source are in: an index of ties never reads as persons. */
export function unitKey(indicator: Pick<Indicator, 'unit'>, source: Pick<Source, 'counts'>): MessageKey {
  return measuresTies(source) ? 'unit.ties' : `unit.${indicator.unit}`;
}
