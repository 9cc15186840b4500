/** Number formats of the comparison panel, in the view's language. */
import type { Unit } from '../../contract/schema';
import { formatValue } from '../../i18n/format';
import type { Language } from '../../state/viewState';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    formats.set(key, format);
  }
  return format;
}

/** A statistic with a fixed number of decimals (r = 0.93); an en dash when there is none. */
export function formatStat(value: number | null, lang: Language, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'auto' }).format(value);
}

/** A percentage given in percent (51.87 → "51.9%", "51,9 %" in French). */
export function formatPercent(value: number | null, lang: Language, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value / 100);
}

/** A signed percentage (−4.0%, +12.5%). */
export function formatSignedPercent(value: number | null, lang: Language, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(
    value / 100,
  );
}

/** A ratio as a multiplier: ×0.76, ×12 (two significant digits unless told). */
export function formatRatio(value: number | null, lang: Language, digits = 2): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return `×${numberFormat(lang, { maximumSignificantDigits: digits }).format(value)}`;
}

/** A signed difference in the unit (+1,200, −350; 0 unsigned). */
export function formatSignedValue(value: number, unit: Unit, lang: Language): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${formatValue(Math.abs(value), unit, lang)}`;
}
