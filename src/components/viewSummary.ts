import type { Unit } from '../contract/schema';
import { formatValue } from '../i18n/format';
import type { MessageParams } from '../i18n/translate';
import type { Language } from '../state/viewState';

export interface SummaryInput {
  indicator: string;
  unit: Unit;
  unitLabel: string;
  period: string;
  /** Every country of the catalog, with its value at the period or null. */
  values: readonly { name: string; value: number | null }[];
  /** For an index of ties: the name of the country whose ties these are (the sentence then speaks of ties, never of people). */
  tiesOf?: string;
  /** Below the country level, what the places are ("NUTS-2 regions"): the sentence counts them, not countries. */
  places?: string;
}

type SummaryKey = 'summary.none' | 'summary.range' | 'summary.ties.none' | 'summary.ties.range';
export type SummaryMessage = {
  key: SummaryKey | `level.${SummaryKey}` | 'summary.one' | 'summary.ties.one';
  params: MessageParams;
};

/**
 * One sentence that says what the view shows in words (the text alternative of the map and charts):
 * the highest and the lowest value and how many countries have one. Ties go to the first name in order.
 */
export function summarizeView(input: SummaryInput, lang: Language): SummaryMessage {
  const present = input.values.filter((v): v is { name: string; value: number } => v.value !== null);
  const ties = input.tiesOf !== undefined;
  const key = (k: SummaryKey) => (input.places === undefined ? k : (`level.${k}` as const));
  const base = {
    places: input.places ?? '',
    indicator: input.indicator,
    period: input.period,
    total: input.values.length,
    count: present.length,
    ...(ties ? { focus: input.tiesOf, unit: input.unitLabel } : {}),
  };
  if (present.length === 0) return { key: key(ties ? 'summary.ties.none' : 'summary.none'), params: base };
  const collator = new Intl.Collator(lang);
  const sorted = [...present].sort((a, b) => b.value - a.value || collator.compare(a.name, b.name));
  const highest = sorted[0] as { name: string; value: number };
  const lowest = sorted.at(-1) as { name: string; value: number };
  const value = (v: number) => valueText(v, input, ties, lang);
  if (present.length === 1)
    return { key: ties ? 'summary.ties.one' : 'summary.one', params: { ...base, name: highest.name, value: value(highest.value) } };
  return {
    key: key(ties ? 'summary.ties.range' : 'summary.range'),
    params: { ...base, highName: highest.name, highValue: value(highest.value), lowName: lowest.name, lowValue: value(lowest.value) },
  };
}

/** A value with its unit (none for dollars, whose sign says it; an index of ties says its unit once, at the end of the sentence). */
function valueText(value: number, { unit, unitLabel }: Pick<SummaryInput, 'unit' | 'unitLabel'>, ties: boolean, lang: Language): string {
  return `${formatValue(value, unit, lang)} ${unit === 'usd' || ties ? '' : unitLabel}`.trim();
}

export interface SelectedInput extends Pick<SummaryInput, 'unit' | 'unitLabel' | 'period'> {
  /** The selected country's name, and its value at the period or null. */
  name: string;
  value: number | null;
  ties?: boolean;
}

/** The sentence that names the selected country (the profile's, or the one selected country) with its value. */
export function summarizeSelected(
  input: SelectedInput,
  lang: Language,
): { key: 'summary.selected' | 'summary.selected.none'; params: MessageParams } {
  const base = { name: input.name, period: input.period };
  if (input.value === null) return { key: 'summary.selected.none', params: base };
  return { key: 'summary.selected', params: { ...base, value: valueText(input.value, input, input.ties === true, lang) } };
}
