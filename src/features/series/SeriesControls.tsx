import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { SERIES_LINES, SERIES_MEASURES, SERIES_SCALES, type SeriesOptions } from '../../state/viewState';

interface Props {
  options: SeriesOptions;
  /** Every period of the lines (for the time window). */
  periods: readonly string[];
  /** The periods in the window (for the base of the index). */
  windowPeriods: readonly string[];
  /** The base the index uses when none is chosen. */
  autoBase: string | null;
  perThousand: boolean;
  formatPeriod: (period: string) => string;
  onChange: (options: Partial<SeriesOptions>) => void;
}

/** The chart's options, each a labelled select (and so reachable and usable from the keyboard). */
export function SeriesControls({ options, periods, windowPeriods, autoBase, perThousand, formatPeriod, onChange }: Props) {
  const { t } = useT();
  const id = useId();
  const withCurrent = (list: readonly string[], current: string | null) =>
    current !== null && !list.includes(current) ? [...list, current].sort() : list;

  return (
    <div className="series-controls" role="group" aria-label={t('series.options')}>
      <div className="field">
        <label htmlFor={`${id}-lines`}>{t('series.lines')}</label>
        <select id={`${id}-lines`} value={options.lines} onChange={(e) => onChange({ lines: e.target.value as SeriesOptions['lines'] })}>
          {SERIES_LINES.map((value) => (
            <option key={value} value={value}>
              {t(`series.lines.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-scale`}>{t('series.scale')}</label>
        <select id={`${id}-scale`} value={options.scale} onChange={(e) => onChange({ scale: e.target.value as SeriesOptions['scale'] })}>
          {SERIES_SCALES.map((value) => (
            <option key={value} value={value}>
              {t(`series.scale.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-measure`}>{t('series.measure')}</label>
        <select
          id={`${id}-measure`}
          value={options.measure === 'per1000' && !perThousand ? 'absolute' : options.measure}
          onChange={(e) => onChange({ measure: e.target.value as SeriesOptions['measure'] })}
        >
          {SERIES_MEASURES.map((value) => {
            const label = t(`series.measure.${value}`);
            const off = value === 'per1000' && !perThousand;
            return (
              <option key={value} value={value} disabled={off}>
                {off ? t('series.unavailable', { option: label }) : label}
              </option>
            );
          })}
        </select>
      </div>
      {options.measure === 'index' && (
        <div className="field">
          <label htmlFor={`${id}-base`}>{t('series.base')}</label>
          <select id={`${id}-base`} value={options.base ?? ''} onChange={(e) => onChange({ base: e.target.value || null })}>
            <option value="">{t('series.base.auto', { period: autoBase ? formatPeriod(autoBase) : '—' })}</option>
            {withCurrent(windowPeriods, options.base).map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field field--narrow">
        <label htmlFor={`${id}-from`}>{t('series.from')}</label>
        <select id={`${id}-from`} value={options.from ?? ''} onChange={(e) => onChange({ from: e.target.value || null })}>
          <option value="">{t('series.start')}</option>
          {withCurrent(periods, options.from).map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--narrow">
        <label htmlFor={`${id}-to`}>{t('series.to')}</label>
        <select id={`${id}-to`} value={options.to ?? ''} onChange={(e) => onChange({ to: e.target.value || null })}>
          <option value="">{t('series.end')}</option>
          {withCurrent(periods, options.to).map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p)}
            </option>
          ))}
        </select>
      </div>
      {(options.from !== null || options.to !== null) && (
        <button type="button" className="button-quiet" onClick={() => onChange({ from: null, to: null })}>
          {t('series.wholePeriod')}
        </button>
      )}
    </div>
  );
}
