/**
 * The Time series panel: the controls, the chart with its time-window overview, the legend and
 * the notes, as useSeriesPanelModel gives them.
 */
import type { Catalog } from '../../contract/schema';
import type { ResolvedView } from '../../data/resolveView';
import { useT } from '../../i18n/useT';
import { EmptyState, ErrorState, LoadingState } from '../../components/PanelStatus';
import { SeriesChart } from './SeriesChart';
import { SeriesControls } from './SeriesControls';
import { AggregateLines } from './AggregateLines';
import { LineSwatch, SeriesLegend } from './SeriesLegend';
import { useSeriesPanelModel } from './useSeriesPanelModel';
import { useSeriesExport } from '../../lib/export/usePanelExports';
import { useViewStore } from '../../state/store';
import './series.css';

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
}

export function SeriesPanel({ catalog, resolved }: Props) {
  const { t } = useT();
  const m = useSeriesPanelModel(catalog, resolved);
  const embed = useViewStore((s) => s.view.embed);
  const { options, model, full, specs, focus, setFocus, breaks, notes, styles } = m;
  // PNG/SVG export: the chart's title, lines and notes, and its SVG while one is drawn; "Data shown (CSV)": its lines.
  useSeriesExport({ title: m.title, lines: m.shownSpecs, drawn: m.drawnAny, notes, csv: m.csv, sourceIds: m.drawnSourceIds });

  let body;
  if (m.body === 'pick') body = <EmptyState>{t('series.pick')}</EmptyState>;
  else if (m.body === 'loading') body = <LoadingState />;
  else if (m.body === 'empty') body = <EmptyState>{t('series.empty')}</EmptyState>;
  else if (m.body === 'none') body = null;
  else {
    body = (
      <SeriesChart
        model={model}
        specs={specs}
        breaks={breaks.map((b) => b.mark)}
        focus={focus}
        onFocus={setFocus}
        scale={options.scale}
        title={m.title}
        yLabel={m.yLabel}
        formatTick={m.formatTick}
        formatPeriod={m.formatPeriod}
        readout={m.readout}
        initialPeriod={m.viewPeriod}
        baseline={options.scale === 'log' ? null : m.measure === 'index' ? 100 : 0}
        overview={
          full.periods.length > 1 ? { model: full, specs, scale: options.scale, from: options.from, to: options.to, onWindow: m.onWindow } : null
        }
      />
    );
  }

  return (
    <div className="series-panel">
      <SeriesControls
        options={options}
        periods={full.periods.map((p) => p.period)}
        windowPeriods={model.periods.map((p) => p.period)}
        autoBase={options.base === null ? model.base : null}
        perThousand={m.perThousand}
        formatPeriod={m.formatPeriod}
        onChange={m.onChange}
      />
      <AggregateLines choices={m.aggregateChoices} chosen={m.chosenAggregates} onToggle={m.toggleAggregate} />
      {m.failures.map((f) => (
        <ErrorState key={f.key} what={f.what} error={f.error} onRetry={f.retry} />
      ))}
      <figure className="series-figure">
        {/* Embedded, the view's heading says the same words: the caption is left to screen readers. */}
        <figcaption className={`series-figure__title${embed ? ' visually-hidden' : ''}`}>{m.title}</figcaption>
        {body}
      </figure>
      {specs.length > 0 && <SeriesLegend specs={specs} statuses={m.statuses} focus={focus} onFocus={setFocus} />}
      {(notes.length > 0 || styles.length > 0) && (
        <div className="series-notes">
          {styles.length > 0 && (
            <ul className="series-notes__styles">
              {styles.map((s) => (
                <li key={s.key}>
                  <LineSwatch color="#545d68" {...s.swatch} />
                  {s.text}
                </li>
              ))}
              {breaks.length > 0 && (
                <li>
                  <svg className="series-swatch" width="28" height="14" aria-hidden="true" focusable="false">
                    <line x1="14" x2="14" y1="0" y2="14" stroke="#545d68" strokeWidth="1.5" strokeDasharray="3 2" />
                  </svg>
                  {t('series.style.break')}
                </li>
              )}
              {m.flagged && (
                <li>
                  <svg className="series-swatch" width="28" height="14" aria-hidden="true" focusable="false">
                    <circle cx="14" cy="7" r="3.5" fill="#ffffff" stroke="#545d68" strokeWidth="1.5" />
                  </svg>
                  {t('series.style.flagged')}
                </li>
              )}
              {m.gaps && <li className="series-notes__plain">{t('series.style.gap')}</li>}
            </ul>
          )}
          {notes.length > 0 && (
            <ul className="series-notes__list">
              {notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
