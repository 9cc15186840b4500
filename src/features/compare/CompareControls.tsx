import { useId } from 'react';
import { FocusSelect } from '../../components/FocusSelect';
import type { Source } from '../../contract/schema';
import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import { MAX_TOLERANCE } from '../../state/viewState';
import type { CommonDimension } from './compareModel';
import { toleranceText } from './texts';
import '../../i18n/enCompare';

interface Props {
  sources: readonly Source[];
  a: Source;
  b: Source;
  /** B's periods (the periods a comparison can be made for), oldest first; empty until B loads. */
  periods: readonly string[];
  period: string | null;
  dimensions: readonly CommonDimension[];
  /** The countries the per-country chart can show, sorted by name. */
  countries: readonly { id: string; name: string }[];
  /** The chart's country when none is chosen. */
  autoCountry: string | null;
  /** The chart's place picker's label below the country level. */
  placeLabel?: string | undefined;
  /** For sources compared for one focus place: its picker. */
  focus?: { label: string; places: readonly { id: string; name: string }[]; value: string | null; onChange: (code: string) => void } | null;
}

/** The comparison's choices; every one goes to the store, so to the URL. */
export function CompareControls({ sources, a, b, periods, period, dimensions, countries, autoCountry, placeLabel, focus = null }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const options = useViewStore((s) => s.view.compareOptions);
  const setCompare = useViewStore((s) => s.setCompare);
  const setCompareOptions = useViewStore((s) => s.setCompareOptions);
  const setPeriod = useViewStore((s) => s.setPeriod);
  const autoName = countries.find((c) => c.id === autoCountry)?.name ?? '–';

  const sourceSelect = (side: 'a' | 'b', value: Source, label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${side}`}>{label}</label>
      <select id={`${id}-${side}`} value={value.id} onChange={(e) => setCompare(side === 'a' ? { a: e.target.value } : { b: e.target.value })}>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({t(`kind.${s.kind}`)})
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="compare-controls" aria-label={t('compare.controls')}>
      {sourceSelect('a', a, t('compare.sourceA'))}
      {sourceSelect('b', b, t('compare.sourceB'))}
      {focus && <FocusSelect id={`${id}-focus`} label={focus.label} countries={focus.places} value={focus.value} onChange={focus.onChange} />}
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('compare.period', { source: b.name })}</label>
        <select id={`${id}-period`} value={period ?? ''} disabled={periods.length === 0} onChange={(e) => setPeriod(e.target.value || null)}>
          {period !== null && !periods.includes(period) && <option value={period}>{formatPeriod(period, lang)}</option>}
          {[...periods].reverse().map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tol`}>{t('compare.tolerance')}</label>
        <select id={`${id}-tol`} value={options.tolerance} onChange={(e) => setCompareOptions({ tolerance: Number(e.target.value) })}>
          {Array.from({ length: MAX_TOLERANCE + 1 }, (_, n) => (
            <option key={n} value={n}>
              {toleranceText(t, n)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-by`}>{t('compare.breakdown')}</label>
        <select
          id={`${id}-by`}
          value={options.breakdown ?? ''}
          disabled={dimensions.length === 0}
          onChange={(e) => setCompareOptions({ breakdown: e.target.value || null })}
        >
          <option value="">{dimensions.length === 0 ? t('compare.breakdownUnavailable') : t('compare.breakdownNone')}</option>
          {dimensions.map((d) => (
            <option key={d.dimension.id} value={d.dimension.id}>
              {d.dimension.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-geo`}>{placeLabel ?? t('compare.country')}</label>
        <select id={`${id}-geo`} value={options.country ?? ''} onChange={(e) => setCompareOptions({ country: e.target.value || null })}>
          <option value="">{t('compare.countryAuto', { name: autoName })}</option>
          {countries.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox compare-controls__nowcast">
        <input type="checkbox" checked={options.nowcast} onChange={(e) => setCompareOptions({ nowcast: e.target.checked })} />
        {t('compare.nowcast')}
      </label>
    </section>
  );
}
