/** Sentences of the comparison panel that more than one component says. */
import type { TFunction } from '../../i18n/useT';
import type { Language } from '../../state/viewState';

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

/** Up to `max` names, then "and N more". */
export function namesList(t: TFunction, names: readonly string[], lang: Language, max = 8): string {
  const format = (list: readonly string[]) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(list);
  // "and 1 more" would take the room of the name itself.
  if (names.length <= max + 1) return format(names);
  return t('compare.more', { names: names.slice(0, max).join(', '), count: names.length - max });
}
