/**
 * The Time series panel's model: loads one series per source it draws (and the population for
 * per 1,000), builds the chart with the pure functions of buildSeries.ts and seriesPanelModel.ts,
 * and hands the panel what it renders.
 */
import { useCallback, useMemo, useState } from 'react';
import { TOTAL_SLICE } from '../../contract/paths';
import type { Catalog, Series } from '../../contract/schema';
import { useSeries } from '../../data/queries';
import { breakdownText, type ResolvedView } from '../../data/resolveView';
import { formatPeriod as formatPeriodIn } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useViewStore } from '../../state/store';
import type { SeriesOptions } from '../../state/viewState';
import { buildChart, topCountries, type LineInput } from './buildSeries';
import { formatTick as formatTickIn, perThousandApplies } from './format';
import { aggregateLineSpecs, lineSpecs, resolveMode, summarize } from './lines';
import { aggregatesOf, withAggregateRows } from '../../data/aggregates';
import {
  breakNotes,
  csvLines,
  DEFAULT_COUNTRY_COUNT,
  drawnMeasure,
  hasFlaggedValue,
  lineStatuses,
  lineStyles,
  POPULATION_INDICATOR,
  readoutRows,
  seriesBody,
  seriesNotes,
  seriesTitle,
  sourcesWithSlice,
  yAxisLabel,
  type LoadState,
} from './seriesPanelModel';
import { useSeriesList, useStableList } from './useSeriesData';
import { catalogIndex, levelOfRef } from '../../data/catalogIndex';
import { DEFAULT_LEVEL } from '../../contract/levels';
import { linesAtLevels } from './levels';
import { periodRangeText } from '../../lib/viewTitle';
import { breakdownHeader, exportFileName } from '../../lib/export/exportData';
import type { PanelCsv } from '../../lib/export/registry';
import { buildSeriesCsv, sourcesDrawn } from '../../lib/export/seriesCsv';
import { unitKey } from '../../data/ties';
import '../../i18n/enLevels';

/** A load that failed, with what it was and a way to try again. */
export interface FailedLoad {
  key: string;
  what: string;
  error: unknown;
  retry: () => void;
}

export function useSeriesPanelModel(catalog: Catalog, resolved: ResolvedView) {
  const { t, lang } = useT();
  const countries = useViewStore((s) => s.view.countries);
  const options = useViewStore((s) => s.view.series);
  const viewPeriod = useViewStore((s) => s.view.period);
  const setSeriesOptions = useViewStore((s) => s.setSeriesOptions);
  const [focusKey, setFocus] = useState<string | null>(null);
  const { indicator, slice } = resolved;

  const mode = countries.length === 0 ? 'country' : resolveMode(options.lines, countries.length);
  const { drawn, noSlice } = sourcesWithSlice(mode === 'source', indicator, slice, resolved.sources, resolved.source);
  const index = catalogIndex(catalog);
  // A place gets lines only from the sources of its level (country, region, state); sources without figures per place have none.
  const perPlace = drawn.filter((s) => index.sourceRef(indicator, s.id)?.total !== false);
  const levelLines = linesAtLevels(
    countries,
    perPlace,
    (geo) => index.placeLevel(geo) ?? DEFAULT_LEVEL,
    (s) => levelOfRef(index.sourceRef(indicator, s.id)),
  );
  const sources = useStableList(countries.length > 0 ? levelLines.sources : perPlace);

  const populationIndicator = catalogIndex(catalog).indicator(POPULATION_INDICATOR);
  const populationSource = catalogIndex(catalog).source(populationIndicator?.sources[0]?.id);
  const perThousand = populationIndicator !== undefined && perThousandApplies(indicator, POPULATION_INDICATOR);
  const measure = drawnMeasure(options.measure, perThousand);

  const refs = useMemo(() => sources.map((s) => ({ indicator: indicator.id, source: s.id, slice })), [sources, indicator.id, slice]);
  const results = useSeriesList(refs);
  const populationQuery = useSeries(
    measure === 'per1000' && populationSource ? { indicator: POPULATION_INDICATOR, source: populationSource.id, slice: TOTAL_SLICE } : null,
  );
  const data = useStableList(results.map((r) => r.data));
  const population = populationQuery.data ?? null;

  const formatPeriod = useCallback((p: string) => formatPeriodIn(p, lang), [lang]);
  const words = useMemo(() => ({ t, lang, formatPeriod }), [t, lang, formatPeriod]);
  const countryNames = useMemo(
    () => new Map([...catalog.geographies.countries, ...(catalog.geographies.units ?? [])].map((c) => [c.id, c.name])),
    [catalog],
  );

  // With no country selected: the largest few of the (first) source.
  const defaults = useMemo(() => {
    const first = data[0];
    return countries.length === 0 && first ? topCountries(first, DEFAULT_COUNTRY_COUNT, indicator.signed) : null;
  }, [countries.length, data, indicator.signed]);
  const geos = useMemo(() => (countries.length > 0 ? countries : (defaults?.geos ?? [])), [countries, defaults]);

  // The aggregates the drawn sources publish, and those chosen as lines (World, regions, the EU…).
  const aggregateChoices = useMemo(() => {
    const published = new Set(data.flatMap((series) => series?.aggregates?.geo ?? []));
    return aggregatesOf(catalog).filter((a) => published.has(a.id));
  }, [catalog, data]);
  const chosenAggregates = useMemo(() => aggregateChoices.filter((a) => options.aggregates.includes(a.id)), [aggregateChoices, options.aggregates]);
  const drawsAt = countries.length > 0 ? levelLines.drawn : null;
  const countrySpecs = useMemo(
    () =>
      lineSpecs(
        mode,
        geos,
        sources,
        (geo) => countryNames.get(geo) ?? geo,
        (country, source) => t('series.line.name', { country, source }),
      ).filter((spec) => drawsAt === null || drawsAt(spec.geo, spec.sourceId)),
    // drawsAt follows countries and sources, both in the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [mode, geos, sources, countryNames, t],
  );
  const specs = useMemo(
    () => [
      ...countrySpecs,
      ...aggregateLineSpecs(
        mode,
        chosenAggregates,
        sources,
        geos.length,
        (name) => t('aggregates.line.name', { name }),
        (aggregate, source) => t('series.line.name', { country: aggregate, source }),
      ),
    ],
    [countrySpecs, mode, chosenAggregates, sources, geos.length, t],
  );
  const names = useMemo(() => new Map(specs.map((s) => [s.key, s.name])), [specs]);

  const { model, full } = useMemo(() => {
    // Aggregate rows join the countries' only here, where lines are drawn by id (never ranked or counted).
    const withAggregates = chosenAggregates.length > 0;
    const rowsOf = (series: Series | undefined) => (series && withAggregates ? withAggregateRows(series) : series);
    const bySource = new Map<string, Series | undefined>(sources.map((s, i) => [s.id, rowsOf(data[i])]));
    const inputs: LineInput[] = [];
    for (const spec of specs) {
      const series = bySource.get(spec.sourceId);
      if (series) inputs.push({ key: spec.key, geo: spec.geo, sourceId: spec.sourceId, series });
    }
    const measured = { ...options, measure };
    const people = rowsOf(population ?? undefined) ?? null;
    const windowed = buildChart(inputs, measured, people);
    return { model: windowed, full: buildChart(inputs, { ...measured, base: windowed.base, from: null, to: null }, people) };
  }, [sources, data, specs, options, measure, population, chosenAggregates]);

  const focus = focusKey !== null && specs.some((s) => s.key === focusKey) ? focusKey : null;
  const yLabel = yAxisLabel(words, indicator.unit, measure, options.scale, model.base);
  const title = seriesTitle(
    t,
    mode === 'country',
    indicator.label,
    breakdownText(indicator, slice, t),
    yLabel,
    resolved.source.name,
    geos.map((g) => countryNames.get(g) ?? g),
    periodRangeText(model.periods[0]?.period, model.periods.at(-1)?.period, lang),
  );

  const formatTick = useCallback((v: number) => formatTickIn(v, indicator.unit, measure, lang), [indicator.unit, measure, lang]);
  const readout = useCallback(
    (period: string) => readoutRows(period, model, specs, words, indicator.unit, measure),
    [model, specs, words, indicator.unit, measure],
  );
  const breaks = useMemo(() => breakNotes(model, catalog, words), [model, catalog, words]);

  const onChange = useCallback((partial: Partial<SeriesOptions>) => setSeriesOptions(partial), [setSeriesOptions]);
  const toggleAggregate = useCallback(
    (id: string) =>
      setSeriesOptions({ aggregates: options.aggregates.includes(id) ? options.aggregates.filter((a) => a !== id) : [...options.aggregates, id] }),
    [setSeriesOptions, options.aggregates],
  );
  const onWindow = useCallback((from: string | null, to: string | null) => setSeriesOptions({ from, to }), [setSeriesOptions]);

  const loads = new Map<string, LoadState>();
  sources.forEach((s, i) => {
    const result = results[i];
    if (result) loads.set(s.id, { pending: result.isPending, failed: result.isError });
  });
  const statuses = lineStatuses(specs, model, loads, t);
  const summary = summarize(model, names);

  const loadedAny = results.some((r) => r.data !== undefined);
  const drawnAny = model.lines.some((l) => l.drawn);
  const nothingYet = results.length > 0 && results.every((r) => r.isPending);
  const levelNotes =
    countries.length > 0
      ? levelLines.absent.map(({ level, sources: left, places }) =>
          t('series.otherLevel', {
            sources: left.map((s) => s.name).join(', '),
            by: t(`level.by.${level}`),
            places: places.map((geo) => countryNames.get(geo) ?? geo).join(', '),
          }),
        )
      : [];
  const notes = [
    ...levelNotes,
    ...seriesNotes(words, {
      defaultPeriod: defaults?.period ?? null,
      geoCount: geos.length,
      measureUnavailable: options.measure === 'per1000' && !perThousand,
      noSlice,
      breaks,
      measure,
      loadedAny,
      model,
      summary,
    }),
  ];
  const shownSpecs = specs.filter((s) => model.lines.find((l) => l.key === s.key)?.drawn);
  const drawnSourceIds = [...new Set(shownSpecs.map((s) => s.sourceId))];

  // "Data shown (CSV)": the lines drawn, in the measure shown, every source with its caveats.
  const csv: PanelCsv = ({ link, today }) => {
    const lines = csvLines(
      model,
      specs,
      (id) => sources.find((s) => s.id === id),
      (geo) => countryNames.get(geo) ?? geo,
    );
    if (lines.length === 0) return null;
    const drawnSources = sourcesDrawn(lines);
    const first = model.periods[0]?.period;
    const last = model.periods.at(-1)?.period;
    const name = exportFileName({
      panel: 'series',
      indicator: indicator.id,
      source: drawnSources.length === 1 ? (drawnSources[0]?.id ?? '') : 'sources',
      slice,
      period: first && last ? (first === last ? first : `${first}-${last}`) : null,
      extension: 'csv',
    });
    const text = buildSeriesCsv({
      title,
      indicator,
      unitLabel: t(unitKey(indicator, resolved.source)),
      measure,
      measureLabel: yLabel,
      base: model.base,
      breakdown: breakdownHeader(indicator, slice),
      lines,
      releaseDates: new Map(sources.flatMap((s, i) => (data[i] ? [[s.id, data[i].releaseDate || s.releaseDate] as const] : []))),
      link,
      today,
    });
    return { name, text };
  };

  const failures: FailedLoad[] = [];
  results.forEach((result, i) => {
    if (result.isError)
      failures.push({
        key: sources[i]?.id ?? String(i),
        what: t('what.series', { indicator: indicator.label, source: sources[i]?.name ?? '' }),
        error: result.error,
        retry: () => void result.refetch(),
      });
  });
  if (populationQuery.isError && populationIndicator)
    failures.push({
      key: POPULATION_INDICATOR,
      what: t('what.series', { indicator: populationIndicator.label, source: populationSource?.name ?? '' }),
      error: populationQuery.error,
      retry: () => void populationQuery.refetch(),
    });

  return {
    options,
    measure,
    perThousand,
    viewPeriod,
    title,
    yLabel,
    formatTick,
    formatPeriod,
    readout,
    model,
    full,
    specs,
    shownSpecs,
    focus,
    setFocus,
    breaks,
    statuses,
    notes,
    styles: lineStyles(shownSpecs, model, t),
    flagged: hasFlaggedValue(model),
    gaps: summary.gaps.count > 0,
    drawnAny,
    drawnSourceIds,
    csv,
    failures,
    body: seriesBody({
      geoCount: geos.length,
      selectedCount: countries.length,
      nothingYet,
      anyFailed: results.some((r) => r.isError),
      waitingForPopulation: measure === 'per1000' && populationQuery.isPending,
      drawnAny,
      loadedAny,
    }),
    onChange,
    onWindow,
    aggregateChoices,
    chosenAggregates: options.aggregates,
    toggleAggregate,
  };
}
