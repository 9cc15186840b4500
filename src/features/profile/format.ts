/** The profile card's number forms (Intl): signed changes, shares, ratios and ranks. Pure. */
import type { Unit } from '../../contract/schema';
import type { MessageKey } from '../../i18n/en';
import type { Language } from '../../state/viewState';
import { ordinalCategory } from './profileModel';

/** A change with its sign (+1,200 / −300 / 0), with the precision of its unit. */
export function formatSigned(value: number, unit: Unit, lang: Language): string {
  const options: Intl.NumberFormatOptions =
    unit === 'usd' ? { style: 'currency', currency: 'USD', maximumFractionDigits: 0 } : { maximumFractionDigits: unit === 'percent' ? 1 : 0 };
  return new Intl.NumberFormat(lang, { ...options, signDisplay: 'exceptZero' }).format(value);
}

/** A fraction as a percentage: signed for a change (+25%), plain for a share (72%). */
export function formatPercent(fraction: number, lang: Language, signed = false): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, ...(signed ? { signDisplay: 'exceptZero' } : {}) }).format(
    fraction,
  );
}

export function formatRatio(ratio: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: ratio >= 10 ? 1 : 2, minimumFractionDigits: ratio >= 10 ? 0 : 2 }).format(ratio);
}

/** The message of a rank ("8th of 232") in the language's ordinal form, with its numbers. */
export function rankMessage(rank: number, total: number, lang: Language): { key: MessageKey; params: { rank: string; total: string } } {
  const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  return { key: `profile.rank.${ordinalCategory(rank, lang)}`, params: { rank: integer.format(rank), total: integer.format(total) } };
}
