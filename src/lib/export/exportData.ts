/**
 * What the CSV exports hold, and what files are called. Pure: no DOM, no React.
 *
 * - "Data shown": one row per country of the catalog, as in the Table panel: the value of the
 *   view's indicator, source and breakdown at the view's period (empty where the country has
 *   none), in the Table's default order (largest value first, countries without a value last).
 *   On the Table with several periods (view parameter tperiods), one column per period shown, then
 *   the change and % change from the first to the last, as the Table shows them.
 * - "Full series": every row of the same series, all periods, by country then period.
 *
 * Column names and header keys are fixed English identifiers so that scripts can read any file;
 * the labels inside (indicator, source, country names) are in the view's language.
 */
import type { Catalog, Country, Indicator, Series, Source } from '../../contract/schema';
import { observationsOf } from '../../data/observations';
import { sliceLabel } from '../../data/resolveView';
import { measuresTies } from '../../data/ties';
import { buildPeriodRows, buildTableRows, effectivePeriodSort, shownPeriods, sortPeriodRows, sortRows } from '../../data/tableRows';
import type { TablePeriods } from '../../state/viewState';
import { csvDocument, type Cell } from './csv';
import { peopledCountries } from '../../data/peopled';
import { catalogIndex } from '../../data/catalogIndex';

export const SHOWN_COLUMNS = ['iso3', 'country', 'region', 'period', 'value', 'lower', 'upper', 'flag', 'selected'] as const;
export const FULL_COLUMNS = ['iso3', 'country', 'period', 'value', 'lower', 'upper', 'flag'] as const;
/** Below the country level (a series of regions or states): the unit's code and name, and the country it lies in. */
export const UNIT_SHOWN_COLUMNS = ['code', 'name', 'country', 'period', 'value', 'lower', 'upper', 'flag', 'selected'] as const;
export const UNIT_FULL_COLUMNS = ['code', 'name', 'country', 'period', 'value', 'lower', 'upper', 'flag'] as const;

/** The level of the series' places, when below the country (its catalog entry), else null. */
function unitLevel({ catalog, series }: Pick<ExportContext, 'catalog' | 'series'>) {
  return series.level && series.level !== 'country' ? { id: series.level, entry: catalogIndex(catalog).level(series.level) } : null;
}

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
  /** The Table's period columns when it shows several (the view's tablePeriods on the Table panel); absent or null: the view's period alone. */
  tablePeriods?: TablePeriods;
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
  const columns = kind === 'shown' ? periodColumns(context) : null;
  const level = unitLevel(context);
  if (level) lines.push(['level', level.entry ? `${level.entry.name} (${level.id}; codes: ${level.entry.codes})` : level.id]);
  lines.push(
    ['period', columns ? spanOf(columns) : kind === 'shown' ? (period ?? '') : periodRange(series) || 'none'],
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
  if (level?.entry) lines.push(['boundaries', level.entry.attribution]);
  lines.push([
    'rows',
    columns
      ? 'one per country, a column per period; empty where none; change: the last period minus the first; change_pct: that change in % of the first (of its size), empty where the first is 0 or either is missing'
      : kind === 'shown'
        ? `one per ${level ? 'unit of the level' : 'country'}, at the period above; value empty where none`
        : `every observation, by ${level ? 'unit' : 'country'} then period`,
  ]);
  return lines;
}

/** The breakdown line of a header block: "Sex: Female (sex-female)" or "total (total)". */
export function breakdownHeader(indicator: Indicator, slice: string): string {
  const breakdown = sliceLabel(indicator, slice);
  return breakdown ? `${breakdown.dimension}: ${breakdown.value} (${slice})` : `total (${slice})`;
}

function periodRange(series: Series): string {
  return spanOf(series.columns.period);
}

/** "first/last" of some periods, the one period, or '' for none. */
function spanOf(periods: readonly string[]): string {
  let first: string | null = null;
  let last: string | null = null;
  for (const p of periods) {
    if (first === null || p < first) first = p;
    if (last === null || p > last) last = p;
  }
  if (first === null || last === null) return '';
  return first === last ? first : `${first}/${last}`;
}

/** The periods the Table shows as columns, or null when it shows the view's period alone. */
function periodColumns({ series, tablePeriods }: ExportContext): string[] | null {
  return tablePeriods ? shownPeriods(series, tablePeriods) : null;
}

/** The countries of the catalog the export lists, or the units of the series' level (in origin–destination mode, not the focus). */
function listedCountries(context: ExportContext): Country[] {
  const { catalog, focus } = context;
  const level = unitLevel(context);
  const index = catalogIndex(catalog);
  // A unit's "region" is the country it lies in.
  const places = level
    ? index.unitsAt(level.id).map((u) => ({ id: u.id, name: u.name, region: index.countryName(u.country), subregion: '' }))
    : peopledCountries(catalog.geographies.countries);
  return focus ? places.filter((c) => c.id !== focus.geo) : places;
}

/** The rows of "data shown": every country, as the Table panel lists them (value descending, no value last). */
export function shownRows(context: ExportContext): Cell[][] {
  const { catalog, series, period, selected, lang } = context;
  if (period === null) return [];
  const rows = sortRows(buildTableRows(listedCountries(context), catalog.geographies.regions, series, period, selected), 'value', 'descending', lang);
  return rows.map((row) => [row.geo, row.name, row.region, row.period ?? period, row.value, row.lower, row.upper, row.flag, row.selected]);
}

/** The column names of "data shown" on the Table with several periods: each period, then the change. */
export function periodShownColumns(periods: readonly string[]): string[] {
  return ['iso3', 'country', ...periods, 'change', 'change_pct', 'selected'];
}

/** The rows of "data shown" on the Table with several periods, in the Table's default order (the last period, largest first). */
export function periodShownRows(context: ExportContext, periods: readonly string[]): Cell[][] {
  const { series, selected, lang } = context;
  const { key, direction } = effectivePeriodSort(null, periods);
  const rows = sortPeriodRows(buildPeriodRows(listedCountries(context), series, periods, selected), periods, key, direction, lang);
  const pct = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  return rows.map((row) => [row.geo, row.name, ...row.values, row.change, pct(row.changePct), row.selected]);
}

/** The rows of "full series": every observation, by country code then period. */
export function fullRows(context: ExportContext): Cell[][] {
  const { countryName, placeCountry } = catalogIndex(context.catalog);
  const level = unitLevel(context);
  return observationsOf(context.series)
    .sort((a, b) => (a.geo < b.geo ? -1 : a.geo > b.geo ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map((o) =>
      level
        ? [o.geo, countryName(o.geo), countryName(placeCountry(o.geo) ?? ''), o.period, o.value, o.lower, o.upper, o.flag]
        : [o.geo, countryName(o.geo), o.period, o.value, o.lower, o.upper, o.flag],
    );
}

export function buildCsv(context: ExportContext, kind: CsvKind): string {
  const columns = kind === 'shown' ? periodColumns(context) : null;
  if (columns) return csvDocument(csvHeader(context, kind), periodShownColumns(columns), periodShownRows(context, columns));
  const units = unitLevel(context) !== null;
  return kind === 'shown'
    ? csvDocument(csvHeader(context, kind), units ? UNIT_SHOWN_COLUMNS : SHOWN_COLUMNS, shownRows(context))
    : csvDocument(csvHeader(context, kind), units ? UNIT_FULL_COLUMNS : FULL_COLUMNS, fullRows(context));
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

/** The period part of the file name of "data shown": the view's period, or the Table's columns ("2000-2020", "all-periods"). */
export function shownFilePeriod(period: string | null, tablePeriods: TablePeriods | undefined): string | null {
  if (tablePeriods === 'all') return 'all-periods';
  return tablePeriods ? `${tablePeriods.from}-${tablePeriods.to}` : period;
}

/** YYYY-MM-DD of a date in the user's time zone (the day they retrieved the data). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
