import type { ComponentProps, ReactNode } from 'react';
import { FilterSummary } from '../../components/FilterSummary';
import { Sheet } from '../../components/Sheet';
import { useT } from '../../i18n/useT';
import { FilterBar } from './FilterBar';

/**
 * The filters on a phone: one line saying what is shown, and a "Filters" button opening the filter bar
 * in a modal sheet, so that the figure is on the first screen. Each change applies at once, as in the bar.
 * `extra`: what the app adds to the line (the panel's Options button).
 */
export function FilterDrawer({ extra, ...props }: ComponentProps<typeof FilterBar> & { extra?: ReactNode }) {
  const { t } = useT();
  return (
    <div className="filter-line">
      <FilterSummary catalog={props.catalog} resolved={props.resolved} period={props.period} />
      <Sheet label={t('filters.open')} title={t('filters.label')} closeLabel={t('filters.close')} className="filter-sheet">
        <FilterBar {...props} />
      </Sheet>
      {extra}
    </div>
  );
}
