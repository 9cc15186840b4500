/**
 * The Time series panel: loads one series per source it draws (and the population for per
 * 1,000), builds the chart model with the pure functions of buildSeries.ts, and lays out the
 * controls, the chart with its time-window overview, the legend and the notes.
 */
import { useCallback, useMemo, useState } from 'react';
import { TOTAL_SLICE } from '../../contract/paths';
import type { Catalog, Series, Source } from '../../contract/schema';
import { useSeries } from '../../data/queries';
import { sliceLabel, type ResolvedView } from '../../data/resolveView';
import { catalogIndex } from '../../data/catalogIndex';
import { formatPeriod as formatPeriodIn, formatValue } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import type { SeriesOptions } from '../../state/viewState';
import { EmptyState, ErrorState, LoadingState } from '../../components/PanelStatus';
import { breakCaveat, shortCaveat } from './breaks';
import { breaksOf, buildChart, pointAt, topCountries, type LineInput } from './buildSeries';
import { formatMeasured, formatTick as formatTickIn, perThousandApplies } from './format';
import { lineSpecs, resolveMode, summarize } from './lines';
import { SeriesChart, type BreakMark, type ReadoutRow } from './SeriesChart';
import { SeriesControls } from './SeriesControls';
import { LineSwatch, SeriesLegend } from './SeriesLegend';
import { useSeriesList, useStableList } from './useSeriesData';
import { useSeriesExport } from '../../lib/export/usePanelExports';
import './series.css';

/** The indicator whose values serve as the population of "per 1,000 population". */
export const POPULATION_INDICATOR = 'population';
/** How many countries are drawn when none is selected. */
export const DEFAULT_COUNTRY_COUNT = 5;

interface Props {
  catalog: Catalog;
  resolved: ResolvedView;
}

export function SeriesPanel({ catalog, resolved }: Props) {
  const { t, lang } = useT();
  const countries = useViewStore((s) => s.view.countries);
  const options = useViewStore((s) => s.view.series);
  const viewPeriod = useViewStore((s) => s.view.period);
  const setSeriesOptions = useViewStore((s) => s.setSeriesOptions);
  const [focusKey, setFocus] = useState<string | null>(null);
  const { indicator, slice } = resolved;

  const mode = countries.length === 0 ? 'country' : resolveMode(options.lines, countries.length);
  const drawnSources = mode === 'source' ? resolved.sources : [resolved.source];
  const hasSlice = (source: Source) =>
    slice === TOTAL_SLICE || (catalogIndex(catalog).sourceRef(indicator, source.id)?.breakdowns.includes(slice) ?? false);
  const sources = useStableList(drawnSources.filter(hasSlice));
  const noSlice = drawnSources.filter((s) => !hasSlice(s));

  const populationIndicator = catalogIndex(catalog).indicator(POPULATION_INDICATOR);
  const populationSource = catalogIndex(catalog).source(populationIndicator?.sources[0]?.id);
  const perThousand = populationIndicator !== undefined && perThousandApplies(indicator, POPULATION_INDICATOR);
  const measure = options.measure === 'per1000' && !perThousand ? 'absolute' : options.measure;

  const refs = useMemo(() => sources.map((s) => ({ indicator: indicator.id, source: s.id, slice })), [sources, indicator.id, slice]);
  const results = useSeriesList(refs);
  const populationQuery = useSeries(
    measure === 'per1000' && populationSource ? { indicator: POPULATION_INDICATOR, source: populationSource.id, slice: TOTAL_SLICE } : null,
  );
  const data = useStableList(results.map((r) => r.data));
  const population = populationQuery.data ?? null;

  const formatPeriod = useCallback((p: string) => formatPeriodIn(p, lang), [lang]);
  const countryNames = useMemo(() => new Map(catalog.geographies.countries.map((c) => [c.id, c.name])), [catalog]);

  // With no country selected: the largest few of the (first) source.
  const defaults = useMemo(() => {
    const first = data[0];
    return countries.length === 0 && first ? topCountries(first, DEFAULT_COUNTRY_COUNT, indicator.signed) : null;
  }, [countries.length, data, indicator.signed]);
  const geos = useMemo(() => (countries.length > 0 ? countries : (defaults?.geos ?? [])), [countries, defaults]);

  const specs = useMemo(
    () =>
      lineSpecs(
        mode,
        geos,
        sources,
        (geo) => countryNames.get(geo) ?? geo,
        (country, source) => t('series.line.name', { country, source }),
      ),
    [mode, geos, sources, countryNames, t],
  );
  const names = useMemo(() => new Map(specs.map((s) => [s.key, s.name])), [specs]);

  const { model, full } = useMemo(() => {
    const bySource = new Map<string, Series | undefined>(sources.map((s, i) => [s.id, data[i]]));
    const inputs: LineInput[] = [];
    for (const spec of specs) {
      const series = bySource.get(spec.sourceId);
      if (series) inputs.push({ key: spec.key, geo: spec.geo, sourceId: spec.sourceId, series });
    }
    const measured = { ...options, measure };
    const windowed = buildChart(inputs, measured, population);
    return { model: windowed, full: buildChart(inputs, { ...measured, base: windowed.base, from: null, to: null }, population) };
  }, [sources, data, specs, options, measure, population]);

  const focus = focusKey !== null && specs.some((s) => s.key === focusKey) ? focusKey : null;
  const unitLabel = t(`unit.${indicator.unit}`);
  const axis =
    measure === 'per1000'
      ? t('series.axis.per1000', { unit: unitLabel })
      : measure === 'index'
        ? t('series.axis.index', { base: model.base ? formatPeriod(model.base) : '—' })
        : unitLabel;
  const yLabel = options.scale === 'log' ? t('series.axis.log', { axis }) : axis;
  const breakdown = sliceLabel(indicator, slice);
  const indicatorTitle = breakdown ? `${indicator.label} (${breakdown.dimension}: ${breakdown.value})` : indicator.label;
  const title =
    mode === 'country'
      ? t('series.title.country', { indicator: indicatorTitle, measure: yLabel, source: resolved.source.name })
      : t('series.title.source', { indicator: indicatorTitle, measure: yLabel, countries: geos.map((g) => countryNames.get(g) ?? g).join(', ') });

  const formatTick = useCallback((v: number) => formatTickIn(v, indicator.unit, measure, lang), [indicator.unit, measure, lang]);

  const readout = useCallback(
    (period: string): ReadoutRow[] => {
      const byKey = new Map(model.lines.map((l) => [l.key, l]));
      const rows: ReadoutRow[] = [];
      for (const spec of specs) {
        const line = byKey.get(spec.key);
        if (!line) continue;
        const p = pointAt(line, period);
        const details: string[] = [];
        let value = t('series.tooltip.noValue');
        if (p && p.period !== period) details.push(t('series.tooltip.yearly', { period: formatPeriod(p.period) }));
        if (p && p.raw !== null) {
          const published = formatValue(p.raw, indicator.unit, lang);
          if (p.value === null) {
            if (p.excluded) details.push(t(`series.excluded.${p.excluded}`));
            details.push(t('series.tooltip.published', { value: published }));
          } else {
            value = formatMeasured(p.value, indicator.unit, measure, lang);
            if (p.lower !== null && p.upper !== null) {
              details.push(
                t('series.tooltip.range', {
                  lower: formatMeasured(p.lower, indicator.unit, measure, lang),
                  upper: formatMeasured(p.upper, indicator.unit, measure, lang),
                }),
              );
            }
            if (measure !== 'absolute') details.push(t('series.tooltip.published', { value: published }));
          }
          if (p.flag) details.push(t(`flag.${p.flag}`));
        }
        const flagged = p !== null && (p.flag !== null || p.excluded !== null || p.period !== period);
        rows.push({ key: spec.key, name: spec.name, color: spec.color, sparse: spec.sparse, value, details, flagged, sortValue: p?.value ?? null });
      }
      return rows.sort((a, b) => (b.sortValue ?? -Infinity) - (a.sortValue ?? -Infinity));
    },
    [model, specs, t, formatPeriod, indicator.unit, measure, lang],
  );

  const breakNotes = useMemo(
    () =>
      breaksOf(model).map((b) => {
        const source = catalogIndex(catalog).source(b.sourceId);
        const caveat = source ? breakCaveat(source.caveats, b.period, [t('series.break.keyword')]) : null;
        const text = caveat ?? t('series.break.generic');
        return {
          mark: { key: `${b.sourceId}|${b.period}`, t: b.t, label: `${t('series.break.label')}: ${shortCaveat(text)}` } satisfies BreakMark,
          note: t('series.note.break', { period: formatPeriod(b.period), source: source?.name ?? b.sourceId, text }),
        };
      }),
    [model, catalog, t, formatPeriod],
  );

  const onChange = useCallback((partial: Partial<SeriesOptions>) => setSeriesOptions(partial), [setSeriesOptions]);
  const onWindow = useCallback((from: string | null, to: string | null) => setSeriesOptions({ from, to }), [setSeriesOptions]);

  // Per-line status for the legend, and what the notes say.
  const statuses = new Map<string, string>();
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  for (const spec of specs) {
    const result = results[sourceIndex.get(spec.sourceId) ?? -1];
    const line = model.lines.find((l) => l.key === spec.key);
    if (!result || result.isPending) statuses.set(spec.key, t('series.line.loading'));
    else if (result.isError) statuses.set(spec.key, t('series.line.failed'));
    else if (!line || line.points.every((p) => p.raw === null)) statuses.set(spec.key, t('series.line.empty'));
    else if (!line.drawn) statuses.set(spec.key, t('series.line.notDrawn'));
  }
  const summary = summarize(model, names);
  const list = (items: string[]) =>
    items.length <= 4 ? items.join(', ') : t('series.more', { names: items.slice(0, 3).join(', '), count: items.length - 3 });

  const waitingForPopulation = measure === 'per1000' && populationQuery.isPending;
  const nothingYet = results.length > 0 && results.every((r) => r.isPending);
  const drawnAny = model.lines.some((l) => l.drawn);
  const loadedAny = results.some((r) => r.data !== undefined);

  const notes: string[] = [];
  if (defaults && defaults.period && geos.length > 0) notes.push(t('series.default', { count: geos.length, period: formatPeriod(defaults.period) }));
  if (options.measure === 'per1000' && !perThousand) notes.push(t('series.note.measureUnavailable', { option: t('series.measure.per1000') }));
  for (const source of noSlice) notes.push(t('series.note.noSlice', { source: source.name }));
  for (const b of breakNotes) notes.push(b.note);
  if (measure === 'index' && model.base === null && loadedAny) notes.push(t('series.note.noBaseAny'));
  if (summary.noBase.count > 0 && model.base) notes.push(t('series.note.noBase', { base: formatPeriod(model.base), names: list(summary.noBase.names) }));
  if (summary.noPopulation.count > 0) notes.push(t('series.note.noPopulation', { count: summary.noPopulation.count, names: list(summary.noPopulation.names) }));
  if (summary.nonPositive.count > 0) notes.push(t('series.note.nonPositive', { count: summary.nonPositive.count, names: list(summary.nonPositive.names) }));
  if (summary.gaps.count > 0) notes.push(t('series.note.gaps', { count: summary.gaps.count, names: list(summary.gaps.names) }));

  const shownSpecs = specs.filter((s) => model.lines.find((l) => l.key === s.key)?.drawn);
  // PNG/SVG export: the chart's title, lines and notes, and its SVG while one is drawn.
  useSeriesExport({ title, lines: shownSpecs, drawn: drawnAny, notes });
  const styles: { key: string; swatch: { sparse: boolean; band?: boolean }; text: string }[] = [];
  if (shownSpecs.some((s) => s.sparse)) styles.push({ key: 'sparse', swatch: { sparse: true }, text: t('series.style.sparse') });
  if (shownSpecs.some((s) => !s.sparse)) styles.push({ key: 'solid', swatch: { sparse: false }, text: t('series.style.solid') });
  if (model.lines.some((l) => l.points.some((p) => p.lower !== null && p.upper !== null)))
    styles.push({ key: 'band', swatch: { sparse: false, band: true }, text: t('series.style.band') });
  const flagged = model.lines.some((l) => l.drawn && l.points.some((p) => p.value !== null && p.flag !== null && p.flag !== 'break'));

  const periods = full.periods.map((p) => p.period);
  const windowPeriods = model.periods.map((p) => p.period);

  let body;
  if (geos.length === 0 && !nothingYet && countries.length === 0 && !results.some((r) => r.isError)) {
    body = <EmptyState>{t('series.pick')}</EmptyState>;
  } else if (nothingYet || waitingForPopulation) {
    body = <LoadingState />;
  } else if (!drawnAny) {
    body = loadedAny ? <EmptyState>{t('series.empty')}</EmptyState> : null;
  } else {
    body = (
      <>
        <SeriesChart
          model={model}
          specs={specs}
          breaks={breakNotes.map((b) => b.mark)}
          focus={focus}
          onFocus={setFocus}
          scale={options.scale}
          title={title}
          yLabel={yLabel}
          formatTick={formatTick}
          formatPeriod={formatPeriod}
          readout={readout}
          initialPeriod={viewPeriod}
          baseline={options.scale === 'log' ? null : measure === 'index' ? 100 : 0}
          overview={full.periods.length > 1 ? { model: full, specs, scale: options.scale, from: options.from, to: options.to, onWindow } : null}
        />
      </>
    );
  }

  return (
    <div className="series-panel">
      <SeriesControls
        options={options}
        periods={periods}
        windowPeriods={windowPeriods}
        autoBase={options.base === null ? model.base : null}
        perThousand={perThousand}
        formatPeriod={formatPeriod}
        onChange={onChange}
      />
      {results.map((result, i) =>
        result.isError ? (
          <ErrorState
            key={sources[i]?.id ?? i}
            what={t('what.series', { indicator: indicator.label, source: sources[i]?.name ?? '' })}
            error={result.error}
            onRetry={() => void result.refetch()}
          />
        ) : null,
      )}
      {populationQuery.isError && populationIndicator && (
        <ErrorState
          what={t('what.series', { indicator: populationIndicator.label, source: populationSource?.name ?? '' })}
          error={populationQuery.error}
          onRetry={() => void populationQuery.refetch()}
        />
      )}
      <figure className="series-figure">
        <figcaption className="series-figure__title">{title}</figcaption>
        {body}
      </figure>
      {specs.length > 0 && <SeriesLegend specs={specs} statuses={statuses} focus={focus} onFocus={setFocus} />}
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
              {breakNotes.length > 0 && (
                <li>
                  <svg className="series-swatch" width="28" height="14" aria-hidden="true" focusable="false">
                    <line x1="14" x2="14" y1="0" y2="14" stroke="#545d68" strokeWidth="1.5" strokeDasharray="3 2" />
                  </svg>
                  {t('series.style.break')}
                </li>
              )}
              {flagged && (
                <li>
                  <svg className="series-swatch" width="28" height="14" aria-hidden="true" focusable="false">
                    <circle cx="14" cy="7" r="3.5" fill="#ffffff" stroke="#545d68" strokeWidth="1.5" />
                  </svg>
                  {t('series.style.flagged')}
                </li>
              )}
              {summary.gaps.count > 0 && <li className="series-notes__plain">{t('series.style.gap')}</li>}
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
