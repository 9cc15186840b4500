import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { drawnMeasure } from './seriesPanelModel';
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
          value={drawnMeasure(options.measure, perThousand)}
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
        <PeriodSelect
          id={`${id}-base`}
          label={t('series.base')}
          none={t('series.base.auto', { period: autoBase ? formatPeriod(autoBase) : '—' })}
          periods={windowPeriods}
          value={options.base}
          formatPeriod={formatPeriod}
          onChange={(base) => onChange({ base })}
        />
      )}
      <PeriodSelect
        id={`${id}-from`}
        narrow
        label={t('series.from')}
        none={t('series.start')}
        periods={periods}
        value={options.from}
        formatPeriod={formatPeriod}
        onChange={(from) => onChange({ from })}
      />
      <PeriodSelect
        id={`${id}-to`}
        narrow
        label={t('series.to')}
        none={t('series.end')}
        periods={periods}
        value={options.to}
        formatPeriod={formatPeriod}
        onChange={(to) => onChange({ to })}
      />
      {(options.from !== null || options.to !== null) && (
        <button type="button" className="button-quiet" onClick={() => onChange({ from: null, to: null })}>
          {t('series.wholePeriod')}
        </button>
      )}
    </div>
  );
}

interface PeriodSelectProps {
  id: string;
  label: string;
  /** The text of the empty choice (no period chosen). */
  none: string;
  periods: readonly string[];
  value: string | null;
  narrow?: boolean;
  formatPeriod: (period: string) => string;
  onChange: (period: string | null) => void;
}

/** A labelled select of periods; the chosen one stays listed even when the periods no longer hold it. */
function PeriodSelect({ id, label, none, periods, value, narrow = false, formatPeriod, onChange }: PeriodSelectProps) {
  const listed = value !== null && !periods.includes(value) ? [...periods, value].sort() : periods;
  return (
    <div className={narrow ? 'field field--narrow' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{none}</option>
        {listed.map((p) => (
          <option key={p} value={p}>
            {formatPeriod(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
