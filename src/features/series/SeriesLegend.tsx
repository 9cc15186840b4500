import { useT } from '../../i18n/useT';
import type { LineSpec } from './lines';

/** A line's swatch: its colour and style (dots and dashes for sparse figures), with its band. */
export function LineSwatch({ color, sparse, band = false }: { color: string; sparse: boolean; band?: boolean }) {
  return (
    <svg className="series-swatch" width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {band && <rect x="1" y="2" width="26" height="10" fill={color} opacity="0.18" />}
      <line x1="2" x2="26" y1="7" y2="7" stroke={color} strokeWidth="2.5" strokeDasharray={sparse ? '4 3' : undefined} />
      {sparse && (
        <>
          <circle cx="4" cy="7" r="2.6" fill={color} />
          <circle cx="24" cy="7" r="2.6" fill={color} />
        </>
      )}
    </svg>
  );
}

interface Props {
  specs: readonly LineSpec[];
  /** Why a line is not drawn (loading, failed, no values…), by line key; absent when it is drawn. */
  statuses: ReadonlyMap<string, string>;
  focus: string | null;
  onFocus: (key: string | null) => void;
}

/** The legend: one button per line, pressing it highlights the line (and dims the others). */
export function SeriesLegend({ specs, statuses, focus, onFocus }: Props) {
  const { t } = useT();
  return (
    <section className="series-legend" aria-label={t('series.legend')}>
      <ul>
        {specs.map((spec) => {
          const status = statuses.get(spec.key);
          return (
            <li key={spec.key}>
              <button
                type="button"
                aria-pressed={focus === spec.key}
                className={focus !== null && focus !== spec.key ? 'dim' : undefined}
                onClick={() => onFocus(focus === spec.key ? null : spec.key)}
              >
                <LineSwatch color={spec.color} sparse={spec.sparse} />
                <span>{spec.name}</span>
                {status && <span className="series-legend__status">({status})</span>}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('series.legend.hint')}</p>
    </section>
  );
}
