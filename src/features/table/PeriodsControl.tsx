import { formatPeriod } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { TablePeriods } from '../../state/viewState';

interface Props {
  value: TablePeriods;
  /** Every period of the source, oldest first. */
  periods: readonly string[];
  /** The view's period (what one period shows). */
  period: string | null;
  onChange: (value: TablePeriods) => void;
}

type Mode = 'one' | 'range' | 'all';

/** The range a first choice of "a range" shows: the earliest period to the view's (or to the latest). */
function firstRange(periods: readonly string[], period: string | null): TablePeriods {
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined) return null;
  return { from: first, to: period !== null && period > first ? period : last };
}

/** Which periods the Table shows as columns: the view's alone, a range, or every one. */
export function PeriodsControl({ value, periods, period, onChange }: Props) {
  const { t, lang } = useT();
  const mode: Mode = value === null ? 'one' : value === 'all' ? 'all' : 'range';
  // The ends of a linked range are offered even when the source has no value there.
  const options = value !== null && value !== 'all' ? [...new Set([...periods, value.from, value.to])].sort() : periods;

  const periodSelect = (label: string, current: string, set: (period: string) => void) => (
    <label>
      {label}{' '}
      <select value={current} onChange={(e) => set(e.target.value)}>
        {options.map((p) => (
          <option key={p} value={p}>
            {formatPeriod(p, lang)}
          </option>
        ))}
      </select>
    </label>
  );

  function choose(next: Mode) {
    if (next === 'one') onChange(null);
    else if (next === 'all') onChange('all');
    else onChange(firstRange(periods, period));
  }

  return (
    <div className="table-periods">
      <label>
        {t('table.periods')}{' '}
        <select value={mode} onChange={(e) => choose(e.target.value as Mode)}>
          <option value="one">{t('table.periods.one', { period: period ? formatPeriod(period, lang) : '—' })}</option>
          <option value="range" disabled={periods.length === 0}>
            {t('table.periods.range')}
          </option>
          <option value="all">{t('table.periods.all')}</option>
        </select>
      </label>
      {value !== null && value !== 'all' && (
        <span className="table-periods__range">
          {periodSelect(t('table.from'), value.from, (from) => onChange({ from, to: value.to }))}
          {periodSelect(t('table.to'), value.to, (to) => onChange({ from: value.from, to }))}
        </span>
      )}
    </div>
  );
}
