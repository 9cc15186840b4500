import { breakdownText, type ResolvedView } from '../data/resolveView';
import { formatPeriod } from '../i18n/format';
import { useT, type TFunction } from '../i18n/useT';
import { useViewStore } from '../state/store';
import type { Language, Panel } from '../state/viewState';
import { useExportTitle } from './export/registry';

/** What the panel on screen says it draws (its picture's title, from the export registry). */
export interface DrawnTitle {
  panel: Panel;
  title: string | null;
}

/**
 * What a view shows, in words. "International migrant stock (Sex: Female) — Census & registers
 * (demo), 2020" for a period; a panel that draws more says so in its own title, which wins: the
 * time series its range of years ("…, 2000–2024"), the comparison its two sources and period
 * ("International migrant stock: B against A, 2020").
 */
export function viewTitle(t: TFunction, lang: Language, resolved: ResolvedView, period: string | null, drawn?: DrawnTitle): string {
  if (drawn?.title) {
    if (drawn.panel === 'series') return drawn.title;
    if (drawn.panel === 'compare') return t('title.compare', { indicator: resolved.indicator.label, pair: drawn.title });
  }
  const breakdown = breakdownText(resolved.indicator, resolved.slice, t);
  const indicator = breakdown ? `${resolved.indicator.label} (${breakdown})` : resolved.indicator.label;
  return t('embed.title', { indicator, source: resolved.source.name, period: period ? formatPeriod(period, lang) : '—' });
}

/** The view's title, with the title of the panel on screen once it has drawn. */
export function useViewTitle(resolved: ResolvedView, period: string | null): string {
  const { t, lang } = useT();
  const panel = useViewStore((s) => s.view.panel);
  const title = useExportTitle(panel);
  return viewTitle(t, lang, resolved, period, { panel, title });
}

/** "2000–2024" (or one period alone): the range of years a chart covers, written the reader's way. */
export function periodRangeText(first: string | null | undefined, last: string | null | undefined, lang: Language): string {
  if (!first || !last) return '';
  return first === last ? formatPeriod(first, lang) : `${formatPeriod(first, lang)}–${formatPeriod(last, lang)}`;
}

/** A default name for a saved view: its title, the panel and the first countries selected. */
export function savedViewTitle(title: string, panel: string, countries: readonly string[]): string {
  const named =
    countries.length === 0 ? '' : countries.length <= 3 ? countries.join(', ') : `${countries.slice(0, 3).join(', ')} +${countries.length - 3}`;
  return [title, panel, named].filter(Boolean).join(' · ');
}

/**
 * The view's own title under a name given to it (a briefing step's), or null when there is no name
 * or the name already says it (a step saved under the view's title, with its panel added).
 */
export function titleUnderName(name: string | null, viewTitle: string): string | null {
  return name && !name.includes(viewTitle) ? viewTitle : null;
}
