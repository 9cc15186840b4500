import { useMemo } from 'react';
import type { Catalog, Series } from '../../contract/schema';
import { valuesAt } from '../../data/observations';
import type { ResolvedView } from '../../data/resolveView';
import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { summarizeView } from './viewSummary';

/** The view in one sentence: a text alternative for the map and charts, useful to every reader. */
export function ViewSummary({ catalog, resolved, series, period }: { catalog: Catalog; resolved: ResolvedView; series: Series; period: string | null }) {
  const { t, lang } = useT();
  const message = useMemo(() => {
    if (period === null) return null;
    const values = valuesAt(series, period);
    return summarizeView(
      {
        indicator: resolved.indicator.label,
        unit: resolved.indicator.unit,
        unitLabel: t(`unit.${resolved.indicator.unit}`),
        period: formatPeriod(period, lang),
        values: catalog.geographies.countries.map((c) => ({ name: c.name, value: values.get(c.id)?.value ?? null })),
      },
      lang,
    );
  }, [catalog, resolved, series, period, lang, t]);
  if (!message) return null;
  return <p className="view-summary">{t(message.key, message.params)}</p>;
}
