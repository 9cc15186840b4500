import { sliceLabel, type ResolvedView } from '../data/resolveView';
import { formatPeriod } from '../i18n/format';
import { useT, type TFunction } from '../i18n/useT';
import type { Language } from '../state/viewState';

/** "International migrant stock (Sex: Female) — Census & registers (demo), 2020": what a view shows, in words. */
export function viewTitle(t: TFunction, lang: Language, resolved: ResolvedView, period: string | null): string {
  const breakdown = sliceLabel(resolved.indicator, resolved.slice);
  const indicator = breakdown ? `${resolved.indicator.label} (${breakdown.dimension}: ${breakdown.value})` : resolved.indicator.label;
  return t('embed.title', { indicator, source: resolved.source.name, period: period ? formatPeriod(period, lang) : '—' });
}

export function useViewTitle(resolved: ResolvedView, period: string | null): string {
  const { t, lang } = useT();
  return viewTitle(t, lang, resolved, period);
}

/** A default name for a saved view: its title, the panel and the first countries selected. */
export function savedViewTitle(title: string, panel: string, countries: readonly string[]): string {
  const named =
    countries.length === 0 ? '' : countries.length <= 3 ? countries.join(', ') : `${countries.slice(0, 3).join(', ')} +${countries.length - 3}`;
  return [title, panel, named].filter(Boolean).join(' · ');
}
