import type { Unit } from '../contract/schema';
import type { Language } from '../state/viewState';
import { parsePeriod } from '../lib/period';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A value in full, with the precision its unit deserves (the unit itself is said elsewhere). */
export function formatValue(value: number, unit: Unit, lang: Language): string {
  switch (unit) {
    case 'persons':
      return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
    case 'percent':
      return numberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
    case 'usd':
      return numberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
    case 'index':
      return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
  }
}

/** A short form for axes and legends: 1.2M, 35K, 4.5%. */
/** A range "lower – upper" in the unit, or '' where either end is unknown. */
export function formatRange(lower: number | null, upper: number | null, unit: Unit, lang: Language): string {
  return lower !== null && upper !== null ? `${formatValue(lower, unit, lang)} – ${formatValue(upper, unit, lang)}` : '';
}

export function formatCompact(value: number, unit: Unit, lang: Language): string {
  const compact = numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  if (unit === 'percent') return `${numberFormat(lang, { maximumFractionDigits: 1 }).format(value)}%`;
  if (unit === 'usd') return numberFormat(lang, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return compact;
}

/** A change, with its sign (+1,200 / −300 / 0), with the precision of its unit. */
export function formatChange(value: number, unit: Unit, lang: Language): string {
  if (unit === 'usd')
    return numberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
  return numberFormat(lang, { maximumFractionDigits: unit === 'percent' ? 1 : 0, signDisplay: 'exceptZero' }).format(value);
}

/** A percentage change given in percent (12.5 → +12.5%), with its sign. */
export function formatPercentChange(percent: number, lang: Language): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(percent / 100);
}

// Creating an Intl.DateTimeFormat costs far more than formatting with one (about 1 ms each on a slow
// machine, and a panel formats dozens of dates): one per language and kind.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Language, kind: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}|${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    const day = kind === 'day' ? ({ day: 'numeric' } as const) : {};
    format = new Intl.DateTimeFormat(lang, { ...day, month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2020" stays a year; "2020-03" becomes "Mar 2020" in the language. */
export function formatPeriod(period: string, lang: Language): string {
  const parsed = parsePeriod(period);
  if (!parsed || parsed.month === null) return period;
  const date = new Date(Date.UTC(parsed.year, parsed.month - 1, 1));
  return dateFormat(lang, 'month').format(date);
}

/** An ISO date (YYYY-MM-DD) as a readable date in the language. */
export function formatDate(isoDate: string, lang: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(lang, 'day').format(date);
}
