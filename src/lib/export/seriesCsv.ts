/**
 * "Data shown (CSV)" of the time series: the lines on the chart, one row per country, source and
 * period drawn, in the measure shown (absolute, per 1,000 population or an index), with the value
 * as published beside it; the header block names every source drawn, each with its publisher,
 * licence, release date and caveats. Pure: no DOM, no React.
 */
import type { Indicator, Source } from '../../contract/schema';
import type { SeriesMeasure } from '../../state/viewState';
import { csvDocument, type Cell } from './csv';

export const SERIES_COLUMNS = ['iso3', 'country', 'source', 'period', 'measure', 'value', 'lower', 'upper', 'published', 'flag', 'left-out'] as const;

/** One point of a line, as the chart model holds it (src/features/series/buildSeries.ts). */
export interface SeriesCsvPoint {
  period: string;
  /** The value as published; null for a gap. */
  raw: number | null;
  /** The value drawn, in the measure; null where the point is left out. */
  value: number | null;
  lower: number | null;
  upper: number | null;
  flag: string | null;
  /** Why a published value is not drawn (nonPositive, noPopulation, noBase). */
  excluded: string | null;
}

export interface SeriesCsvLine {
  geo: string;
  country: string;
  source: Source;
  points: readonly SeriesCsvPoint[];
}

export interface SeriesCsvInput {
  /** The chart's title (with its range of periods). */
  title: string;
  indicator: Indicator;
  /** The unit in words, in the view's language. */
  unitLabel: string;
  measure: SeriesMeasure;
  /** The measure in words, as the y axis says it ("index, 2000 = 100"). */
  measureLabel: string;
  /** The base period of an index. */
  base: string | null;
  /** "total (total)" or "Sex: Female (sex-female)". */
  breakdown: string;
  /** The lines drawn, in legend order. */
  lines: readonly SeriesCsvLine[];
  /** Each source's release date as its series says it (else the catalog's). */
  releaseDates: ReadonlyMap<string, string>;
  link: string;
  today: string;
}

/** The sources of the lines, each once, in the order the lines first use them. */
export function sourcesDrawn(lines: readonly SeriesCsvLine[]): Source[] {
  const seen = new Map<string, Source>();
  for (const line of lines) if (!seen.has(line.source.id)) seen.set(line.source.id, line.source);
  return [...seen.values()];
}

/** The first and last period with a row, "2000/2024" (one period alone; '' when none). */
function rangeOf(rows: readonly Cell[][]): string {
  const periods = rows.map((r) => r[3] as string).sort();
  const [first, last] = [periods[0], periods.at(-1)];
  return !first || !last ? '' : first === last ? first : `${first}/${last}`;
}

/** Every published point of every line drawn, by line (legend order) then period; the value in the measure, empty where left out. */
export function seriesRows(input: SeriesCsvInput): Cell[][] {
  const rows: Cell[][] = [];
  for (const line of input.lines) {
    for (const p of line.points) {
      if (p.raw === null) continue;
      rows.push([line.geo, line.country, line.source.id, p.period, input.measure, p.value, p.lower, p.upper, p.raw, p.flag, p.excluded]);
    }
  }
  return rows;
}

export function seriesCsvHeader(input: SeriesCsvInput, rows: readonly Cell[][]): [string, string][] {
  const { indicator, measure, base } = input;
  const lines: [string, string][] = [
    ['title', input.title],
    ['indicator', `${indicator.label} (${indicator.id})`],
    ['unit', `${input.unitLabel} (${indicator.unit})`],
    ['measure', `${input.measureLabel} (${measure})`],
    ...(measure === 'index' && base ? [['index-base', base] as [string, string]] : []),
    ['breakdown', input.breakdown],
    ['period', rangeOf(rows) || 'none'],
    ['lines', String(input.lines.length)],
  ];
  const sources = sourcesDrawn(input.lines);
  for (const source of sources) {
    lines.push(
      ['source', `${source.name} (${source.id})`],
      ['publisher', source.publisher],
      ['definition', source.definition],
      ['licence', source.licence],
      ['release-date', input.releaseDates.get(source.id) ?? source.releaseDate],
    );
    if (source.url) lines.push(['source-url', source.url]);
    for (const caveat of source.caveats) lines.push(['caveat', `${source.name}: ${caveat}`]);
    if (source.demo) lines.push(['note', `${source.name}: Demo data: synthetic figures generated for demonstration, not real statistics.`]);
  }
  lines.push(
    ['indicator-description', indicator.description],
    ['retrieved', input.today],
    ['view', input.link],
    [
      'rows',
      'one per country, source and period drawn on the chart; value in the measure above (empty where left out, with the reason), published: the value as the source gives it',
    ],
  );
  return lines;
}

export function buildSeriesCsv(input: SeriesCsvInput): string {
  const rows = seriesRows(input);
  return csvDocument(seriesCsvHeader(input, rows), SERIES_COLUMNS, rows);
}
