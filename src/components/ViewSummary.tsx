import { useMemo } from 'react';
import type { Catalog, Series } from '../contract/schema';
import { valuesAt } from '../data/observations';
import type { ResolvedView } from '../data/resolveView';
import { formatPeriod } from '../i18n/format';
import { useT } from '../i18n/useT';
import { summarizeSelected, summarizeView } from './viewSummary';
import { useViewStore } from '../state/store';
import { peopledCountries } from '../data/peopled';
import { measuresTies, unitKey } from '../data/ties';
import { catalogIndex } from '../data/catalogIndex';

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  series: Series;
  period: string | null;
  /** What the figures are, when not the indicator's label (the map's words in origin–destination mode). */
  subject?: string;
  /** Below the country level: the places of the map (named with their country) and what they are ("NUTS-2 regions"). */
  places?: { list: readonly { id: string; name: string }[]; words: string };
}

/** The view in one sentence: a text alternative for the map and charts, useful to every reader. */
export function ViewSummary({ catalog, resolved, series, period, subject, places }: Props) {
  const { t, lang } = useT();
  const profile = useViewStore((s) => s.view.profile);
  const selection = useViewStore((s) => s.view.countries);
  // The country the view is about: the open profile's, else the one selected country.
  const selectedGeo = profile ?? (selection.length === 1 ? (selection[0] as string) : null);
  const message = useMemo(() => {
    if (period === null) return null;
    const values = valuesAt(series, period);
    // A bilateral slice gives the focus country's figures with the others: the focus is not one of them.
    const focus = series.focus?.geo ?? null;
    const countries = (places?.list ?? peopledCountries(catalog.geographies.countries)).filter((c) => c.id !== focus);
    const tiesOf = focus !== null && measuresTies(resolved.source) ? catalogIndex(catalog).countryName(focus) : undefined;
    const unitLabel = t(unitKey(resolved.indicator, resolved.source));
    const selected =
      selectedGeo === null || selectedGeo === focus
        ? null
        : summarizeSelected(
            {
              name: catalogIndex(catalog).countryName(selectedGeo),
              value: values.get(selectedGeo)?.value ?? null,
              unit: resolved.indicator.unit,
              unitLabel,
              period: formatPeriod(period, lang),
              ties: tiesOf !== undefined,
            },
            lang,
          );
    const summary = summarizeView(
      {
        indicator: subject ?? resolved.indicator.label,
        unit: resolved.indicator.unit,
        unitLabel,
        period: formatPeriod(period, lang),
        values: countries.map((c) => ({ name: c.name, value: values.get(c.id)?.value ?? null })),
        ...(tiesOf !== undefined ? { tiesOf } : {}),
        ...(places ? { places: places.words } : {}),
      },
      lang,
    );
    return { summary, selected };
  }, [catalog, resolved, series, period, lang, t, subject, selectedGeo, places]);
  if (!message) return null;
  const { summary, selected } = message;
  return (
    <p className="view-summary">
      {t(summary.key, summary.params)}
      {selected && ` ${t(selected.key, selected.params)}`}
    </p>
  );
}
