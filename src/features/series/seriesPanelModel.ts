/**
 * What the Time series panel shows around its chart: which sources it draws, the axis and the
 * title, the tooltip's rows, each line's status, the notes, the key of line styles, and what
 * stands in the chart's place while there is nothing to draw. Pure.
 */
import { TOTAL_SLICE } from '../../contract/paths';
import type { Catalog, Indicator, Source, Unit } from '../../contract/schema';
import { formatValue } from '../../i18n/format';
import type { TFunction } from '../../i18n/useT';
import type { Language, SeriesMeasure, SeriesScale } from '../../state/viewState';
import { breakCaveat, shortCaveat } from './breaks';
import { breaksOf, pointAt, type ChartModel } from './buildSeries';
import { formatMeasured } from './format';
import type { LineSpec, summarize } from './lines';
import type { BreakMark, ReadoutRow } from './SeriesChart';
import { catalogIndex, sourceRefOf } from '../../data/catalogIndex';
import type { SeriesCsvLine } from '../../lib/export/seriesCsv';

/** The indicator whose values serve as the population of "per 1,000 population". */
export const POPULATION_INDICATOR = 'population';
/** How many countries are drawn when none is selected. */
export const DEFAULT_COUNTRY_COUNT = 5;

/** The words of the panel: its translations, and periods written the reader's way. */
export interface SeriesWords {
  t: TFunction;
  lang: Language;
  formatPeriod: (period: string) => string;
}

/** The measure drawn: per 1,000 population falls back to the published values where it does not apply. */
export function drawnMeasure(measure: SeriesMeasure, perThousand: boolean): SeriesMeasure {
  return measure === 'per1000' && !perThousand ? 'absolute' : measure;
}

/** The sources drawn (all with one line per source, else the view's), split by whether they have the breakdown. */
export function sourcesWithSlice(
  perSource: boolean,
  indicator: Indicator,
  slice: string,
  all: readonly Source[],
  viewSource: Source,
): { drawn: Source[]; noSlice: Source[] } {
  const candidates = perSource ? all : [viewSource];
  const hasSlice = (source: Source) => slice === TOTAL_SLICE || (sourceRefOf(indicator, source.id)?.breakdowns.includes(slice) ?? false);
  return { drawn: candidates.filter(hasSlice), noSlice: candidates.filter((s) => !hasSlice(s)) };
}

/** The y axis's label: the unit, per 1,000 population or an index on its base, and whether the scale is log. */
export function yAxisLabel(words: SeriesWords, unit: Unit, measure: SeriesMeasure, scale: SeriesScale, base: string | null): string {
  const { t, formatPeriod } = words;
  const unitLabel = t(`unit.${unit}`);
  const axis =
    measure === 'per1000'
      ? t('series.axis.per1000', { unit: unitLabel })
      : measure === 'index'
        ? t('series.axis.index', { base: base ? formatPeriod(base) : '—' })
        : unitLabel;
  return scale === 'log' ? t('series.axis.log', { axis }) : axis;
}

/**
 * The chart's title: the indicator (and its breakdown, "Sex: Female"), the measure, the source (one
 * line per country) or the countries, and the range of periods drawn ("2000–2024"; none before any is).
 */
export function seriesTitle(
  t: TFunction,
  byCountry: boolean,
  indicatorLabel: string,
  breakdown: string | null,
  measure: string,
  sourceName: string,
  countryNames: readonly string[],
  range = '',
): string {
  const indicator = breakdown ? `${indicatorLabel} (${breakdown})` : indicatorLabel;
  const title = byCountry
    ? t('series.title.country', { indicator, measure, source: sourceName })
    : t('series.title.source', { indicator, measure, countries: countryNames.join(', ') });
  return range ? t('series.title.range', { title, range }) : title;
}

/** The tooltip's rows at a period: each line's value (or why it has none) and what qualifies it, largest first. */
export function readoutRows(
  period: string,
  model: ChartModel,
  specs: readonly LineSpec[],
  words: SeriesWords,
  unit: Unit,
  measure: SeriesMeasure,
): ReadoutRow[] {
  const { t, lang, formatPeriod } = words;
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
      const published = formatValue(p.raw, unit, lang);
      if (p.value === null) {
        if (p.excluded) details.push(t(`series.excluded.${p.excluded}`));
        details.push(t('series.tooltip.published', { value: published }));
      } else {
        value = formatMeasured(p.value, unit, measure, lang);
        if (p.lower !== null && p.upper !== null) {
          details.push(
            t('series.tooltip.range', {
              lower: formatMeasured(p.lower, unit, measure, lang),
              upper: formatMeasured(p.upper, unit, measure, lang),
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
}

export interface BreakNote {
  /** The mark on the chart. */
  mark: BreakMark;
  /** The sentence under it. */
  note: string;
}

/** Each break in the drawn lines, told with the source's own caveat for that period when it has one. */
export function breakNotes(model: ChartModel, catalog: Catalog, words: SeriesWords): BreakNote[] {
  const { t, formatPeriod } = words;
  return breaksOf(model).map((b) => {
    const source = catalogIndex(catalog).source(b.sourceId);
    const caveat = source ? breakCaveat(source.caveats, b.period, [t('series.break.keyword')]) : null;
    const text = caveat ?? t('series.break.generic');
    return {
      mark: { key: `${b.sourceId}|${b.period}`, t: b.t, label: `${t('series.break.label')}: ${shortCaveat(text)}` },
      note: t('series.note.break', { period: formatPeriod(b.period), source: source?.name ?? b.sourceId, text }),
    };
  });
}

/** How a source's series is loading. */
export interface LoadState {
  pending: boolean;
  failed: boolean;
}

/** What the legend says of lines not drawn as usual: loading, failed, without values or not drawn. */
export function lineStatuses(
  specs: readonly LineSpec[],
  model: ChartModel,
  loads: ReadonlyMap<string, LoadState>,
  t: TFunction,
): Map<string, string> {
  const statuses = new Map<string, string>();
  for (const spec of specs) {
    const load = loads.get(spec.sourceId);
    const line = model.lines.find((l) => l.key === spec.key);
    if (!load || load.pending) statuses.set(spec.key, t('series.line.loading'));
    else if (load.failed) statuses.set(spec.key, t('series.line.failed'));
    else if (!line || line.points.every((p) => p.raw === null)) statuses.set(spec.key, t('series.line.empty'));
    else if (!line.drawn) statuses.set(spec.key, t('series.line.notDrawn'));
  }
  return statuses;
}

export interface NotesInput {
  /** With no country selected, the period the largest countries were taken from. */
  defaultPeriod: string | null;
  /** How many countries are drawn. */
  geoCount: number;
  /** Per 1,000 population was asked for but does not apply. */
  measureUnavailable: boolean;
  /** Sources without the breakdown. */
  noSlice: readonly Source[];
  breaks: readonly BreakNote[];
  measure: SeriesMeasure;
  /** Some series has loaded. */
  loadedAny: boolean;
  model: ChartModel;
  summary: ReturnType<typeof summarize>;
}

/** The notes under the chart, in the order they are read. */
export function seriesNotes(words: SeriesWords, input: NotesInput): string[] {
  const { t, formatPeriod } = words;
  const { defaultPeriod, geoCount, model, summary } = input;
  const list = (items: string[]) =>
    items.length <= 4 ? items.join(', ') : t('series.more', { names: items.slice(0, 3).join(', '), count: items.length - 3 });
  const notes: string[] = [];
  if (defaultPeriod && geoCount > 0) notes.push(t('series.default', { count: geoCount, period: formatPeriod(defaultPeriod) }));
  if (input.measureUnavailable) notes.push(t('series.note.measureUnavailable', { option: t('series.measure.per1000') }));
  for (const source of input.noSlice) notes.push(t('series.note.noSlice', { source: source.name }));
  for (const b of input.breaks) notes.push(b.note);
  if (input.measure === 'index' && model.base === null && input.loadedAny) notes.push(t('series.note.noBaseAny'));
  if (summary.noBase.count > 0 && model.base)
    notes.push(t('series.note.noBase', { base: formatPeriod(model.base), names: list(summary.noBase.names) }));
  if (summary.noPopulation.count > 0)
    notes.push(t('series.note.noPopulation', { count: summary.noPopulation.count, names: list(summary.noPopulation.names) }));
  if (summary.nonPositive.count > 0)
    notes.push(t('series.note.nonPositive', { count: summary.nonPositive.count, names: list(summary.nonPositive.names) }));
  if (summary.gaps.count > 0) notes.push(t('series.note.gaps', { count: summary.gaps.count, names: list(summary.gaps.names) }));
  return notes;
}

export interface LineStyle {
  key: 'sparse' | 'solid' | 'band';
  swatch: { sparse: boolean; band?: boolean };
  text: string;
}

/** The key of line styles: the ones the drawn lines use, in a fixed order. */
export function lineStyles(shown: readonly LineSpec[], model: ChartModel, t: TFunction): LineStyle[] {
  const styles: LineStyle[] = [];
  if (shown.some((s) => s.sparse)) styles.push({ key: 'sparse', swatch: { sparse: true }, text: t('series.style.sparse') });
  if (shown.some((s) => !s.sparse)) styles.push({ key: 'solid', swatch: { sparse: false }, text: t('series.style.solid') });
  if (model.lines.some((l) => l.points.some((p) => p.lower !== null && p.upper !== null)))
    styles.push({ key: 'band', swatch: { sparse: false, band: true }, text: t('series.style.band') });
  return styles;
}

/** Whether a drawn value carries a flag other than a break (drawn as a hollow dot). */
export const hasFlaggedValue = (model: ChartModel): boolean =>
  model.lines.some((l) => l.drawn && l.points.some((p) => p.value !== null && p.flag !== null && p.flag !== 'break'));

/** In the chart's place: the hint to pick countries, the loading state, an empty state, nothing, or the chart. */
export type SeriesBody = 'pick' | 'loading' | 'empty' | 'none' | 'chart';

export interface BodyInput {
  /** Countries drawn (selected, or the default largest). */
  geoCount: number;
  selectedCount: number;
  /** Every series is still loading. */
  nothingYet: boolean;
  anyFailed: boolean;
  waitingForPopulation: boolean;
  drawnAny: boolean;
  loadedAny: boolean;
}

export function seriesBody(s: BodyInput): SeriesBody {
  if (s.geoCount === 0 && !s.nothingYet && s.selectedCount === 0 && !s.anyFailed) return 'pick';
  if (s.nothingYet || s.waitingForPopulation) return 'loading';
  if (!s.drawnAny) return s.loadedAny ? 'empty' : 'none';
  return 'chart';
}

/** The lines drawn, in legend order, as the series CSV writes them (the points of the window, gaps included). */
export function csvLines(
  model: ChartModel,
  specs: readonly LineSpec[],
  sourceOf: (id: string) => Source | undefined,
  countryName: (geo: string) => string,
): SeriesCsvLine[] {
  const byKey = new Map(model.lines.map((l) => [l.key, l]));
  const lines: SeriesCsvLine[] = [];
  for (const spec of specs) {
    const line = byKey.get(spec.key);
    const source = sourceOf(spec.sourceId);
    if (line?.drawn && source) lines.push({ geo: spec.geo, country: countryName(spec.geo), source, points: line.points });
  }
  return lines;
}
