import type { TFunction } from '../../i18n/useT';
import type { OdFocus } from '../../data/bilateralChoice';
import type { LevelId } from '../../contract/levels';

export interface MapTextInput {
  /** The indicator's label. */
  indicator: string;
  /** Origin–destination mode's focus role, or null for figures per country. */
  role: OdFocus['role'] | null;
  /** The source is an index of ties: its words are ties, never migrants. */
  ties: boolean;
  focusName: string;
  /** "Sex: Female" for a breakdown, null for the total. */
  breakdown: string | null;
  /** The level of the map's places (absent: countries): below it, counterparts are regions or states. */
  level?: LevelId;
}

export interface MapTexts {
  /** What the map shows, without the period: its title and the subject of its summary. */
  subject: string;
  /** In origin–destination mode, each counterpart's tooltip line, saying whose figure it is. */
  context: string | null;
}

/** The words of the map, naming the breakdown when the figures are one. */
export function mapTexts(t: TFunction, { indicator, role, ties, focusName, breakdown, level = 'country' }: MapTextInput): MapTexts {
  const named = (text: string) => (breakdown === null ? text : t('map.withBreakdown', { text, breakdown }));
  if (role === null) return { subject: named(indicator), context: null };
  if (level !== 'country') {
    const words = { country: focusName, place: t(`level.one.${level}`), places: t(`level.places.${level}`) };
    const subject = named(t(ties ? 'level.od.ties' : role === 'origin' ? 'level.od.origin' : 'level.od.destination', words));
    return { subject, context: mapTexts(t, { indicator, role, ties, focusName, breakdown }).context };
  }
  if (ties) return { subject: named(t('map.od.ties', { country: focusName })), context: t('map.tooltip.ties', { focus: focusName }) };
  return role === 'origin'
    ? { subject: named(t('map.od.origin', { country: focusName })), context: named(t('map.tooltip.origin', { focus: focusName })) }
    : { subject: named(t('map.od.destination', { country: focusName })), context: named(t('map.tooltip.destination', { focus: focusName })) };
}
