/**
 * What the CSV exports hold, and what files are called. Pure: no DOM, no React.
 *
 * - "Data shown": one row per country of the catalog, as in the Table panel: the value of the
 *   view's indicator, source and breakdown at the view's period (empty where the country has
 *   none), in the Table's default order (largest value first, countries without a value last).
 * - "Full series": every row of the same series, all periods, by country then period.
 *
 * Column names and header keys are fixed English identifiers so that scripts can read any file;
 * the labels inside (indicator, source, country names) are in the view's language.
 */
import type { Catalog, Indicator, Series, Source } from '../../contract/schema';
import { observationsOf } from '../../data/observations';
import { sliceLabel } from '../../data/resolveView';
import { measuresTies } from '../../data/ties';
import { buildTableRows, sortRows } from '../../data/tableRows';
import { csvDocument, type Cell } from './csv';
import { peopledCountries } from '../../data/peopled';
import { catalogIndex } from '../../data/catalogIndex';

export const SHOWN_COLUMNS = ['iso3', 'country', 'region', 'period', 'value', 'lower', 'upper', 'flag', 'selected'] as const;
export const FULL_COLUMNS = ['iso3', 'country', 'period', 'value', 'lower', 'upper', 'flag'] as const;

export const APP_FILE_PREFIX = 'migration-lens';

export interface ExportContext {
  catalog: Catalog;
  indicator: Indicator;
  source: Source;
  /** "total" or a breakdown such as "sex-female". */
  slice: string;
  /** The series on screen (a bilateral slice in origin–destination mode). */
  series: Series;
  /** The period on screen. */
  period: string | null;
  selected: readonly string[];
  /** The canonical link of the view. */
  link: string;
  /** Today, as YYYY-MM-DD: the retrieval date. */
  today: string;
  /** The unit's label in the view's language. */
  unitLabel: string;
  lang: string;
  /** The focus of origin–destination mode, when the series is a bilateral slice. */
  focus?: { role: 'origin' | 'destination'; geo: string; name: string } | null;
}

export type CsvKind = 'shown' | 'full';

/** The lines of the header block, in order. */
export function csvHeader(context: ExportContext, kind: CsvKind): [string, string][] {
  const { indicator, source, slice, series, period, link, today, unitLabel, focus } = context;
  const lines: [string, string][] = [
    ['title', `${indicator.label} – ${source.name}`],
    ['indicator', `${indicator.label} (${indicator.id})`],
    ['unit', `${unitLabel} (${indicator.unit})`],
    ['breakdown', breakdownHeader(indicator, slice)],
  ];
  if (focus && measuresTies(source))
    lines.push(['focus', `ties of ${focus.name} (${focus.geo}) with each country: an index of ties (relative), not a number of migrants`]);
  else if (focus) lines.push(['focus', `${focus.role === 'origin' ? 'migrants from' : 'migrants in'} ${focus.name} (${focus.role} ${focus.geo})`]);
  lines.push(
    ['period', kind === 'shown' ? (period ?? '') : periodRange(series) || 'none'],
    ['source', `${source.name} (${source.id})`],
    ['publisher', source.publisher],
    ['definition', source.definition],
    ['indicator-description', indicator.description],
    ['licence', source.licence],
    ['release-date', series.releaseDate || source.releaseDate],
    ['retrieved', today],
    ['view', link],
  );
  if (source.url) lines.push(['source-url', source.url]);
  source.caveats.forEach((caveat) => lines.push(['caveat', caveat]));
  if (source.demo) lines.push(['note', 'Demo data: synthetic figures generated for demonstration, not real statistics.']);
  lines.push([
    'rows',
    kind === 'shown' ? 'one per country, at the period above; value empty where none' : 'every observation, by country then period',
  ]);
  return lines;
}

/** The breakdown line of a header block: "Sex: Female (sex-female)" or "total (total)". */
export function breakdownHeader(indicator: Indicator, slice: string): string {
  const breakdown = sliceLabel(indicator, slice);
  return breakdown ? `${breakdown.dimension}: ${breakdown.value} (${slice})` : `total (${slice})`;
}

function periodRange(series: Series): string {
  let first: string | null = null;
  let last: string | null = null;
  for (const p of series.columns.period) {
    if (first === null || p < first) first = p;
    if (last === null || p > last) last = p;
  }
  if (first === null || last === null) return '';
  return first === last ? first : `${first}/${last}`;
}

/** The rows of "data shown": every country, as the Table panel lists them (value descending, no value last). */
export function shownRows(context: ExportContext): Cell[][] {
  const { catalog, series, period, selected, lang, focus } = context;
  if (period === null) return [];
  const peopled = peopledCountries(catalog.geographies.countries);
  const countries = focus ? peopled.filter((c) => c.id !== focus.geo) : peopled;
  const rows = sortRows(buildTableRows(countries, catalog.geographies.regions, series, period, selected), 'value', 'descending', lang);
  return rows.map((row) => [row.geo, row.name, row.region, row.period ?? period, row.value, row.lower, row.upper, row.flag, row.selected]);
}

/** The rows of "full series": every observation, by country code then period. */
export function fullRows(context: ExportContext): Cell[][] {
  const { countryName } = catalogIndex(context.catalog);
  return observationsOf(context.series)
    .sort((a, b) => (a.geo < b.geo ? -1 : a.geo > b.geo ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((o) => [o.geo, countryName(o.geo), o.period, o.value, o.lower, o.upper, o.flag]);
}

export function buildCsv(context: ExportContext, kind: CsvKind): string {
  return kind === 'shown'
    ? csvDocument(csvHeader(context, kind), SHOWN_COLUMNS, shownRows(context))
    : csvDocument(csvHeader(context, kind), FULL_COLUMNS, fullRows(context));
}

// ---------------------------------------------------------------------------------------------
// File names

/** Lower-case ASCII letters, digits and single hyphens; nothing else survives. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

export interface FileNameParts {
  /** The panel, for images ("map", "series"); omitted for data. */
  panel?: string | null;
  indicator: string;
  source: string;
  slice?: string | null;
  /** "origin-SYR" in origin–destination mode. */
  focus?: { role: string; geo: string } | null;
  /** A period, "all-periods", or a "2000-2024" window. */
  period?: string | null;
  extension: 'csv' | 'png' | 'svg' | 'json';
}

/**
 * A file name that says what is inside, e.g. migration-lens_migrant-stock_census_2020.csv or
 * migration-lens_map_migrant-stock_census_sex-female_2020.png. Only [a-z0-9-_.] characters.
 */
export function exportFileName(parts: FileNameParts): string {
  const pieces = [
    APP_FILE_PREFIX,
    parts.panel ? fileSlug(parts.panel) : '',
    fileSlug(parts.indicator),
    fileSlug(parts.source),
    parts.slice && parts.slice !== 'total' ? fileSlug(parts.slice) : '',
    parts.focus ? `${fileSlug(parts.focus.role)}-${fileSlug(parts.focus.geo)}` : '',
    parts.period ? fileSlug(parts.period) : '',
  ].filter((piece) => piece !== '');
  return `${pieces.join('_')}.${parts.extension}`;
}

/** YYYY-MM-DD of a date in the user's time zone (the day they retrieved the data). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
