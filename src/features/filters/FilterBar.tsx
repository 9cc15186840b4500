import { useId, useMemo } from 'react';
import type { Catalog } from '../../contract/schema';
import type { ResolvedView } from '../../data/resolveView';
import { breakdownText } from '../../data/resolveView';
import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { PlayButton } from './PlayButton';
import { CountrySearch } from './CountrySearch';
import { placeName, searchPlaces } from './searchPlaces';

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
  periods: string[];
  /** The period on screen: the chosen one on the series' grain (see alignToGrain). */
  period: string | null;
}

export function FilterBar({ catalog, resolved, periods, period }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const view = useViewStore((s) => s.view);
  const setIndicator = useViewStore((s) => s.setIndicator);
  const setSource = useViewStore((s) => s.setSource);
  const setSlice = useViewStore((s) => s.setSlice);
  const setPeriod = useViewStore((s) => s.setPeriod);
  const latest = periods.at(-1);
  const chosen = view.period === null ? null : (period ?? view.period);
  const periodOptions = chosen && !periods.includes(chosen) ? [...periods, chosen].sort() : periods;
  // Below the country the box finds the level's places; countries kept in the selection keep their names.
  const places = useMemo(() => searchPlaces(catalog, view.level), [catalog, view.level]);

  return (
    <section className="filter-bar" aria-label={t('filters.label')}>
      <div className="field">
        <label htmlFor={`${id}-indicator`}>{t('filters.indicator')}</label>
        <select id={`${id}-indicator`} value={resolved.indicator.id} onChange={(e) => setIndicator(e.target.value)}>
          {catalog.indicators.map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {indicator.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('filters.source')}</label>
        <select
          id={`${id}-source`}
          value={resolved.source.id}
          onChange={(e) => setSource(e.target.value === resolved.sources[0]?.id ? null : e.target.value)}
        >
          {resolved.sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
        </select>
      </div>
      {resolved.slices.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-slice`}>{t('filters.breakdown')}</label>
          <select id={`${id}-slice`} value={resolved.slice} onChange={(e) => setSlice(e.target.value)}>
            {resolved.slices.map((slice) => (
              <option key={slice} value={slice}>
                {breakdownText(resolved.indicator, slice, t) ?? t('filters.total')}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('filters.year')}</label>
        <select id={`${id}-year`} value={chosen ?? ''} onChange={(e) => setPeriod(e.target.value === '' ? null : e.target.value)}>
          <option value="">{latest ? t('filters.latest', { period: formatPeriod(latest, lang) }) : '—'}</option>
          {periodOptions
            .slice()
            .reverse()
            .map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, lang)}
              </option>
            ))}
        </select>
      </div>
      <PlayButton periods={periods} />
      <CountrySearch countries={places} level={view.level} nameOf={(place) => placeName(catalog, place)} />
    </section>
  );
}
