import type { Catalog } from '../contract/schema';
import { catalogIndex } from '../data/catalogIndex';
import { breakdownText, type ResolvedView } from '../data/resolveView';
import { formatPeriod } from '../i18n/format';
import { useT } from '../i18n/useT';
import { useViewStore } from '../state/store';
import { filterSummaryParts } from './filterSummary';

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  /** The period on screen. */
  period: string | null;
}

/** The view's filters in one line, "indicator · source · period · countries", where the filter bar does not fit (a phone). */
export function FilterSummary({ catalog, resolved, period }: Props) {
  const { t, lang } = useT();
  const selected = useViewStore((s) => s.view.countries);
  const { countryName } = catalogIndex(catalog);
  const parts = filterSummaryParts(
    {
      indicator: resolved.indicator.label,
      breakdown: breakdownText(resolved.indicator, resolved.slice, t),
      source: resolved.source.name,
      period: period === null ? null : formatPeriod(period, lang),
      countries: selected.map(countryName),
    },
    (names, count) => t('filters.moreCountries', { names, count }),
  );
  return (
    <p className="filter-summary">
      <span className="visually-hidden">{t('filters.shown')} </span>
      {parts.map((part, i) => (
        <span key={i} className="filter-summary__part">
          {i > 0 && <span aria-hidden="true"> · </span>}
          <bdi>{part}</bdi>
        </span>
      ))}
    </p>
  );
}
