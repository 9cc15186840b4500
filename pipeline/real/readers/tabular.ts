/**
 * The generic CSV reader, for sources an analyst adds with configuration only.
 *
 * Tidy form (the default): one row per observation with columns geo, period, value and optional
 * lower, upper, flag, unit; every other column is a dimension that `where` can select on.
 * Column names, code kinds and constants are set in the options:
 *
 *   { "geo": { "column": "country_code", "codes": "m49", "nameColumn": "country_name" },
 *     "period": { "value": "2020" }, "value": "fb_expats" }
 *
 * Wide form: `wide.columns` (a list, or "*" for every column not otherwise used) hold values, and
 * each column's header is the measure, the counterpart (an origin–destination matrix) or the period.
 */
import * as v from 'valibot';
import { csvRecords, parseCsv } from '../../../src/lib/csv';
import { baseName, CODE_KINDS, ReadError, readerOptions, type RawObservation, type Reader } from './types';

const GeoSpec = v.union([
  v.object({
    column: v.string(),
    codes: v.optional(v.picklist(CODE_KINDS), 'auto'),
    nameColumn: v.optional(v.string()),
  }),
  v.object({ value: v.string(), codes: v.optional(v.picklist(CODE_KINDS), 'auto') }),
]);
const ValueSpec = v.union([v.object({ column: v.string() }), v.object({ value: v.union([v.string(), v.number()]) })]);

export const TabularOptions = v.object({
  delimiter: v.optional(v.pipe(v.string(), v.length(1)), ','),
  /** Rows before the header row to skip (a preamble; blank lines do not count). */
  skipRows: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  geo: v.optional(GeoSpec, { column: 'geo', codes: 'auto' as const }),
  counterpart: v.optional(GeoSpec),
  period: v.optional(ValueSpec, { column: 'period' }),
  value: v.optional(v.string(), 'value'),
  lower: v.optional(v.string(), 'lower'),
  upper: v.optional(v.string(), 'upper'),
  flag: v.optional(v.string(), 'flag'),
  unit: v.optional(ValueSpec),
  /** The measure of a tidy file: a constant, or the column named "measure" when there is one. */
  measure: v.optional(ValueSpec),
  /** Columns kept as dimensions (default: every column not otherwise used, in tidy form; none in wide form). */
  dimensions: v.optional(v.array(v.string())),
  wide: v.optional(
    v.object({
      columns: v.union([v.literal('*'), v.pipe(v.array(v.string()), v.minLength(1))]),
      as: v.optional(v.picklist(['measure', 'counterpart', 'period']), 'measure'),
      /** How counterpart headers are coded. */
      codes: v.optional(v.picklist(CODE_KINDS), 'auto'),
    }),
  ),
});
export type TabularOptions = v.InferOutput<typeof TabularOptions>;

/** Read already-parsed records with tabular options (shared with the SDMX-CSV and World Bank CSV readers). */
export function readRecords(
  header: readonly string[],
  records: readonly Record<string, string>[],
  options: TabularOptions,
  fileName: string,
  emit: (o: RawObservation) => void,
): void {
  const has = (column: string): boolean => header.includes(column);
  const need = (column: string, what: string): void => {
    if (!has(column)) throw new ReadError(fileName, `has no ${what} column "${column}" (columns: ${header.join(', ')})`);
  };
  const used = new Set<string>();
  const geo = options.geo;
  if ('column' in geo) {
    need(geo.column, 'geography');
    used.add(geo.column);
    if (geo.nameColumn !== undefined) {
      need(geo.nameColumn, 'name');
      used.add(geo.nameColumn);
    }
  }
  const counterpart = options.counterpart;
  if (counterpart && 'column' in counterpart) {
    need(counterpart.column, 'counterpart');
    used.add(counterpart.column);
    if (counterpart.nameColumn !== undefined) used.add(counterpart.nameColumn);
  }
  const wide = options.wide;
  if ('column' in options.period) {
    if (wide?.as !== 'period') need(options.period.column, 'period');
    used.add(options.period.column);
  }
  for (const spec of [options.unit, options.measure])
    if (spec && 'column' in spec) {
      need(spec.column, 'unit or measure');
      used.add(spec.column);
    }
  const optionalColumn = (name: string): string | undefined => (has(name) ? (used.add(name), name) : undefined);

  let valueColumns: string[];
  if (wide) {
    const dims = options.dimensions ?? [];
    dims.forEach((d) => need(d, 'dimension'));
    dims.forEach((d) => used.add(d));
    valueColumns = wide.columns === '*' ? header.filter((h) => !used.has(h) && h !== '') : wide.columns;
    valueColumns.forEach((c) => need(c, 'value'));
  } else {
    need(options.value, 'value');
    used.add(options.value);
    valueColumns = [options.value];
  }
  const lower = wide ? undefined : optionalColumn(options.lower);
  const upper = wide ? undefined : optionalColumn(options.upper);
  const flag = wide ? undefined : optionalColumn(options.flag);
  const measureColumn = !wide && options.measure === undefined && has('measure') ? (used.add('measure'), 'measure') : undefined;
  const dimensions = options.dimensions ?? (wide ? [] : header.filter((h) => !used.has(h) && h !== ''));
  const fallbackMeasure = baseName(fileName);

  const pick = (record: Record<string, string>, spec: { column: string } | { value: string | number } | undefined): string | undefined =>
    spec === undefined ? undefined : 'column' in spec ? record[spec.column] : String(spec.value);

  const counterpartColumn = counterpart && 'column' in counterpart ? counterpart.column : undefined;
  const counterpartName = counterpart && 'column' in counterpart ? counterpart.nameColumn : undefined;
  for (const record of records) {
    const dims: Record<string, string> = {};
    for (const d of dimensions) dims[d] = (record[d] ?? '').trim();
    const geoCode = 'column' in geo ? (record[geo.column] ?? '').trim() : geo.value;
    const geoName = 'column' in geo && geo.nameColumn !== undefined ? record[geo.nameColumn] : undefined;
    const unit = pick(record, options.unit);
    const period = pick(record, options.period);
    const measure = measureColumn ? (record[measureColumn] ?? '').trim() : (pick(record, options.measure) ?? fallbackMeasure);
    for (const column of valueColumns) {
      const observation: RawObservation = { measure, dims, geo: geoCode, geoCodes: geo.codes, period, value: record[column] };
      if (geoName !== undefined) observation.geoName = geoName;
      if (counterpart) {
        observation.counterpart =
          counterpartColumn !== undefined ? (record[counterpartColumn] ?? '').trim() : (counterpart as { value: string }).value;
        observation.counterpartCodes = counterpart.codes;
        if (counterpartName !== undefined) observation.counterpartName = record[counterpartName];
      }
      if (unit !== undefined) observation.unit = unit;
      if (wide?.as === 'measure') observation.measure = column;
      else if (wide?.as === 'counterpart') {
        observation.counterpart = column;
        observation.counterpartCodes = wide.codes;
      } else if (wide?.as === 'period') observation.period = column;
      if (lower) observation.lower = record[lower];
      if (upper) observation.upper = record[upper];
      if (flag) observation.flag = record[flag];
      emit(observation);
    }
  }
}

export const readTabular: Reader = ({ file, options, emit }) => {
  const opts = readerOptions(TabularOptions, options, file.name);
  const rows = parseCsv(file.text(), { delimiter: opts.delimiter }).slice(opts.skipRows);
  const { header, records } = csvRecords(rows);
  if (header.length === 0) throw new ReadError(file.name, 'is empty');
  readRecords(header, records, opts, file.name, emit);
  return {};
};
