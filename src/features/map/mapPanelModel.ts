/**
 * What the map panel says around the map: each country's tooltip and list row, the country the
 * focus picker offers first, and what stands over the map while it has nothing to show. Pure.
 */
import type { Unit } from '../../contract/schema';
import { formatPeriod, formatValue } from '../../i18n/format';
import type { TFunction } from '../../i18n/useT';
import type { Language } from '../../state/viewState';
import type { CountryFill } from './join';
import type { ListRow } from './MapCountryList';
import type { TooltipInfo } from './MapTooltip';

/**
 * A value as the map shows it: with its unit's name, except money (its symbol says it) and an
 * index of ties (said to be one by the legend and by each tooltip's context line).
 */
export function mapValueText(value: number, unit: Unit, unitLabel: string, ties: boolean, lang: Language): string {
  return unit === 'usd' || ties ? formatValue(value, unit, lang) : `${formatValue(value, unit, lang)} ${unitLabel}`;
}

/** What every tooltip of one map shares. */
export interface TooltipContext {
  names: ReadonlyMap<string, string>;
  /** The map's fills; undefined before the figures are in. */
  fills: ReadonlyMap<string, CountryFill> | undefined;
  /** The period on screen. */
  period: string | null;
  /** Origin–destination mode's focus country. */
  focus: string | null;
  /** What the focus is called where it is drawn ("Focus country", "Focus region"); absent: "Focus country". */
  focusMark?: string;
  /** How far the map looks for a value ("within 2 years"), or null for the period itself. */
  within: string | null;
  /** Origin–destination mode: whose figure each counterpart's is. */
  context: string | null;
  sourceName: string;
  selected: readonly string[];
  uninhabited: ReadonlySet<string>;
  valueText: (value: number) => string;
}

/** A country's tooltip, or null for an id the catalog does not name. */
export function tooltipInfo(id: string, c: TooltipContext, t: TFunction, lang: Language): TooltipInfo | null {
  const name = c.names.get(id);
  if (!name) return null;
  const picked = c.fills?.get(id)?.picked ?? null;
  const observation = picked?.observation ?? null;
  const periodText = c.period ? formatPeriod(c.period, lang) : '—';
  const isFocus = id === c.focus;
  let noData: string | null = null;
  if (c.uninhabited.has(id)) noData = t('map.tooltip.uninhabited');
  else if (!picked && !isFocus) noData = c.within ? t('map.tooltip.noDataWithin', { within: c.within, period: periodText }) : t('map.tooltip.noData');
  return {
    id,
    name,
    value: observation ? c.valueText(observation.value) : null,
    period: picked ? formatPeriod(picked.period, lang) : null,
    nearest: picked && picked.offset !== 0 ? t('map.tooltip.nearest', { period: formatPeriod(picked.period, lang), chosen: periodText }) : null,
    noData,
    context: isFocus ? null : c.context,
    source: t('map.tooltip.source', { source: c.sourceName }),
    flag: observation?.flag ? t('map.tooltip.flag', { flag: t(`flag.${observation.flag}`) }) : null,
    range:
      observation && observation.lower !== null && observation.upper !== null
        ? t('map.tooltip.range', { lower: c.valueText(observation.lower), upper: c.valueText(observation.upper) })
        : null,
    focus: isFocus ? (c.focusMark ?? t('map.tooltip.focus')) : null,
    selected: c.selected.includes(id) ? t('map.tooltip.selected') : null,
  };
}

/** The keyboard list's rows: each country's value as shown (the focus country is named as such). */
export function countryRows(
  countries: readonly { id: string; name: string }[],
  c: Pick<TooltipContext, 'fills' | 'focus' | 'focusMark' | 'selected' | 'valueText'>,
  t: TFunction,
): ListRow[] {
  return countries.map((country) => {
    const picked = c.fills?.get(country.id)?.picked ?? null;
    return {
      id: country.id,
      name: country.name,
      valueText:
        country.id === c.focus ? (c.focusMark ?? t('map.tooltip.focus')) : picked ? c.valueText(picked.observation.value) : t('map.legend.noData'),
      nearest: picked !== null && picked.offset !== 0,
      selected: c.selected.includes(country.id),
    };
  });
}

/** The focus the origin–destination picker offers first: the first selected country it knows, else the one with the largest value. */
export function defaultFocus(
  selected: readonly string[],
  names: ReadonlyMap<string, string>,
  fills: ReadonlyMap<string, CountryFill> | undefined,
): string | null {
  const fromSelection = selected.find((id) => names.has(id));
  if (fromSelection) return fromSelection;
  let top: string | null = null;
  let best = -Infinity;
  for (const [id, fill] of fills ?? []) {
    const value = fill.picked?.observation.value;
    if (value !== undefined && value > best) {
      best = value;
      top = id;
    }
  }
  return top;
}

/**
 * What stands over the map: the boundaries' failure, the prompt to pick a focus country, the
 * loading state, a missing origin–destination file (for a country that is no map of its own:
 * the prompt again, without the picker), a missing breakdown, the data's failure, or the empty
 * state; null for the map alone.
 */
export type MapOverlay = 'boundariesFailed' | 'pickFocus' | 'loading' | 'focusMissing' | 'odMissing' | 'odNoSlice' | 'failed' | 'empty' | null;

export interface OverlayInput {
  /** The map is drawn (WebGL works and the map has not failed). */
  mapShown: boolean;
  boundaries: { pending: boolean; failed: boolean };
  /** The indicator has figures per country (not only between two countries). */
  perCountry: boolean;
  originDestination: boolean;
  /** The file the overlay waits for is loading. */
  loading: boolean;
  /** The origin–destination file is not there. */
  odMissing: boolean;
  /** The source has no origin–destination file for the breakdown. */
  missingSlice: boolean;
  failed: boolean;
  /** The figures are in, and no country on the map has a value. */
  empty: boolean;
}

export function mapOverlay(s: OverlayInput): MapOverlay {
  if (s.mapShown && s.boundaries.failed) return 'boundariesFailed';
  if (!s.perCountry && !s.originDestination) return 'pickFocus';
  if (s.loading || (s.mapShown && s.boundaries.pending)) return 'loading';
  if (s.odMissing && !s.perCountry) return 'focusMissing';
  if (s.odMissing) return 'odMissing';
  if (s.missingSlice) return 'odNoSlice';
  if (s.failed) return 'failed';
  if (s.empty) return 'empty';
  return null;
}
