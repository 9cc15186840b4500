/** Sentences of the comparison panel that more than one component says. */
import type { TFunction } from '../../i18n/useT';
import type { Language } from '../../state/viewState';
import '../../i18n/enCompare';

/** "same year only", "±1 year", "±3 years". */
export function toleranceText(t: TFunction, years: number): string {
  if (years === 0) return t('compare.toleranceZero');
  return years === 1 ? t('compare.toleranceOne') : t('compare.toleranceMany', { count: years });
}

/** "1 year", "2.5 years" (a whole number of months shown as a decimal of years). */
export function yearsText(t: TFunction, years: number, lang: Language): string {
  const rounded = Math.round(Math.abs(years) * 10) / 10;
  if (rounded === 1) return t('compare.years.one');
  return t('compare.years.many', { count: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(rounded) });
}
